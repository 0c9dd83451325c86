// `npm run bench`: the performance figures of the guard, printed, not asserted (a timed unit test is flaky; a
// printed figure is something to compare between commits). Targets from the project's quality bar in brackets.
import { importSettings, launch, EXTENSION, ROOT } from '../demo/chromium.mjs';
import { BIG_ACCOUNTS, BIG_WORDS, bigSettingsFile, seedGuardWords, snapshotSize } from './big-settings.mjs';
import { createServer } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM = process.env.RIGHT_ACCOUNT_CHROMIUM ?? '/usr/bin/chromium';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 3) => Number(n).toFixed(d);
const rows = [];
const report = (name, value, target, ok) => rows.push({ name, value, target, verdict: ok ? 'ok' : 'OVER TARGET' });

// ---------- 1. verdict time: the compiled matcher vs a naive regex alternation ----------
{
  const vite = await createServer({ root: ROOT, configFile: false, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
  const { benchVerdict } = await vite.ssrLoadModule('/tests/bench/verdict.ts');
  const r = benchVerdict();
  await vite.close();
  report(`verdict, ${r.draftChars}-char draft vs ${r.words} words (median)`, `${fmt(r.engineMedianMs)} ms`, '< 1 ms', r.engineMedianMs < 1);
  report('naive regex alternation, same input (median)', `${fmt(r.naiveMedianMs)} ms`, '', true);
  report('speed-up over the naive regex', `${fmt(r.ratio, 1)}x`, '> 1x', r.ratio > 1);
  report('compiling the 10,000 words once', `${fmt(r.compileMs, 1)} ms`, '', true);
}

// ---------- 2. size of each built content script (gzip -9) ----------
// Each site has three (utils/guard/net.ts): `<site>.js`, parsed on every page of its site at document_start, before
// the page's own scripts; `<site>-guard.js`, once the document is parsed (document_end); `<site>-extras.js`, once the
// page is idle (document_idle).
const runAtOf = (file) => (file.endsWith('-guard.js') ? 'document_end' : file.endsWith('-extras.js') ? 'document_idle' : 'document_start');
{
  const dir = join(EXTENSION, 'content-scripts');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const bytes = readFileSync(join(dir, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    const when = runAtOf(file);
    report(`gzip size of ${file}, run at ${when} (${fmt(bytes.length / 1024, 1)} KB unzipped)`, `${fmt(gz / 1024, 1)} KB`, '≤ 15 KB', gz <= 15 * 1024);
  }
}

// ---------- browsers ----------
/**
 * One row per content script: a fixture page, its editor and publish control, a draft that the demo settings
 * (tests/demo/demo-settings.json) stop with a banner, and the feed that grows in the main-thread test.
 */
const TARGETS = [
  {
    platform: 'x',
    url: 'https://x.com/home',
    fixture: 'x/home-fr.html',
    editor: '[data-testid="tweetTextarea_0"]',
    publish: '[data-testid="tweetButtonInline"]',
    draft: 'Un message pour #BoulangerieDupont',
    feed: { container: '[data-testid="primaryColumn"]', item: 'article[data-testid="tweet"]', like: '[data-testid="like"]' },
  },
  {
    // The "Créer une publication" dialog (Lexical editor in form[method=post]) over the news feed, as Marie Dupont.
    platform: 'facebook',
    url: 'https://www.facebook.com/',
    fixture: 'facebook/create-post-fr.html',
    editor: '[role="dialog"] form [contenteditable="true"]',
    publish: '[role="dialog"] [aria-label="Publier"]',
    draft: 'Nouveau pain au levain ce matin #BoulangerieDupont',
    // Each post is a role=article of the role=feed, with its own comment box (a composer the guard may meet).
    feed: { container: '[role="feed"]', item: '[role="feed"] > [role="article"][aria-posinset]', like: '[role="toolbar"] [aria-label="J’aime"]' },
  },
  {
    // A comment under the first post of the home feed (textarea + "Publier"), as @marie.dupont.
    platform: 'instagram',
    url: 'https://www.instagram.com/',
    fixture: 'instagram/home-fr.html',
    editor: 'article[data-fixture-post="DAaBbCc1"] textarea',
    publish: 'article[data-fixture-post="DAaBbCc1"] form [role="button"][data-fixture-publish]',
    draft: 'Allez voir #BoulangerieDupont',
    // Posts are <article>s in the main column; each clone carries its own comment form.
    feed: { container: 'main :has(> article)', item: 'main article', like: 'article [role="button"]:has(> svg[aria-label="J’aime"])' },
  },
  {
    // The classic share box, open as Marie Dupont, inside the OPEN shadow root of #interop-outlet: Playwright's CSS
    // engine pierces open shadow roots, so these selectors reach it as a person's clicks and keys do.
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin/feed-fr.html',
    editor: '#interop-outlet [data-test-ql-editor-contenteditable="true"]',
    publish: '#interop-outlet .share-actions__primary-action',
    draft: 'Nouveau pain au levain ce matin #BoulangerieDupont',
    // Updates are .feed-shared-update-v2 cards in <main>, each with its Ember comment box. The share box stays open
    // in the shadow root meanwhile: whatever the guard does about that root is part of the figure (it observes
    // nothing: events from inside reach window with their composedPath()).
    feed: { container: 'main:has(> .feed-shared-update-v2)', item: '.feed-shared-update-v2[role="article"]', like: '.react-button__trigger' },
  },
];
const routes = Object.fromEntries(TARGETS.map((t) => [t.url, t.fixture]));
async function launchBench(withExtension) {
  const { context, id } = await launch({ executablePath: CHROMIUM, extension: withExtension, routes });
  if (id) await (await importSettings(context, id)).close();
  return context;
}

/**
 * A fresh page of `target` with its draft typed in the composer, and the banner's frame, preloaded when the composer
 * took the focus, loaded: the moment just before a publish.
 */
async function draftReady(context, target) {
  const page = await context.newPage();
  await page.goto(target.url);
  await page.locator(target.editor).click();
  await page.keyboard.type(target.draft);
  const frameOf = () => page.frames().find((f) => f.url().includes('in-page.html') && f.url().includes('ui=banner'));
  for (let i = 0; i < 100 && !frameOf(); i++) await page.waitForTimeout(20);
  const frame = frameOf();
  await frame.waitForFunction(() => document.readyState === 'complete');
  return { page, frame };
}

// ---------- 3. click-to-banner latency ----------
/**
 * The banner is an extension page in a frame (utils/guard/frame-host.ts), preloaded when the composer takes the focus.
 * Measured across the two documents on one clock (performance.timeOrigin + now): from the click (pointerup in the
 * page) to the banner drawn in its frame, and to the frame's next animation frame (the one that paints it).
 */
async function bannerLatency(target) {
  const context = await launchBench(true);
  const { page, frame } = await draftReady(context, target);
  await frame.evaluate(() => {
    window.__drawn = [];
    new MutationObserver(() => {
      if (!document.querySelector('[role="alertdialog"]') || window.__pending === false) return;
      window.__pending = false;
      const drawn = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => window.__drawn.push({ drawn, painted: performance.timeOrigin + performance.now() }));
    }).observe(document.getElementById('app'), { childList: true, subtree: true });
  });
  await page.evaluate(() => {
    window.__clicks = [];
    // The guard stops the risky click before any page listener sees it; pointerup ends the same click gesture.
    window.addEventListener('pointerup', (e) => window.__clicks.push(performance.timeOrigin + e.timeStamp), true);
  });
  const runs = 50;
  for (let i = 0; i < runs; i++) {
    await frame.evaluate(() => (window.__pending = true));
    await page.locator(target.publish).click();
    await frame.waitForFunction((n) => window.__drawn.length >= n, i + 1);
    await frame.locator('[data-action="cancel"]').click();
    await frame.waitForFunction(() => !document.querySelector('[role="alertdialog"]'));
  }
  const clicks = await page.evaluate(() => window.__clicks);
  const drawn = await frame.evaluate(() => window.__drawn);
  const inserted = median(drawn.map((d, i) => d.drawn - clicks[i]));
  const painted = median(drawn.map((d, i) => d.painted - clicks[i]));
  report(`${target.platform}: click → banner drawn in its frame (median of ${runs})`, `${fmt(inserted, 2)} ms`, '< 16 ms', inserted < 16);
  report(`${target.platform}: click → the frame's next animation frame (median of ${runs})`, `${fmt(painted, 2)} ms`, '~1 frame', painted < 34);
  await context.close();
}

// ---------- 4. added main-thread time on a feed that keeps growing ----------
async function feedCost(context, target) {
  const page = await context.newPage();
  await page.goto(target.url);
  await page.waitForSelector(target.editor);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The sampling profiler sees the content script's own functions (same thread, its own chrome-extension:// URL):
  // the time attributed to them, with the DOM calls they make, is the extension's cost, whatever else the machine
  // is doing. The with/without ratio below is the end-to-end check, but it moves with the machine's load.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await taskTime();
  await page.evaluate(async (feed) => {
    // 1,000 feed items in 50 batches, as sites append them while scrolling (an X tweet is ~100 elements, a Facebook,
    // Instagram or LinkedIn post 30 to 90: well over 10,000 nodes on every platform; the count is printed), with the
    // events a person produces meanwhile: clicks on likes and keys, which the guard must classify and let go. The
    // fixtures hold only a few posts, so the bench grows the feed itself by cloning the page's first post (with its
    // comment box) into the site's own feed container.
    const container = document.querySelector(feed.container) ?? document.body;
    const template = container.querySelector(feed.item) ?? document.createElement('article');
    for (let batch = 0; batch < 50; batch++) {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < 20; i++) fragment.append(template.cloneNode(true));
      container.append(fragment);
      const likes = container.querySelectorAll(feed.like);
      for (let i = 0; i < 10; i++) likes[(batch * 10 + i) % likes.length]?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
      document.body.offsetHeight; // force layout like a scrolling feed
      await new Promise((r) => setTimeout(r, 0));
    }
  }, target.feed);
  const after = await taskTime();
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.close();
  return { seconds: after - before, nodes, ...attributed(profile) };
}

/**
 * From a CPU profile: the time spent in the extension's code (a sample counts when any frame of its stack is a
 * chrome-extension:// script) and the page's busy time (samples that are neither idle nor garbage collection).
 */
function attributed(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inExtension = new Map();
  const isExtension = (id) => {
    if (inExtension.has(id)) return inExtension.get(id);
    const node = byId.get(id);
    const own = node.callFrame.url.startsWith('chrome-extension://');
    const result = own || (parent.has(id) ? isExtension(parent.get(id)) : false);
    inExtension.set(id, result);
    return result;
  };
  let extension = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // ms until the next sample
    const name = byId.get(id).callFrame.functionName;
    if (name === '(idle)') return;
    busy += dt;
    if (isExtension(id)) extension += dt;
  });
  return { extensionMs: extension, busyMs: busy };
}
async function mainThreadCost(target) {
  const withExt = await launchBench(true);
  const without = await launchBench(false);
  const a = [];
  const b = [];
  const own = [];
  let nodes = 0;
  // Alternate the two browsers so that machine noise falls on both alike.
  for (let i = 0; i < 7; i++) {
    const r = await feedCost(withExt, target);
    a.push(r.seconds);
    own.push(r.extensionMs / Math.max(1e-9, r.busyMs - r.extensionMs));
    nodes = r.nodes;
    b.push((await feedCost(without, target)).seconds);
  }
  const share = median(own);
  report(
    `${target.platform}: the content script's own main-thread time while the feed grows, profiled (median of 7)`,
    `${fmt(share * 100, 2)}% of the page's own`,
    '< 2%',
    share < 0.02,
  );
  const ratio = median(a) / median(b);
  // Two browsers on a 2-core machine: this end-to-end ratio moves by ±15% from run to run, far more than the 2%
  // it would have to resolve. It is printed to catch a gross regression; the profiled figure above is the target's.
  report(
    `${target.platform}: whole-page main-thread time, feed grown to ${nodes} elements, with / without (median of 7)`,
    `${fmt(median(a) * 1000, 1)} ms / ${fmt(median(b) * 1000, 1)} ms = ${fmt((ratio - 1) * 100, 2)}%`,
    '< 25%',
    ratio < 1.25,
  );
  await withExt.close();
  await without.close();
}

// ---------- 5. the content scripts at page start: evaluating them, then their main-thread time while the page loads ----------
/**
 * One page load traced (Chrome's own timeline, devtools.timeline): the EvaluateScript of each content script (compile
 * and run of its top level, our main() included): the net's at document_start, before any of the page's scripts, the
 * guard's once the document is parsed, the extras' once the page is idle; and every later task of ours in the first
 * `ms` (the snapshot's read and check, the rules compiled in idle slices, listeners): their sum and the longest.
 */
async function traceLoad(context, target, ms = 1500) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(target.url);
  await page.waitForTimeout(ms);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const scriptOf = (e) => String(e.args?.data?.url ?? '');
  const ours = (e) => e.ph === 'X' && scriptOf(e).startsWith('chrome-extension://') && scriptOf(e).includes('/content-scripts/');
  const evaluated = events.filter((e) => e.name === 'EvaluateScript' && ours(e));
  const at = (runAt) => evaluated.filter((e) => runAtOf(scriptOf(e)) === runAt);
  const later = events.filter((e) => e.name === 'FunctionCall' && ours(e));
  const sum = (list) => list.reduce((n, e) => n + e.dur, 0) / 1000;
  return {
    evaluateMs: sum(at('document_start')),
    guardMs: sum(at('document_end')),
    extrasMs: sum(at('document_idle')),
    laterMs: sum(later),
    longestMs: Math.max(0, ...[...evaluated, ...later].map((e) => e.dur / 1000)),
  };
}
async function startCost(target, context, label) {
  const loads = 20;
  const runs = [];
  for (let i = 0; i < loads; i++) runs.push(await traceLoad(context, target));
  const evaluate = median(runs.map((r) => r.evaluateMs));
  report(`${target.platform}${label}: evaluating the content script at page start (document_start, median of ${loads} loads)`, `${fmt(evaluate, 2)} ms`, '≤ 1 ms', evaluate <= 1);
  const guard = median(runs.map((r) => r.guardMs));
  report(`${target.platform}${label}: evaluating the guard once the document is parsed (document_end, median)`, `${fmt(guard, 2)} ms`, '< 50 ms', guard < 50);
  const extras = median(runs.map((r) => r.extrasMs));
  report(`${target.platform}${label}: evaluating the extras once the page is idle (document_idle, median)`, `${fmt(extras, 2)} ms`, '< 50 ms', extras < 50);
  const later = median(runs.map((r) => r.laterMs));
  const longest = median(runs.map((r) => r.longestMs));
  report(`${target.platform}${label}: its other main-thread time in the first 1.5 s, and its longest task (medians)`, `${fmt(later, 2)} ms, longest ${fmt(longest, 2)} ms`, '< 50 ms', longest < 50);
}

// ---------- 6. big settings: the first risky click after a page load ----------
/**
 * 300 accounts and 50,000 words (./big-settings.mjs). For each of `loads` fresh page loads, the FIRST risky publish only:
 * focus the composer, type, and click publish once the banner's frame is ready (a person types for longer than it
 * takes); from the click (pointerup) to the banner drawn in its frame. The rules were compiled meanwhile, in idle time
 * (utils/guard/precompile.ts); a click that came first would finish that work itself.
 */
async function firstClickBig(target, context, loads = 10) {
  const drawn = [];
  for (let i = 0; i < loads; i++) {
    const { page, frame } = await draftReady(context, target);
    await frame.evaluate(() => {
      window.__drawn = null;
      new MutationObserver(() => {
        if (window.__drawn || !document.querySelector('[role="alertdialog"]')) return;
        window.__drawn = performance.timeOrigin + performance.now();
      }).observe(document.getElementById('app'), { childList: true, subtree: true });
    });
    await page.evaluate(() => {
      window.__click = null;
      window.addEventListener('pointerup', (e) => (window.__click ??= performance.timeOrigin + e.timeStamp), true);
    });
    await page.locator(target.publish).click();
    await frame.waitForFunction(() => window.__drawn !== null);
    drawn.push((await frame.evaluate(() => window.__drawn)) - (await page.evaluate(() => window.__click)));
    await page.close();
  }
  const m = median(drawn);
  report(`${target.platform}, ${BIG_ACCOUNTS} accounts + ${BIG_WORDS} words: FIRST click → banner drawn (median of ${loads} loads)`, `${fmt(m, 2)} ms, worst ${fmt(Math.max(...drawn), 2)} ms`, '< 16 ms', m < 16);
}

// ---------- 7. the options page with 300 accounts ----------
/**
 * Opening the options page until its 300 accounts are listed (median of 5), then typing a client's name in the
 * accounts' search box: per keystroke, from the input to the list re-rendered (preact renders in a microtask: a
 * timer after the input runs once it is done).
 */
async function optionsBig(context, id) {
  const opens = [];
  let page;
  for (let i = 0; i < 5; i++) {
    page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    opens.push(await page.waitForFunction((n) => document.querySelectorAll('[data-list="accounts"] li[data-account-id]').length >= n && performance.now(), BIG_ACCOUNTS, { polling: 'raf' }).then((h) => h.jsonValue()));
    if (i < 4) await page.close();
  }
  const open = median(opens);
  report(`options page, ${BIG_ACCOUNTS} accounts: opening until every account is listed (median of 5)`, `${fmt(open, 1)} ms`, '< 1000 ms', open < 1000);
  const { times, shown } = await page.evaluate(async () => {
    const input = document.querySelector('[data-action="acc-search"]');
    const times = [];
    let shown = 0;
    for (const text of ['client 12', '']) {
      input.focus();
      for (const next of text ? [...text].map((_, i) => text.slice(0, i + 1)) : ['']) {
        const start = performance.now();
        input.value = next;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        times.push(performance.now() - start);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
      }
      if (text) shown = document.querySelectorAll('[data-list="accounts"] li[data-account-id]').length;
    }
    return { times, shown };
  });
  const keystroke = median(times);
  report(`options page, ${BIG_ACCOUNTS} accounts: a keystroke in the search box → list re-rendered (median of ${times.length}; ${shown} shown)`, `${fmt(keystroke, 2)} ms, worst ${fmt(Math.max(...times), 2)} ms`, '< 16 ms', keystroke < 16 && Math.max(...times) < 50);
  await page.close();
}

// RIGHT_ACCOUNT_BENCH=linkedin,facebook measures only those content scripts (the other figures are always printed).
const only = process.env.RIGHT_ACCOUNT_BENCH?.split(',').map((p) => p.trim());
const measured = TARGETS.filter((t) => !only || only.includes(t.platform));
{
  const context = await launchBench(true);
  for (const target of measured) await startCost(target, context, '');
  await context.close();
}
for (const target of measured) {
  await bannerLatency(target);
  await mainThreadCost(target);
}
// Agency size: the same content scripts and options page with 300 accounts and 50,000 words.
{
  const { context, id } = await launch({ executablePath: CHROMIUM, routes });
  const options = await importSettings(context, id, bigSettingsFile());
  await optionsBig(context, id);
  const seeded = await seedGuardWords(options);
  for (const target of measured) await startCost(target, context, ` (${BIG_ACCOUNTS} accounts, ${seeded} words)`);
  for (const target of measured) await firstClickBig(target, context);
  // Never a figure for a smaller case than it says: the worker may have rewritten the snapshot from the stored settings.
  const size = await snapshotSize(options);
  if (size.words !== seeded || size.accounts !== BIG_ACCOUNTS) report('big settings still in force at the end', `${size.accounts} accounts, ${size.words} words`, 'as seeded', false);
  await context.close();
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log('\nRight Account benchmarks (Chromium, this machine)\n');
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padEnd(34)} ${r.target.padEnd(8)} ${r.verdict}`);
