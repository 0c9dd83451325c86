/** The options page's import: the file's size is checked before it is read, and every path ends in ok or error. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../utils/settings/defaults';

const background = vi.fn();
vi.mock('../../../utils/messaging/client', () => ({ askBackground: (request: unknown) => background(request), askTab: vi.fn() }));
const { useOptionsStore } = await import('../../../utils/ui/options-store');

const answers = (importAnswer: () => unknown) =>
  background.mockImplementation(async (request: { type: string }) => {
    switch (request.type) {
      case 'settings/import':
        return importAnswer();
      case 'settings/get':
        return defaultSettings();
      case 'storage/status':
        return { settings: { state: 'ok', failClosed: false, setAsidePlatforms: [], setAside: 0, since: 1 }, journal: null };
      default:
        return [];
    }
  });

/** A File whose reading the test controls. */
const file = (size: number, text: () => Promise<string> = async () => '{}') => ({ size, text: vi.fn(text) }) as unknown as File & { text: ReturnType<typeof vi.fn> };

beforeEach(() => {
  background.mockReset();
  useOptionsStore.setState({ importStatus: null });
});

describe('importing a settings file', () => {
  it('refuses a file over 1 MiB without reading it', async () => {
    answers(() => ({ ok: true, accounts: 0, wordLists: 0 }));
    const big = file(5 * 1024 * 1024);
    await useOptionsStore.getState().importFile(big);
    expect(big.text).not.toHaveBeenCalled();
    expect(background).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'settings/import' }));
    expect(useOptionsStore.getState().importStatus).toEqual({ kind: 'error', errors: [{ code: 'too-large', path: '', params: { bytes: 5 * 1024 * 1024, max: 1024 * 1024 } }] });
  });

  it('says so when the file cannot be read', async () => {
    answers(() => ({ ok: true, accounts: 0, wordLists: 0 }));
    await useOptionsStore.getState().importFile(file(10, () => Promise.reject(new Error('NotReadableError'))));
    expect(useOptionsStore.getState().importStatus).toEqual({ kind: 'unreadable' });
  });

  it('shows a write that failed like any refusal', async () => {
    answers(() => ({ ok: false, errors: [{ code: 'storage-full', path: '' }] }));
    await useOptionsStore.getState().importFile(file(10));
    expect(useOptionsStore.getState().importStatus).toEqual({ kind: 'error', errors: [{ code: 'storage-full', path: '' }] });
  });

  it('says the background did not answer, instead of saying nothing', async () => {
    answers(() => Promise.reject(new Error('Could not establish connection')));
    await useOptionsStore.getState().importFile(file(10));
    expect(useOptionsStore.getState().importStatus).toEqual({ kind: 'error', errors: [{ code: 'no-answer', path: '' }] });
    answers(() => undefined);
    await useOptionsStore.getState().importFile(file(10));
    expect(useOptionsStore.getState().importStatus).toEqual({ kind: 'error', errors: [{ code: 'no-answer', path: '' }] });
  });

  it('ends in ok with the counts', async () => {
    answers(() => ({ ok: true, accounts: 2, wordLists: 1 }));
    await useOptionsStore.getState().importFile(file(10));
    expect(useOptionsStore.getState().importStatus).toEqual({ kind: 'ok', accounts: 2, wordLists: 1 });
  });
});

describe('readExceptionPrefill', () => {
  it('reads the account and the words from the banner, and nothing that does not look right', async () => {
    const { readExceptionPrefill } = await import('../../../utils/ui/options-store');
    const q = (accountId: string, words: unknown) => `?except=${encodeURIComponent(accountId)}&words=${encodeURIComponent(JSON.stringify(words))}`;
    expect(readExceptionPrefill(q('x:b', ['merde', ' putain ']))).toEqual({ accountId: 'x:b', words: ['merde', 'putain'] });
    expect(readExceptionPrefill('?except=x:b&words=not-json')).toBeNull();
    expect(readExceptionPrefill(q('x:b', []))).toBeNull();
    expect(readExceptionPrefill(q('x:b', ['ok', 42]))).toBeNull();
    expect(readExceptionPrefill(q('x:b', ['a\u0000b']))).toBeNull();
    expect(readExceptionPrefill(q('x:b', Array.from({ length: 21 }, (_, i) => `w${i}`)))).toBeNull();
    expect(readExceptionPrefill('?add=1&platform=x')).toBeNull();
  });
});

describe("the sensitive period and the page's load", () => {
  it('a period the background did not set is said with its reason; a later one that succeeds clears it', async () => {
    background.mockImplementation(async (request: { type: string; until?: number | null }) =>
      request.type === 'sensitive/set' ? (request.until === null ? { ok: true, period: null } : { ok: false, error: 'storage-full' }) : [],
    );
    await useOptionsStore.getState().setSensitive(Date.now() + 3600_000, 'Embargo');
    expect(useOptionsStore.getState().sensitiveError).toBe('storage-full');
    await useOptionsStore.getState().setSensitive(null, '');
    expect(useOptionsStore.getState().sensitiveError).toBeNull();
    background.mockRejectedValue(new Error('gone'));
    await useOptionsStore.getState().setSensitive(Date.now() + 3600_000, '');
    expect(useOptionsStore.getState().sensitiveError).toBe('no-answer');
  });

  it('the settings still show when the storage status or the items set aside cannot be asked for', async () => {
    useOptionsStore.setState({ settings: null });
    background.mockImplementation(async (request: { type: string }) => {
      if (request.type === 'settings/get') return defaultSettings();
      if (request.type === 'storage/status' || request.type === 'settings/dropped-list') throw new Error('unknown message');
      return [];
    });
    await useOptionsStore.getState().load();
    expect(useOptionsStore.getState().settings).toEqual(defaultSettings());
    expect(useOptionsStore.getState().dropped).toEqual([]);
  });
});
