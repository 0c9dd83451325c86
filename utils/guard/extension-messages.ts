/** The extension's questions to this tab (the popup's, the background's), for the guard and the page's extras. */
import { browser } from 'wxt/browser';
import { parseContentRequest, type ContentRequest } from '../messaging/protocol';
import type { Lifecycle } from './lifecycle';

/**
 * Answers each request with `answer` (undefined: not this script's to answer; another content script of the page
 * may). Only our own extension is heard (runtime messages never come from web pages), and only while this copy speaks
 * for it. Answered synchronously through sendResponse, which Chrome and Firefox both take as they are: the content
 * scripts use the browsers' own API, with no polyfill (wxt.config.ts), and Chrome does not take a returned promise
 * everywhere. Removed when this copy steps aside.
 */
export function listenToExtension(answer: (request: ContentRequest) => object | undefined, lifecycle: Pick<Lifecycle, 'onStop' | 'alive'>): void {
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
    if (!lifecycle.alive() || sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    const response = request ? answer(request) : undefined;
    if (response !== undefined) sendResponse(response);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifecycle.onStop(() => browser.runtime.onMessage.removeListener(onMessage));
}
