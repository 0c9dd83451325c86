// `npm run bench`: the performance figures of the guard, printed, not asserted (a timed unit test is flaky; a
// printed figure is something to compare between commits). Targets from the project's quality bar in brackets.
import { importSettings, launch, EXTENSION, ROOT } from '../demo/chromium.mjs';
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

// ---------- 2. size of each built content script ----------
{
  const dir = join(EXTENSION, 'content-scripts');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const gz = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    report(`gzip size of ${file}`, `${fmt(gz / 1024, 1)} KB`, '< 40 KB', gz < 40 * 1024);
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

// ---------- 3. click-to-banner latency ----------
/**
 * The banner is an extension page in a frame (utils/guard/frame-host.ts), preloaded when the composer takes the focus.
 * Measured across the two documents on one clock (performance.timeOrigin + now): from the click (pointerup in the
 * page) to the banner drawn in its frame, and to the frame's next animation frame (the one that paints it).
 */
async function bannerLatency(target) {
  const context = await launchBench(true);
  const page = await context.newPage();
  await page.goto(target.url);
  await page.locator(target.editor).click();
  await page.keyboard.type(target.draft);
  const frameOf = () => page.frames().find((f) => f.url().includes('in-page.html') && f.url().includes('ui=banner'));
  for (let i = 0; i < 100 && !frameOf(); i++) await page.waitForTimeout(20);
  const frame = frameOf();
  await frame.waitForFunction(() => document.readyState === 'complete');
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

// RIGHT_ACCOUNT_BENCH=linkedin,facebook measures only those content scripts (the other figures are always printed).
const only = process.env.RIGHT_ACCOUNT_BENCH?.split(',').map((p) => p.trim());
for (const target of TARGETS.filter((t) => !only || only.includes(t.platform))) {
  await bannerLatency(target);
  await mainThreadCost(target);
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log('\nRight Account benchmarks (Chromium, this machine)\n');
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padEnd(34)} ${r.target.padEnd(8)} ${r.verdict}`);
