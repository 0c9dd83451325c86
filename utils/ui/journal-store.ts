/** State of the journal page: the entries and settings, asked from the background (the only writer). */
import { create } from 'zustand';
import type { Settings } from '../types';
import type { JournalHealth, JournalItem } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { effectiveSettings } from '../settings/policy';

interface JournalState {
  /** The settings in force: the user's merged with the team policy (which may say the journal never keeps texts). */
  settings: Settings | null;
  /** null until loaded. As the background keeps them: oldest first. */
  entries: JournalItem[] | null;
  cleared: boolean;
  /** Whether the journal stopped recording (null: it records). */
  health: JournalHealth | null;
  /** Why the last clear failed, or null. */
  clearError: string | null;
  load(): Promise<void>;
  clear(): Promise<void>;
}

export const useJournalStore = create<JournalState>((set, get) => ({
  settings: null,
  entries: null,
  cleared: false,
  health: null,
  clearError: null,
  async load() {
    const [user, entries, storage, policy] = await Promise.all([
      askBackground({ type: 'settings/get' }),
      askBackground({ type: 'journal/list' }),
      askBackground({ type: 'storage/status' }).catch(() => null),
      askBackground({ type: 'policy/get' }).catch(() => null),
    ]);
    set({ settings: user ? effectiveSettings(user, policy?.policy ?? null) : user, entries, health: storage?.journal ?? null });
  },
  async clear() {
    const result = await askBackground({ type: 'journal/clear' }).catch(() => undefined);
    await get().load();
    if (result?.ok) set({ cleared: true, clearError: null });
    else set({ cleared: false, clearError: result ? result.error : 'no-answer' });
  },
}));
