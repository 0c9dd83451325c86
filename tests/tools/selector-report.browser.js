/**
 * The body of every selector snippet (npm run selectors:snippet). Plain browser JavaScript, no build step: the
 * generator (selector-snippet.ts) embeds this function's text as it is and calls it with one platform's table.
 *
 * It only reads the DOM: it counts the elements each hook matches in the page and in every open shadow root (as the
 * detectors see them), prints one console.table row per hook, and returns the counts. No network, no storage, and
 * nothing of the page is printed but numbers: no post text, no name, no URL.
 */
function rightAccountSelectorReport(table) {
  'use strict';
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i].querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  const host = location.hostname;
  const onSite = table.hosts.some((domain) => host === domain || host.endsWith(`.${domain}`));
  const rows = {};
  const counts = {};
  const missing = [];
  for (const hook of table.hooks) {
    let count = 0;
    try {
      for (const root of roots) count += root.querySelectorAll(hook.selector).length;
    } catch {
      count = null;
    }
    let check = '✓';
    if (count === null) check = '✖ invalid selector';
    else if (count === 0 && hook.required) check = '⚠ missing';
    else if (count === 0) check = '–';
    else if (count > hook.max) check = '↑ more than in any fixture';
    if (check === '⚠ missing') missing.push(hook.name);
    counts[hook.name] = count;
    rows[hook.name] = { count: count === null ? 'error' : count, check, fixtures: hook.fixtures, expected: hook.expected, selector: hook.selector };
  }
  const title = `Right Account · ${table.platform} hooks (${table.source})`;
  console.table(rows);
  if (!onSite) console.warn(`${title}: this page is not on ${table.hosts.join(' or ')}; the counts say nothing of the site.`);
  if (missing.length > 0) {
    console.warn(
      `${title}: ${missing.length} required hook(s) match nothing here: ${missing.join(', ')}. ` +
        'On a logged-in page of the site, the markup has changed: read the hook in selectors.ts, find its new ' +
        'hook in the Elements panel, and update the fixtures. (A logged-out page shows identity hooks missing.)',
    );
  } else {
    console.log(`${title}: every required hook matches (${table.hooks.length} hooks, ${roots.length - 1} open shadow root(s) searched).`);
  }
  return { platform: table.platform, counts, missing };
}
