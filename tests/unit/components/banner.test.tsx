/** The banner's rendering: hooks, every reason, highlighted words, block has no confirm, labels in French. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Banner, type BannerProps } from '../../../components/Banner';
import { translatorFor } from '../../../utils/i18n';
import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import type { Account } from '../../../utils/types';

const brand: Account = { id: 'x:b', platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [] };
const list = { id: 'l', name: 'Grossièretés', words: ['merde'], appliesTo: ['brand' as const], action: 'confirm' as const, enabled: true, includeAccounts: [], excludeAccounts: [] };

function mount(props: Partial<BannerProps>) {
  const el = document.createElement('div');
  document.body.append(el);
  const all: BannerProps = {
    t: translatorFor(fr),
    decision: 'confirm',
    platform: 'x',
    identity: { platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', source: 'account-switcher' },
    account: brand,
    reasons: [
      { id: 'protected-account', account: brand },
      { id: 'risky-words', action: 'confirm', lists: [{ list, hits: [{ word: 'merde', start: 4, end: 9 }] }] },
    ],
    draft: 'Oh, merde !',
    onCancel: vi.fn(),
    onConfirm: vi.fn(),
    ...props,
  };
  render(<Banner {...all} />, el);
  return { el, props: all };
}

describe('Banner', () => {
  it('shows who, why and the draft with the matched word highlighted, in French', () => {
    const { el } = mount({});
    expect(el.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect([...el.querySelectorAll('[data-reason]')].map((e) => e.getAttribute('data-reason'))).toEqual(['protected-account', 'risky-words']);
    expect(el.querySelector('[data-reason="protected-account"]')!.textContent).toBe('@boulangerie_dupont est un compte protégé : chaque publication est confirmée.');
    expect([...el.querySelectorAll('blockquote mark')].map((m) => m.textContent)).toEqual(['merde']);
    expect(el.querySelector('[data-action="confirm"]')!.textContent).toBe('Publier en tant que @boulangerie_dupont');
    expect(el.querySelector('[data-action="cancel"]')!.textContent).toBe('Annuler');
    expect(el.textContent).toContain('Marque');
  });

  it('a block verdict offers no way to publish and says how to change the rule', () => {
    const { el } = mount({ decision: 'block' });
    expect(el.querySelector('[data-action="confirm"]')).toBeNull();
    expect(el.textContent).toContain('Une règle de blocage');
  });

  it('with an unknown identity, says so and offers "publish anyway"', () => {
    const { el } = mount({ identity: null, account: null, reasons: [{ id: 'unknown-identity' }], problem: 'no-identity-signal' });
    expect(el.querySelector('[data-action="confirm"]')!.textContent).toBe('Publier quand même');
    expect(el.textContent).toContain('Compte inconnu');
    expect(el.textContent).toContain('La détection est dégradée');
  });

  it("falls back to the account's initials when its avatar cannot load", async () => {
    const { el } = mount({ identity: { platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', avatarUrl: 'https://pbs.twimg.com/x.jpg', source: 't' } });
    expect(el.querySelector('img.avatar')).not.toBeNull();
    el.querySelector('img.avatar')!.dispatchEvent(new Event('error'));
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelector('img.avatar')).toBeNull();
    expect(el.querySelector('.avatar.none')!.textContent).toBe('BD');
  });

  it('passes the click event to onConfirm so the guard can check it is trusted', () => {
    const { el, props } = mount({});
    (el.querySelector('[data-action="confirm"]') as HTMLElement).click();
    const event = (props.onConfirm as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as MouseEvent;
    expect(event.type).toBe('click');
    expect(event.isTrusted).not.toBe(true); // happy-dom leaves it undefined; real browsers say false
  });
});

describe('Banner: friction in proportion to risk', () => {
  const personal: Account = { id: 'x:m', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] };
  const marie = { platform: 'x' as const, handle: 'marie_dupont', name: 'Marie Dupont', source: 'account-switcher' };
  const tEn = translatorFor(en);

  it("a likely mistake: the title says the problem in words, Cancel is the filled default and Publish the outlined one", () => {
    for (const [t, title] of [
      [tEn, '! You are @marie_dupont, not @boulangerie_dupont'],
      [translatorFor(fr), '! Vous êtes @marie_dupont, pas @boulangerie_dupont'],
    ] as const) {
      const { el } = mount({
        t,
        level: 'mistake',
        identity: marie,
        account: personal,
        reasons: [{ id: 'other-account-words', owners: [{ account: brand, hits: [{ word: '#BoulangerieDupont', start: 0, end: 18 }] }] }],
        draft: '#BoulangerieDupont',
      });
      const dialog = el.querySelector('[role="alertdialog"]')!;
      expect(dialog.getAttribute('data-level')).toBe('mistake');
      expect(dialog.querySelector('h2')!.textContent).toBe(title);
      expect(el.querySelector('[data-action="cancel"]')!.className).toBe('primary');
      expect(el.querySelector('[data-action="confirm"]')!.className).toBe('outlined');
      el.remove();
    }
  });

  it('the titles of the other likely mistakes, and of a routine check', () => {
    const title = (props: Partial<BannerProps>) => {
      const { el } = mount({ t: tEn, ...props });
      const text = el.querySelector('h2')!.textContent!.replace(/^\S+ /, '');
      el.remove();
      return text;
    };
    expect(title({ level: 'mistake', identity: marie, account: personal, reasons: [{ id: 'intended-account', intended: brand, actual: personal }] })).toBe('You are @marie_dupont, not @boulangerie_dupont');
    expect(title({ level: 'mistake', identity: null, account: null, reasons: [{ id: 'unknown-identity' }] })).toBe('Right Account cannot tell which account you are publishing as');
    expect(title({ level: 'mistake', identity: { platform: 'x', handle: 'someone', source: 's' }, account: null, reasons: [{ id: 'unregistered-identity', identity: { platform: 'x', handle: 'someone', source: 's' } }] })).toBe('@someone is not one of your accounts');
    expect(title({ level: 'mistake', reasons: [{ id: 'risky-words', action: 'confirm', lists: [{ list, hits: [] }] }] })).toBe('This post holds words of the list “Grossièretés”');
    expect(title({ level: 'check', reasons: [{ id: 'protected-account', account: brand }] })).toBe('Publishing as @boulangerie_dupont, a protected account');
  });

  it('a block: no Publish button, and the way to change it in the words of the popup and the options page', () => {
    const rivals = { ...list, id: 'r', name: 'Concurrents', action: 'block' as const };
    const { el } = mount({ t: tEn, decision: 'block', reasons: [{ id: 'risky-words', action: 'block', lists: [{ list: rivals, hits: [] }] }] });
    expect(el.querySelector('[role="alertdialog"]')!.getAttribute('data-level')).toBe('block');
    expect(el.querySelector('h2')!.textContent).toContain('Blocked by the list “Concurrents”');
    expect(el.querySelector('[data-action="confirm"]')).toBeNull();
    const help = el.querySelector('[data-status="blocked-help"]')!.textContent!;
    for (const key of ['popupOpenOptions', 'list_title', 'list_action'] as const) expect(help).toContain(en[key].message);
    expect(help).toContain('“Concurrents”');
  });

  it('dates in reasons follow the banner\'s language, not the browser\'s: a French banner says "déc." in an English browser', () => {
    const until = new Date(2026, 11, 5, 9, 0).getTime();
    const reason = (props: Partial<BannerProps>) => mount({ ...props, reasons: [{ id: 'sensitive-period', until, note: 'Deuil national' }] }).el.querySelector('[data-reason="sensitive-period"]')!.textContent!;
    expect(reason({})).toContain('5 déc.');
    expect(reason({ t: translatorFor(en) })).toMatch(/Dec 5|5 Dec/);
  });
});
