/**
 * One client, one colour: an account's colour follows its client (group, else name), the same on every platform; the
 * palette avoids the hues of warning, danger, paused and off, and every colour takes readable text (AA).
 */
import { describe, expect, it } from 'vitest';
import { accountColor, ACCOUNT_PALETTE, clientColor, colorKey, textColorOn } from '../../utils/format';
import { shareClientColor } from '../../utils/ui/client-color';
import type { Account, Platform } from '../../utils/types';

const account = (platform: Platform, handle: string, over: Partial<Account> = {}): Account => ({
  id: `${platform}:${handle}`,
  platform,
  handle,
  kind: 'brand',
  protected: false,
  ownWords: [],
  ...over,
});

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const ch = (i: number) => {
      const v = parseInt(c.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(1) + 0.7152 * ch(3) + 0.0722 * ch(5);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Hue (degrees) and saturation (HSV, 0-1) of a #rrggbb colour. */
function hueOf(c: string): { hue: number; saturation: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  let hue = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  hue = (hue * 60 + 360) % 360;
  return { hue, saturation: max === 0 ? 0 : d / max };
}
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('the palette', () => {
  it.each(ACCOUNT_PALETTE.map((c) => [c]))('%s takes white text at AA contrast (textColorOn agrees)', (color) => {
    expect(textColorOn(color)).toBe('#ffffff');
    expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('never uses the hues that mean danger (red) or warning (amber, orange), nor the greys of paused and off', () => {
    // The product's own: danger #b91c1c / #991b1b, warning #b45309 (banner, badge, ribbon, pages.css).
    const meaning = ['#b91c1c', '#991b1b', '#b45309'].map((c) => hueOf(c).hue);
    for (const color of ACCOUNT_PALETTE) {
      const { hue, saturation } = hueOf(color);
      for (const taken of meaning) expect(hueDistance(hue, taken), `${color} near ${taken}°`).toBeGreaterThanOrEqual(45);
      expect(saturation, `${color} is greyish`).toBeGreaterThanOrEqual(0.5);
    }
    expect(new Set(ACCOUNT_PALETTE).size).toBe(ACCOUNT_PALETTE.length);
  });
});

describe('one client, one colour', () => {
  it('the same group is the same colour on every platform, whatever the handles', () => {
    const group = 'Boulangerie Dupont';
    const colors = [account('x', 'boulangerie_dupont', { group }), account('linkedin', '104857600', { group }), account('instagram', 'boulangerie.dupont', { group }), account('facebook', '61551234567890', { group: ' boulangerie  DUPONT ' })].map(accountColor);
    expect(new Set(colors).size).toBe(1);
    expect(ACCOUNT_PALETTE).toContain(colors[0]);
  });

  it('without a group, the name decides (accents and case aside); without a name, the handle', () => {
    expect(accountColor(account('x', 'a', { name: 'Café Martin' }))).toBe(accountColor(account('linkedin', 'b', { name: 'cafe martin' })));
    expect(colorKey(account('x', 'a', { name: 'Café Martin', group: 'Martin' }))).toBe('group:martin');
    expect(colorKey(account('x', 'Some_Handle'))).toBe('handle:some_handle');
    // The platform never enters: the same handle is the same colour on X and Instagram.
    expect(accountColor(account('x', 'dupont'))).toBe(accountColor(account('instagram', 'dupont')));
  });

  it('spreads across the palette for different clients', () => {
    const colors = new Set(['Dupont', 'Martin', 'Leroy', 'Bernard', 'Petit', 'Durand', 'Moreau', 'Laurent', 'Simon', 'Michel'].map((g) => accountColor(account('x', 'a', { group: g }))));
    expect(colors.size).toBeGreaterThanOrEqual(5);
  });

  it('a colour the user picked wins, and is the client\'s for a new account of it', () => {
    const picked = account('x', 'boulangerie_dupont', { group: 'Dupont', color: '#123456' });
    expect(accountColor(picked)).toBe('#123456');
    expect(clientColor(account('instagram', 'dupont', { group: 'dupont' }), [picked])).toBe('#123456');
    expect(clientColor(account('instagram', 'martin', { group: 'Martin' }), [picked])).toBe(accountColor(account('instagram', 'martin', { group: 'Martin' })));
  });
});

describe('saving an account shares its colour with its client', () => {
  const x = account('x', 'boulangerie_dupont', { group: 'Dupont' });
  const li = account('linkedin', '104857600', { group: 'Dupont' });
  const other = account('x', 'cafe_martin', { group: 'Martin', color: '#0e7490' });

  it('a colour picked for one account goes to every account of its client', () => {
    const saved = { ...x, color: '#7c3aed' };
    expect(shareClientColor([saved, li, other], saved).map((a) => a.color)).toEqual(['#7c3aed', '#7c3aed', '#0e7490']);
  });

  it('a new account of a client takes the colour the client already wears', () => {
    const coloured = { ...li, color: '#a21caf' };
    const added = account('instagram', 'boulangerie.dupont', { group: 'Dupont' });
    expect(shareClientColor([x, coloured, added], added).map((a) => a.color)).toEqual(['#a21caf', '#a21caf', '#a21caf']);
  });

  it('moved to another client, an account leaves the old colour behind and takes the new client\'s', () => {
    const before = { ...x, color: '#7c3aed' };
    const moved = { ...x, group: 'Martin', color: '#7c3aed' };
    expect(shareClientColor([moved, { ...li, color: '#7c3aed' }, other], moved, before).map((a) => a.color)).toEqual(['#0e7490', '#7c3aed', '#0e7490']);
  });
});
