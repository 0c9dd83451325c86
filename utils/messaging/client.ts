/** Typed senders for the protocol in ./protocol.ts. */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, ContentRequest, ContentResponses } from './protocol';

/** A copy of a content script cut off from the extension may throw at once (Chrome's own API): that is a rejection too. */
export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]> {
  try {
    return browser.runtime.sendMessage(request) as Promise<BackgroundResponses[R['type']]>;
  } catch (error) {
    return Promise.reject(error);
  }
}

export function askTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponses[R['type']]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ContentResponses[R['type']]>;
}
