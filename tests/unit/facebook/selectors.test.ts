/**
 * The selector table of utils/platforms/facebook/selectors.ts checked against the fixtures (tests/unit/platforms/
 * selector-table.ts): each selector's documented `@count` per fixture is what it really matches, and the table follows
 * its own rules (no atomic class, no label).
 */
import { describeSelectorTable } from '../platforms/selector-table';

describeSelectorTable('facebook', {
  title: 'never uses atomic classes or label text',
  forbidden: [
    // Facebook's atomic classes: x + 5-8 letters/digits (x1i10hfl, xjbqb8w); Business Suite's: _ + 3-4 (._5rpu).
    /\.(x[a-z0-9]{4,8}|_[a-z0-9]{3,4})\b/,
    /\[(aria-label|title|placeholder|aria-placeholder)[~|^$*]?=/,
    /:has-text|:contains/,
  ],
});
