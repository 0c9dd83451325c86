/** The countdown of a routine check: what it says, and that the seconds left are always there to read. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Countdown, type CountdownProps } from '../../../components/Countdown';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Account } from '../../../utils/types';

const bakery: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', kind: 'brand', protected: true, ownWords: [] };

function mount(props: Partial<CountdownProps> = {}) {
  const el = document.createElement('div');
  const all: CountdownProps = { t: translatorFor(en), platform: 'x', identity: null, account: bakery, reasons: [{ id: 'protected-account', account: bakery }], draft: 'Fresh croissants', endsAt: 5_000, onUndo: vi.fn(), now: () => 0, ...props };
  render(<Countdown {...all} />, el);
  return el;
}

describe('Countdown', () => {
  it('says who it publishes as and in how many seconds, each apart: the words give way first, then a long name, never the seconds', () => {
    const el = mount();
    expect(el.querySelector('.countdown-who')!.textContent).toBe('@boulangerie_dupont');
    expect(el.querySelector('.countdown-text')!.textContent!.replace(/\s+/g, ' ')).toBe('Publishing as @boulangerie_dupont in 5 s');
    expect([...el.querySelectorAll('.countdown-text > span')].map((s) => s.className)).toEqual(['countdown-as', 'countdown-who', 'countdown-seconds']);
    expect(el.querySelector('.countdown-seconds')!.textContent).toBe('in 5 s');
    expect(el.querySelector('.countdown-who .countdown-seconds, .countdown-seconds .countdown-who')).toBeNull();
    expect(el.querySelector('[role="status"]')!.textContent).toBe('Publishing as @boulangerie_dupont, a protected account. Undo or Escape to keep the draft.');
    expect(el.querySelector('blockquote')!.textContent).toBe('Fresh croissants');
    expect(el.querySelector('[data-action="undo"]')!.textContent).toBe('Undo');
  });

  it('in French', () => {
    const el = mount({ t: translatorFor(fr), endsAt: 2_500 });
    expect([...el.querySelectorAll('.countdown-text > span')].map((s) => s.textContent)).toEqual(['Publication en tant que', '@boulangerie_dupont', 'dans 3 s']);
    expect(el.querySelector('[data-action="undo"]')!.textContent).toBe('Annuler');
  });
});
