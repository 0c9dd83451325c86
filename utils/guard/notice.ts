/**
 * The one thing a cut-off copy of the content script can still do: tell the user, in the page, that this tab is no
 * longer protected (or, from the first script, that the guard never started: ./net.ts). It has no access to the extension any more (no translations, no settings), so its words are built
 * in, in French and English, and its markup is plain DOM in a closed shadow root. It names no account.
 */
const WORDS = {
  en: {
    title: 'Right Account is no longer protecting this tab',
    body: 'The extension was updated or restarted while this page was open. Your post went through unchecked. Reload the page (after saving any draft) to be protected again.',
    close: 'Close',
    notStartedTitle: 'Right Account is not protecting this tab',
    notStartedBody: 'The extension could not start on this page. Your post was not sent and your draft is still there: send it again to publish without a check, or reload the page to be protected.',
    interruptedTitle: 'Right Account restarted while this page was loading',
    interruptedBody: 'It was updated or restarted just as you sent a post. Your post was not sent and your draft is still there: send it again.',
    interruptedAloneBody: 'It was updated, restarted or removed while this page was loading, just as you sent a post. Your post was not sent and your draft is still there: sending it again publishes it without a check; reload the page to be protected.',
  },
  fr: {
    title: 'Right Account ne protège plus cet onglet',
    body: 'L’extension a été mise à jour ou redémarrée pendant que cette page était ouverte. Votre publication est partie sans vérification. Rechargez la page (après avoir gardé vos brouillons) pour être de nouveau protégé.',
    close: 'Fermer',
    notStartedTitle: 'Right Account ne protège pas cet onglet',
    notStartedBody: 'L’extension n’a pas pu démarrer sur cette page. Votre publication n’est pas partie et votre brouillon est toujours là : renvoyez-la pour publier sans vérification, ou rechargez la page pour être protégé.',
    interruptedTitle: 'Right Account a redémarré pendant le chargement de cette page',
    interruptedBody: 'L’extension a été mise à jour ou redémarrée au moment où vous publiiez. Votre publication n’est pas partie et votre brouillon est toujours là : renvoyez-la.',
    interruptedAloneBody: 'L’extension a été mise à jour, redémarrée ou retirée pendant le chargement de cette page, au moment où vous publiiez. Votre publication n’est pas partie et votre brouillon est toujours là : la renvoyer la publie sans vérification ; rechargez la page pour être protégé.',
  },
} as const;

/** Where the notice is, for tests: a plain <div> (a page cannot define a custom element over it). */
export const NOTICE_HOST = 'div[data-right-account="notice"]';

export function noticeWords(language: string | undefined): (typeof WORDS)['en' | 'fr'] {
  return language?.toLowerCase().startsWith('fr') ? WORDS.fr : WORDS.en;
}

/**
 * - 'cut-off': the extension was updated or restarted under this page, and the publish went through unchecked;
 * - 'not-started': the guard never started on this page (./net.ts), and the publish was held, not sent;
 * - 'interrupted': the extension was updated or restarted while the net held a publish for the guard (./net.ts): it
 *   was not sent, and a fresh copy guards the tab;
 * - 'interrupted-unprotected': the same, and no fresh copy came: sending again publishes unchecked.
 */
export type UnprotectedWhy = 'cut-off' | 'not-started' | 'interrupted' | 'interrupted-unprotected';

const TEXTS = {
  'cut-off': ['title', 'body'],
  'not-started': ['notStartedTitle', 'notStartedBody'],
  interrupted: ['interruptedTitle', 'interruptedBody'],
  'interrupted-unprotected': ['title', 'interruptedAloneBody'],
} as const;

export function showUnprotectedNotice(doc: Document, why: UnprotectedWhy = 'cut-off'): void {
  const words = noticeWords(doc.defaultView?.navigator.language);
  const host = doc.createElement('div');
  host.setAttribute('data-right-account', 'notice');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'font: 14px/1.4 system-ui, sans-serif; max-width: 360px; padding: 12px 14px; border-radius: 8px; background: #7f1d1d; color: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3);';
  const title = doc.createElement('strong');
  const [titleKey, bodyKey] = TEXTS[why];
  title.textContent = words[titleKey];
  const body = doc.createElement('p');
  body.style.margin = '6px 0 10px';
  body.textContent = words[bodyKey];
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = words.close;
  close.style.cssText = 'font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #fff; background: transparent; color: #fff; cursor: pointer;';
  close.addEventListener('click', () => host.remove());
  box.append(title, body, close);
  root.append(box);
  (doc.body ?? doc.documentElement)?.append(host);
}
