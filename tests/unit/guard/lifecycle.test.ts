/** One guard per tab, and a clean handover when the extension is updated: the old copy steps aside, or says it cannot guard. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIVE_MARK, startLifecycle, type Lifecycle } from '../../../utils/guard/lifecycle';
import { NOTICE_HOST, noticeWords, showUnprotectedNotice } from '../../../utils/guard/notice';

const started: Lifecycle[] = [];
const start = (connected = () => true, notify = vi.fn()) => {
  const lifecycle = startLifecycle({ win: window, connected, notify });
  started.push(lifecycle);
  return { lifecycle, notify };
};
afterEach(() => {
  started.splice(0).forEach((l) => l.stop());
  document.body.innerHTML = '';
});

describe('lifecycle', () => {
  it('a fresh copy makes the one before it step aside: every undo step runs, once', () => {
    const old = start();
    const undo = vi.fn();
    old.lifecycle.onStop(undo);
    expect(old.lifecycle.alive()).toBe(true);
    const fresh = start();
    expect(undo).toHaveBeenCalledTimes(1);
    expect(old.lifecycle.alive()).toBe(false);
    expect(fresh.lifecycle.alive()).toBe(true);
    old.lifecycle.stop();
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('a copy cut off from the extension is not alive, and one undo step that throws does not keep the others', () => {
    let connected = true;
    const { lifecycle } = start(() => connected);
    const steps: string[] = [];
    lifecycle.onStop(() => steps.push('a'));
    lifecycle.onStop(() => {
      throw new Error('gone');
    });
    lifecycle.onStop(() => steps.push('c'));
    connected = false;
    expect(lifecycle.alive()).toBe(false);
    lifecycle.cutOff(false);
    expect(steps).toEqual(['c', 'a']);
    // A getter that throws (Chrome, once cut off) counts as cut off.
    expect(start(() => { throw new Error('Extension context invalidated'); }).lifecycle.alive()).toBe(false);
  });

  it('cut off on a publish with nobody to take over: says so once; never for a gesture that is not a publish', () => {
    const { lifecycle, notify } = start(() => false);
    lifecycle.cutOff(false);
    expect(notify).not.toHaveBeenCalled();
    lifecycle.cutOff(true);
    lifecycle.cutOff(true);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('cut off while a fresh copy marked the document (a browser that gives each copy its own world): silent', () => {
    const { lifecycle, notify } = start(() => false);
    document.documentElement.setAttribute(LIVE_MARK, 'a-newer-copy');
    lifecycle.cutOff(true);
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('the unprotected notice', () => {
  it('is in the browser language, French or English, names no account, and can be closed', () => {
    expect(noticeWords('fr-FR').title).toBe('Right Account ne protège plus cet onglet');
    expect(noticeWords('en-US').title).toBe('Right Account is no longer protecting this tab');
    showUnprotectedNotice(document);
    const host = document.querySelector(NOTICE_HOST)!;
    expect(host).not.toBeNull();
    // A closed root: the page cannot read it (nor could it learn anything from it).
    expect(host.shadowRoot).toBeNull();
  });

  it('says what became of the post: sent unchecked, or not sent and the draft kept', () => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const shown = (why: Parameters<typeof showUnprotectedNotice>[1]) => {
      showUnprotectedNotice(document, why);
      return roots.at(-1)!.textContent ?? '';
    };
    Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
    expect(shown('cut-off')).toContain('went through unchecked');
    expect(shown('not-started')).toMatch(/could not start.*was not sent/);
    expect(shown('interrupted')).toMatch(/updated or restarted.*was not sent and your draft is still there/);
    expect(shown('interrupted-unprotected')).toMatch(/no longer protecting.*was not sent.*without a check.*reload the page/);
    Object.defineProperty(navigator, 'language', { value: 'fr-FR', configurable: true });
    expect(shown('interrupted')).toMatch(/mise à jour ou redémarrée.*n’est pas partie/);
    delete (navigator as unknown as Record<string, unknown>).language;
    spy.mockRestore();
  });
});
