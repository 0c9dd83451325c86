/**
 * The selector table of utils/platforms/instagram/selectors.ts checked against the fixtures (tests/unit/platforms/
 * selector-table.ts): each selector's documented `@count` per fixture is what it really matches, and the table follows
 * its own rules; and Instagram's label tables.
 */
import { expect, it } from 'vitest';
import { NEXT_LABELS, POST_LABELS, SEND_LABELS, SHARE_LABELS, SWITCH_LABELS } from '../../../utils/platforms/instagram/selectors';
import { describeSelectorTable } from '../platforms/selector-table';

describeSelectorTable(
  'instagram',
  {
    title: 'never uses classes, label text or fixture-only attributes in a selector',
    forbidden: [/\.[a-z_][\w-]*/i, /\[(aria-label|title|placeholder|alt)[~^$*|]?=/, /:has-text|:contains|data-fixture/],
  },
  () => {
    it('label tables are French and English, and no label is in two tables', () => {
      for (const [fr, en, table] of [
        ['Publier', 'Post', POST_LABELS],
        ['Partager', 'Share', SHARE_LABELS],
        ['Envoyer', 'Send', SEND_LABELS],
        ['Suivant', 'Next', NEXT_LABELS],
        ['Changer', 'Switch', SWITCH_LABELS],
      ] as const) {
        expect(table.has(fr) && table.has(en)).toBe(true);
      }
      const all = [POST_LABELS, SHARE_LABELS, SEND_LABELS, NEXT_LABELS, SWITCH_LABELS].flatMap((t) => [...t]);
      expect(new Set(all).size).toBe(all.length);
    });
  },
);
