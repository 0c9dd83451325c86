/** State of the options page. Every change goes through the background (the only writer of settings). */
import { create } from 'zustand';
import type { Settings } from '../types';
import type { ImportFailure } from '../messaging/protocol';
import { askBackground } from '../messaging/client';

export type ImportStatus =
  | { kind: 'ok'; accounts: number; wordLists: number }
  | { kind: 'error'; errors: ImportFailure[] }
  | { kind: 'unreadable' }
  | null;

interface OptionsState {
  settings: Settings | null;
  importStatus: ImportStatus;
  load(): Promise<void>;
  importFile(file: File): Promise<void>;
  exportFile(): Promise<{ text: string }>;
}

export const useOptionsStore = create<OptionsState>((set, get) => ({
  settings: null,
  importStatus: null,
  async load() {
    set({ settings: await askBackground({ type: 'settings/get' }) });
  },
  async importFile(file) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      set({ importStatus: { kind: 'unreadable' } });
      return;
    }
    const result = await askBackground({ type: 'settings/import', text });
    set({ importStatus: result.ok ? { kind: 'ok', accounts: result.accounts, wordLists: result.wordLists } : { kind: 'error', errors: result.errors } });
    await get().load();
  },
  exportFile: () => askBackground({ type: 'settings/export' }),
}));
