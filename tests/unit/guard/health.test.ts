/**
 * The page's health in the content script (utils/guard/health.ts) and what it changes downstream: the status, the
 * badge, the ribbon's view, and the messages that carry it (validated at the receiver).
 */
import { describe, expect, it, vi } from 'vitest';
import { HEALTH_OK, type PageHealth, type Settings } from '../../../utils/types';
import { HEALTH_MIN_MS, HEALTH_RECHECK_MS, startHealth } from '../../../utils/guard/health';
import { X_HEALTH } from '../../../utils/platforms/x/health';
import { createXAdapter } from '../../../utils/platforms/x/adapter';
import { findComposers } from '../../../utils/platforms/x/detect';
import { guardStatus } from '../../../utils/rules/status';
import { BADGE_COLORS, BADGE_OFF_TEXT, DEGRADED_BADGE, badgeFor } from '../../../utils/background/badge';
import { ribbonView } from '../../../utils/guard/ribbon';
import { parseBackgroundRequest, parseContentRequest, parsePageHealth, type JournalEntryInput } from '../../../utils/messaging/protocol';
import { fixturesOf } from '../platforms/load-fixture';

const { loadFixture } = fixturesOf('x');

function monitorOn(fixture: string, twid = '1600000000000000002') {
  const doc = loadFixture(fixture);
  document.cookie = `twid=u%3D${twid}`;
  const adapter = createXAdapter({ doc, getCookie: () => `twid=u%3D${twid}`, getUrl: () => 'https://x.com/home' });
  const record = vi.fn<(entry: JournalEntryInput) => void>();
  const changed = vi.fn<(health: PageHealth) => void>();
  let time = 1_000_000;
  const monitor = startHealth(adapter, { win: window, spec: X_HEALTH, record, changed, now: () => time });
  return { doc, adapter, monitor, record, changed, tick: (ms: number) => (time += ms), composer: findComposers(doc)[0]! };
}

describe('the health monitor', () => {
  it('a composer on a page without identity markers: degraded, journaled once per page load, the badge told', () => {
    const { monitor, record, changed, composer, tick } = monitorOn('no-signals');
    expect(monitor.current()).toEqual(HEALTH_OK);
    monitor.seen(composer);
    const health = monitor.current();
    expect(health.state).toBe('degraded');
    expect(health.causes).toEqual(['no-identity-marker', 'missing-hooks']);
    expect(health.missing).toEqual(['accountSwitcher', 'profileLink', 'mobileDash', 'stateScript']);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledTimes(1);
    expect(record.mock.calls[0]![0]).toEqual({
      platform: 'x', account: null, accountId: null, surface: 'post', decision: 'allow', outcome: 'degraded', reasons: [],
      words: ['accountSwitcher', 'profileLink', 'mobileDash', 'stateScript'],
    });
    // Seen again and again, read again later: still one journal entry, no new change.
    monitor.seen(composer);
    tick(HEALTH_MIN_MS);
    monitor.seen(composer);
    tick(HEALTH_RECHECK_MS);
    expect(monitor.current().state).toBe('degraded');
    expect(record).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('a page read well stays ok, and a degraded reading that was only the page rendering clears on its own', () => {
    const { monitor, record, composer, doc, tick, changed } = monitorOn('home-fr');
    monitor.seen(composer);
    expect(monitor.current()).toEqual(HEALTH_OK);
    expect(record).not.toHaveBeenCalled();
    // For a moment, the server-rendered state (a required hook) is not there: the page is still loading it.
    const state = doc.querySelector('#react-root ~ script:not([src])')!;
    const parent = state.parentElement!;
    state.remove();
    tick(HEALTH_MIN_MS);
    monitor.seen(composer);
    expect(monitor.current()).toEqual({ state: 'degraded', causes: ['missing-hooks'], missing: ['stateScript'] });
    parent.append(state);
    tick(HEALTH_RECHECK_MS);
    expect(monitor.current()).toEqual(HEALTH_OK);
    expect(changed.mock.calls.map(([h]) => h.state)).toEqual(['degraded', 'ok']);
  });

  it('journals nothing where the guard protects nothing (switched off, or no account on the platform)', () => {
    const doc = loadFixture('no-signals');
    const record = vi.fn();
    const changed = vi.fn();
    const monitor = startHealth(createXAdapter({ doc, getCookie: () => '', getUrl: () => 'https://x.com/home' }), { win: window, spec: X_HEALTH, record, changed, guarded: () => false });
    monitor.seen(findComposers(doc)[0]!);
    expect(monitor.current().state).toBe('degraded');
    expect(changed).toHaveBeenCalledTimes(1);
    expect(record).not.toHaveBeenCalled();
  });

  it('reads the same composer at most once per HEALTH_MIN_MS', () => {
    const { monitor, adapter, composer, tick } = monitorOn('home-fr');
    const spy = vi.spyOn(adapter, 'readIdentity');
    monitor.seen(composer);
    monitor.seen(composer);
    monitor.seen(composer);
    expect(spy).toHaveBeenCalledTimes(1);
    tick(HEALTH_MIN_MS);
    monitor.seen(composer);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('a trusted click on a publish-labelled control that no finder classified: degraded', () => {
    const { monitor, record, doc } = monitorOn('home-fr');
    const moved = doc.createElement('button');
    moved.textContent = 'Poster';
    doc.querySelector('main')!.prepend(moved);
    const click = (target: Element, isTrusted = true) => ({ type: 'click', isTrusted, composedPath: () => [target] }) as unknown as Event;
    // A page script's click() is not the user's: never a sign of anything.
    monitor.unclassified(click(moved, false), [moved]);
    expect(monitor.current()).toEqual(HEALTH_OK);
    // A like is not a publish.
    const like = doc.querySelector('[data-testid="like"]') ?? doc.querySelector('[data-testid="reply"]')!;
    monitor.unclassified(click(like), [like]);
    expect(monitor.current()).toEqual(HEALTH_OK);
    // A key on the moved button is not a click.
    monitor.unclassified({ ...click(moved), type: 'keydown' } as Event, [moved]);
    expect(monitor.current()).toEqual(HEALTH_OK);
    monitor.unclassified(click(moved), [moved]);
    expect(monitor.current()).toEqual({ state: 'degraded', causes: ['unrecognized-publish'], missing: ['publishControl'] });
    expect(record.mock.calls.map(([e]) => [e.outcome, e.account, e.words])).toEqual([['degraded', '@marie_dupont', ['publishControl']]]);
  });

  it('answers "Check this page" with counts and names, and "Report a broken page" with a skeleton', () => {
    const { monitor } = monitorOn('home-fr');
    const check = monitor.check();
    expect(check.platform).toBe('x');
    expect(check.hooks.find((h) => h.name === 'accountSwitcher')).toEqual({ name: 'accountSwitcher', count: 1, min: 0, max: 1, required: false });
    expect(check.signals).toEqual([
      { name: 'accountSwitcher', found: true },
      { name: 'profileLink', found: true },
      { name: 'mobileDash', found: false },
      { name: 'stateScript', found: true },
      { name: 'twid', found: true },
    ]);
    expect(JSON.stringify(check)).not.toMatch(/marie|dupont|1600000000000000002/i);
    const skeleton = monitor.skeleton();
    expect(skeleton).toMatchObject({ platform: 'x', truncated: false });
    expect(skeleton.html).toContain('data-testid="SideNav_AccountSwitcher_Button"');
    expect(skeleton.html).not.toMatch(/marie|dupont/i);
  });
});

const settings: Settings = {
  schemaVersion: 1,
  accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [], color: '#123456' }],
  wordLists: [],
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'en',
  journalKeepText: false,
  journalCap: 100,
  pauseSparesProtected: true,
};
const marie = { platform: 'x' as const, handle: 'marie_dupont', source: 'account-switcher' };
const degraded: PageHealth = { state: 'degraded', causes: ['missing-hooks'], missing: ['stateScript'] };

describe('degraded, downstream', () => {
  it('the status says degraded only while the guard is on', () => {
    expect(guardStatus(settings, 'x', { identity: marie }, null, 0, { health: degraded })).toMatchObject({ degraded: true, health: degraded, who: 'account' });
    expect(guardStatus(settings, 'x', { identity: marie }, null, 0)).toMatchObject({ degraded: false, health: HEALTH_OK });
    expect(guardStatus({ ...settings, guardEnabled: false }, 'x', { identity: marie }, null, 0, { health: degraded }).degraded).toBe(false);
    expect(guardStatus({ ...settings, accounts: [] }, 'x', { identity: marie }, null, 0, { health: degraded }).degraded).toBe(false);
  });

  it('the badge: a violet ⚠ whose title names what is missing, before the account; off and paused still win', () => {
    const report = { platform: 'x' as const, identity: marie, health: degraded };
    expect(badgeFor(report, settings, {}, 0)).toEqual({ text: DEGRADED_BADGE, color: BADGE_COLORS.degraded, title: 'Right Account: detection is degraded on this page (missing: stateScript). Protection is weaker here.' });
    expect(badgeFor(report, { ...settings, language: 'fr' }, {}, 0).title).toContain('la détection est dégradée');
    expect(badgeFor({ platform: 'x', identity: marie }, settings, {}, 0).text).toBe('MD');
    expect(badgeFor(report, settings, { x: 10_000 }, 0).text).toBe('‖');
    expect(badgeFor(report, { ...settings, guardEnabled: false }, {}, 0).text).toBe(BADGE_OFF_TEXT);
    expect(new Set(Object.values(BADGE_COLORS)).size).toBe(Object.keys(BADGE_COLORS).length); // off is near-black, distinct from the pause's grey
  });

  it('the ribbon carries a degraded mark on whatever tone it has', () => {
    expect(ribbonView(guardStatus(settings, 'x', { identity: marie }, null, 0, { health: degraded }))).toMatchObject({ tone: 'personal', degraded: true });
    expect(ribbonView(guardStatus(settings, 'x', { identity: null }, null, 0, { health: degraded }))).toMatchObject({ tone: 'unknown', degraded: true });
    expect(ribbonView(guardStatus(settings, 'x', { identity: marie }, null, 0))).not.toHaveProperty('degraded');
  });
});

describe('messages that carry the health', () => {
  it('a page health is rebuilt from known causes and signal names only', () => {
    expect(parsePageHealth({ state: 'degraded', causes: ['missing-hooks', 'missing-hooks'], missing: ['stateScript'], extra: 1 })).toEqual(degraded);
    expect(parsePageHealth(HEALTH_OK)).toEqual(HEALTH_OK);
    for (const bad of [
      { state: 'bad', causes: [], missing: [] },
      { state: 'degraded', causes: [], missing: [] },
      { state: 'ok', causes: ['missing-hooks'], missing: [] },
      { state: 'degraded', causes: ['maybe'], missing: [] },
      { state: 'degraded', causes: ['missing-hooks'], missing: ['Marie Dupont'] },
      { state: 'degraded', causes: ['missing-hooks'], missing: ['https://x.com/marie'] },
      { state: 'degraded', causes: ['missing-hooks'], missing: Array.from({ length: 41 }, (_, i) => `h${i}`) },
    ])
      expect(parsePageHealth(bad), JSON.stringify(bad)).toBeNull();
  });

  it('a tab report keeps a degraded health, drops an ok one, refuses a malformed one', () => {
    const report = { platform: 'x', identity: null, problem: 'no-identity-signal' };
    expect(parseBackgroundRequest({ type: 'tab/report', report: { ...report, health: degraded } })).toEqual({ type: 'tab/report', report: { ...report, health: degraded } });
    expect(parseBackgroundRequest({ type: 'tab/report', report: { ...report, health: HEALTH_OK } })).toEqual({ type: 'tab/report', report });
    expect(parseBackgroundRequest({ type: 'tab/report', report: { ...report, health: { state: 'degraded' } } })).toBeNull();
  });

  it('a degraded journal entry decided nothing, matched nothing, kept no text, and its words are signal names', () => {
    const entry: JournalEntryInput = { platform: 'x', account: null, accountId: null, surface: 'post', decision: 'allow', outcome: 'degraded', reasons: [], words: ['stateScript', 'ds_user_id', 'publishControl'] };
    expect(parseBackgroundRequest({ type: 'journal/record', entry })).toEqual({ type: 'journal/record', entry });
    for (const bad of [{ decision: 'confirm' }, { reasons: ['protected-account'] }, { text: 'Bonjour' }, { words: ['pain au levain'] }])
      expect(parseBackgroundRequest({ type: 'journal/record', entry: { ...entry, ...bad } }), JSON.stringify(bad)).toBeNull();
  });

  it('the tab answers tab/check and tab/skeleton to its own extension', () => {
    expect(parseContentRequest({ type: 'tab/check' })).toEqual({ type: 'tab/check' });
    expect(parseContentRequest({ type: 'tab/skeleton', extra: 1 })).toEqual({ type: 'tab/skeleton' });
  });
});
