/**
 * The selector table of utils/platforms/linkedin/selectors.ts checked against the fixtures (tests/unit/platforms/
 * selector-table.ts): each selector's documented `@count` per fixture is what it really matches (piercing open shadow
 * roots), and the table follows its own rules.
 */
import { describeSelectorTable } from '../platforms/selector-table';

describeSelectorTable('linkedin', {
  title: 'never uses hashed classes or label text',
  forbidden: [/\._[0-9a-f]{6,}/, /\[(aria-label|title|placeholder)[\]=~^$*|]/, /:has-text|:contains/],
});
