/** The banner's rendering: hooks, every reason, highlighted words, block has no confirm, labels in French. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Banner, type BannerProps } from '../../../components/Banner';
import { translatorFor } from '../../../utils/i18n';
import fr from '../../../public/_locales/fr/messages.json';
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
