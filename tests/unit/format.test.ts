import { describe, expect, it } from 'vitest';
import { accountLabel, excerpt } from '../../utils/format';

describe('accountLabel', () => {
  it('prefers the handle, then the name', () => {
    expect(accountLabel({ handle: 'marie_dupont', name: 'Marie' })).toBe('@marie_dupont');
    expect(accountLabel({ name: '  Boulangerie Dupont ' })).toBe('Boulangerie Dupont');
    expect(accountLabel({})).toBeNull();
    expect(accountLabel(null)).toBeNull();
  });
});

describe('excerpt', () => {
  it('cuts a short draft into plain and highlighted parts', () => {
    expect(excerpt('Vive le #BoulangerieDupont !', [{ start: 8, end: 26 }])).toEqual([
      { text: 'Vive le ', highlighted: false },
      { text: '#BoulangerieDupont', highlighted: true },
      { text: ' !', highlighted: false },
    ]);
  });

  it('merges overlapping ranges and keeps the text intact', () => {
    const parts = excerpt('abc merde def', [{ start: 4, end: 9 }, { start: 6, end: 9 }]);
    expect(parts.map((p) => p.text).join('')).toBe('abc merde def');
    expect(parts.filter((p) => p.highlighted).map((p) => p.text)).toEqual(['merde']);
  });

  it('shows the window around a match far into a long draft, with ellipses', () => {
    const draft = 'a'.repeat(1000) + ' merde ' + 'b'.repeat(1000);
    const parts = excerpt(draft, [{ start: 1001, end: 1006 }], 100);
    expect(parts[0]).toEqual({ text: '…', highlighted: false });
    expect(parts.at(-1)).toEqual({ text: '…', highlighted: false });
    expect(parts.find((p) => p.highlighted)?.text).toBe('merde');
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(102);
  });
});
