/** The journal page's store: with a team policy that says "never", the page says texts are not kept. */
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../utils/settings/defaults';
import { readPolicy } from '../../../utils/settings/policy';

const background = vi.fn();
vi.mock('../../../utils/messaging/client', () => ({ askBackground: (request: unknown) => background(request) }));
const { useJournalStore } = await import('../../../utils/ui/journal-store');

describe('the journal store with a team policy', () => {
  it('uses the merged settings', async () => {
    let policy: unknown = { journalText: 'never' };
    background.mockImplementation(async (request: { type: string }) =>
      request.type === 'settings/get' ? { ...defaultSettings(), journalKeepText: true } : request.type === 'policy/get' ? readPolicy(policy) : request.type === 'journal/list' ? [] : null,
    );
    await useJournalStore.getState().load();
    expect(useJournalStore.getState().settings!.journalKeepText).toBe(false);
    policy = null;
    await useJournalStore.getState().load();
    expect(useJournalStore.getState().settings!.journalKeepText).toBe(true);
  });
});
