/** The ribbon's words per state: who a publish goes out as, and what the guard does about it. */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Ribbon, type RibbonView } from '../../../components/Ribbon';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';

const brand: RibbonView = { tone: 'protected', name: 'Boulangerie Dupont', handle: '@boulangerie_dupont', kind: 'brand', color: '#1d4ed8', problem: null, paused: false };

function mount(view: RibbonView, lang: 'en' | 'fr' = 'en') {
  const el = document.createElement('div');
  render(<Ribbon t={translatorFor(lang === 'en' ? en : fr)} view={view} />, el);
  return el;
}
const fields = (el: Element) => [...el.querySelectorAll('[data-field]')].map((f) => f.getAttribute('data-field'));

describe('Ribbon', () => {
  it('on: the account, its kind and its protection', () => {
    expect(fields(mount(brand))).toEqual(['as', 'name', 'handle', 'kind', 'protected']);
  });

  it('off: still the account, then "off" alone, without a kind or protection that nothing enforces now', () => {
    const el = mount({ ...brand, off: true }, 'fr');
    expect(fields(el)).toEqual(['as', 'name', 'handle', 'off']);
    expect(el.querySelector('[data-field="off"]')!.textContent).toBe('protection désactivée : rien n’est vérifié');
    expect(el.querySelector('.ribbon')!.getAttribute('data-off')).toBe('true');
  });

  it('paused: the account as on, with the pause said', () => {
    expect(fields(mount({ ...brand, tone: 'personal', kind: 'personal', paused: true }))).toEqual(['as', 'name', 'handle', 'kind', 'paused']);
  });
});
