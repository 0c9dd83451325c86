/** The content scripts' translator: the browser's i18n by default, the chosen language's catalogue once it arrives. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { contentTranslator } from '../../../utils/i18n-content';
import type { LanguagePreference } from '../../../utils/types';
import fr from '../../../public/_locales/fr/messages.json';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  Object.assign(browser.i18n, {
    getUILanguage: () => 'en-GB',
    getMessage: (key: string) => `native:${key}`,
  });
});

describe('contentTranslator', () => {
  it('uses the browser i18n for "auto" and for the browser language, asking nothing', () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    let lang: LanguagePreference = 'auto';
    const t = contentTranslator(() => lang);
    expect(t('bannerCancel')).toBe('native:bannerCancel');
    lang = 'en';
    expect(t('bannerCancel')).toBe('native:bannerCancel');
    expect(send).not.toHaveBeenCalled();
  });

  it('asks the background once for another language, and uses it when it arrives', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(fr as never);
    const t = contentTranslator(() => 'fr');
    expect(t('bannerCancel')).toBe('native:bannerCancel');
    expect(t('bannerCancel')).toBe('native:bannerCancel');
    await vi.waitFor(() => expect(t('bannerCancel')).toBe(fr.bannerCancel.message));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'i18n/catalog', language: 'fr' });
  });

  it('asks again later if the background did not answer', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('asleep')).mockResolvedValue(fr as never);
    const t = contentTranslator(() => 'fr');
    t('bannerCancel');
    await new Promise((r) => setTimeout(r, 0));
    expect(send).toHaveBeenCalledTimes(1);
    t('bannerCancel');
    await new Promise((r) => setTimeout(r, 0));
    expect(t('bannerCancel')).toBe(fr.bannerCancel.message);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
