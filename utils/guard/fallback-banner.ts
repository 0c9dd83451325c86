/**
 * The banner of last resort, for when the real one (an extension frame) cannot be shown: plain DOM in a closed shadow
 * root, built-in words in French and English, no translation call, no component. It says who the post would go out
 * as (the page knows its own user) but none of the reasons, words or lists: those stay out of the page. Cancel keeps
 * the draft; Publish anyway needs the user's own click.
 */
import type { BannerView } from '../messaging/frame-protocol';
import { accountLabel } from '../format';
import { bannerPlace, type BannerAnswers } from './banner-host';
import { HOST_ATTRIBUTE, layerFor } from './frame-host';
import type { OpenBanner } from './state';

const WORDS = {
  en: {
    title: 'Check before publishing',
    body: 'Right Account could not show its warning here. This post needs your confirmation.',
    as: 'Publishing as',
    unknown: 'an account that cannot be read',
    cancel: 'Cancel',
    confirm: 'Publish anyway',
    blocked: 'This post is blocked by one of your word lists. Open Right Account’s options to see why.',
  },
  fr: {
    title: 'Vérifiez avant de publier',
    body: 'Right Account n’a pas pu afficher son avertissement ici. Cette publication demande votre confirmation.',
    as: 'Publication en tant que',
    unknown: 'un compte qui ne peut pas être lu',
    cancel: 'Annuler',
    confirm: 'Publier quand même',
    blocked: 'Cette publication est bloquée par une de vos listes de mots. Ouvrez les options de Right Account pour voir pourquoi.',
  },
} as const;

export function fallbackWords(view: Pick<BannerView, 'language'>, browserLanguage: string | undefined) {
  const language = view.language === 'auto' ? browserLanguage : view.language;
  return language?.toLowerCase().startsWith('fr') ? WORDS.fr : WORDS.en;
}

export function showFallbackBanner(doc: Document, anchor: Element, view: BannerView, answers: BannerAnswers): OpenBanner {
  const win = doc.defaultView ?? window;
  const words = fallbackWords(view, win.navigator.language);
  // A plain <div>, like every host of ours: a page cannot define a custom element over it.
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, 'banner-fallback');
  const place = bannerPlace(anchor, win);
  host.style.cssText = `all: initial; position: fixed; z-index: 2147483647; top: ${Math.round(place.top)}px; left: ${Math.round(place.left)}px; width: ${Math.round(place.width)}px;`;
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.style.cssText =
    'box-sizing: border-box; font: 14px/1.45 system-ui, sans-serif; padding: 14px 16px; border-radius: 12px; background: #fff; color: #14171a; border: 1px solid #cfd9de; border-top: 6px solid #b91c1c; box-shadow: 0 12px 40px rgba(0,0,0,.28);';
  const title = doc.createElement('strong');
  title.textContent = words.title;
  const body = doc.createElement('p');
  body.textContent = view.decision === 'block' ? words.blocked : words.body;
  const who = doc.createElement('p');
  who.textContent = `${words.as} ${accountLabel(view.account ?? view.identity) ?? words.unknown}`;
  const actions = doc.createElement('div');
  actions.style.cssText = 'display: flex; gap: 8px; justify-content: flex-end;';
  const button = (text: string, primary: boolean) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.style.cssText = `font: inherit; font-weight: 600; padding: 6px 14px; border-radius: 999px; cursor: pointer; border: 1px solid ${primary ? '#b91c1c' : '#cfd9de'}; background: ${primary ? '#b91c1c' : '#fff'}; color: ${primary ? '#fff' : '#14171a'};`;
    return b;
  };
  const cancel = button(words.cancel, false);
  cancel.addEventListener('click', () => answers.onCancel());
  actions.append(cancel);
  if (view.decision === 'confirm' && !view.vanished) {
    const confirm = button(words.confirm, true);
    confirm.addEventListener('click', (event) => event.isTrusted && answers.onConfirm());
    actions.append(confirm);
  }
  box.append(title, who, body, actions);
  root.append(box);
  const onKey = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.type === 'keydown' && event.key === 'Escape') {
      event.preventDefault();
      answers.onCancel();
    }
  };
  host.addEventListener('keydown', onKey);
  layerFor(anchor, doc).appendChild(host);
  cancel.focus();
  return {
    host,
    attention: () => cancel.focus(),
    close: () => host.remove(),
  };
}
