/** State of the journal page: the entries and settings, asked from the background (the only writer). */
import { create } from 'zustand';
import type { Settings } from '../types';
import type { JournalEntry } from '../messaging/protocol';
import { askBackground } from '../messaging/client';

interface JournalState {
  settings: Settings | null;
  /** null until loaded. As the background keeps them: oldest first. */
  entries: JournalEntry[] | null;
  cleared: boolean;
  load(): Promise<void>;
  clear(): Promise<void>;
}

export const useJournalStore = create<JournalState>((set, get) => ({
  settings: null,
  entries: null,
  cleared: false,
  async load() {
    const [settings, entries] = await Promise.all([askBackground({ type: 'settings/get' }), askBackground({ type: 'journal/list' })]);
    set({ settings, entries });
  },
  async clear() {
    await askBackground({ type: 'journal/clear' });
    await get().load();
    set({ cleared: true });
  },
}));
