/**
 * The selector table of utils/platforms/x/selectors.ts checked against the fixtures (tests/unit/platforms/
 * selector-table.ts): each selector's documented `@count` per fixture is what it really matches (piercing open shadow
 * roots), and the table follows its own rules.
 */
import { describeSelectorTable } from '../platforms/selector-table';

describeSelectorTable('x', {
  title: 'never uses hashed classes or label text',
  forbidden: [/\.(css|r)-[a-z0-9]+/, /\[(aria-label|title|placeholder)/, /:has-text|:contains/],
});
