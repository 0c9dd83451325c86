/**
 * npm run selectors:snippet: writes, for each platform, .output/selector-snippets/<platform>.js (a devtools snippet)
 * and <platform>.bookmarklet.txt (the same as one javascript: line), and index.html (the four bookmarklets as links to
 * drag to the bookmarks bar). README, "Checking the hooks on a live page".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PLATFORMS } from '../../utils/types';
import { SELECTOR_TABLES } from '../unit/platforms/selector-docs';
import { buildBookmarklet, buildSnippet } from './selector-snippet';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, '.output/selector-snippets');
mkdirSync(OUT, { recursive: true });

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const links: string[] = [];
for (const platform of PLATFORMS) {
  const snippet = buildSnippet(platform);
  const bookmarklet = buildBookmarklet(platform);
  writeFileSync(join(OUT, `${platform}.js`), snippet);
  writeFileSync(join(OUT, `${platform}.bookmarklet.txt`), `${bookmarklet}\n`);
  links.push(`<li><a href="${escapeHtml(bookmarklet)}">RA hooks: ${SELECTOR_TABLES[platform].label}</a></li>`);
  console.log(`${relative(ROOT, join(OUT, `${platform}.js`))}  (${snippet.length} characters; bookmarklet ${bookmarklet.length})`);
}
writeFileSync(
  join(OUT, 'index.html'),
  [
    '<!doctype html><meta charset="utf-8"><title>Right Account: selector check</title>',
    '<p>Drag a link to the bookmarks bar, then click it on a logged-in page of that site and open the devtools console.',
    '<p>If nothing appears (a site may block bookmarklets), paste the matching <code>.js</code> file of this folder into the console instead.',
    `<ul>${links.join('')}</ul>`,
    '',
  ].join('\n'),
);
console.log(`${relative(ROOT, join(OUT, 'index.html'))}  (the four bookmarklets, to drag to the bookmarks bar)`);
