/**
 * What a fresh install starts with: no accounts, the shipped French and English word lists (editable), asking
 * when the account cannot be identified. The lists apply to brand accounts only: a personal account may swear.
 */
import type { Settings, WordList } from '../types';
import { CURRENT_SCHEMA_VERSION } from './schema';

/** Frozen, lists and word arrays included: callers copy them (defaultSettings, the import without wordLists). */
export const DEFAULT_WORD_LISTS: readonly WordList[] = deepFreeze([
  {
    id: 'default-profanity-fr',
    name: 'Grossièretés',
    words: [
      'merde', 'putain', 'bordel', 'connard*', 'connasse*', 'enculé*', 'salop*', 'salaud*', 'fdp', 'ntm', 'nique*',
      'pute*', 'ta gueule', 'ferme ta gueule', 'chier', 'fait chier', 'bite', 'couille*', 'batard*', 'bâtard*',
      'abruti*', 'débile*', 'pd', 'tg', 'ptn',
    ],
    appliesTo: ['brand'],
    action: 'confirm',
    enabled: true,
    includeAccounts: [],
    excludeAccounts: [],
  },
  {
    id: 'default-profanity-en',
    name: 'Profanity (English)',
    words: [
      'fuck*', 'shit*', 'bullshit', 'asshole*', 'ass', 'bitch*', 'dick*', 'crap', 'damn', 'wtf', 'stfu', 'motherfuck*',
      'bastard*', 'piss*', 'cunt*', 'douche*', 'jackass',
    ],
    appliesTo: ['brand'],
    action: 'confirm',
    enabled: true,
    includeAccounts: [],
    excludeAccounts: [],
  },
  {
    id: 'default-personal-fr',
    name: 'Ton personnel',
    words: [
      'mon boss', 'mon chef', 'ma cheffe', 'mon mari', 'ma femme', 'ma meuf', 'mon mec', 'ma copine', 'mon copain',
      'lol', 'mdr', 'ptdr', 'jpp', 'wtf', 'bourré*', 'la flemme', 'gueule de bois', 'jsuis', "j'en peux plus",
      'ce soir je', 'en vrai',
    ],
    appliesTo: ['brand'],
    action: 'confirm',
    enabled: true,
    includeAccounts: [],
    excludeAccounts: [],
  },
  {
    id: 'default-personal-en',
    name: 'Personal tone (English)',
    words: [
      'my boss', 'my wife', 'my husband', 'my girlfriend', 'my boyfriend', 'my mom', 'lol', 'lmao', 'omg', 'wtf',
      'hungover', 'drunk', 'wasted', 'ugh', 'smh', 'tbh', 'my job',
    ],
    appliesTo: ['brand'],
    action: 'confirm',
    enabled: true,
    includeAccounts: [],
    excludeAccounts: [],
  },
]);

function deepFreeze(lists: WordList[]): readonly WordList[] {
  for (const list of lists) {
    Object.freeze(list.words);
    Object.freeze(list.appliesTo);
    Object.freeze(list.includeAccounts);
    Object.freeze(list.excludeAccounts);
    Object.freeze(list);
  }
  return Object.freeze(lists);
}

/** Fresh, mutable copies of the shipped lists. */
export function defaultWordLists(): WordList[] {
  return DEFAULT_WORD_LISTS.map((l) => ({
    ...l,
    words: [...l.words],
    appliesTo: [...l.appliesTo],
    includeAccounts: [...l.includeAccounts],
    excludeAccounts: [...l.excludeAccounts],
  }));
}

/** A fresh copy of the defaults (callers may keep and change it). */
export function defaultSettings(): Settings {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    accounts: [],
    wordLists: defaultWordLists(),
    unknownIdentity: 'confirm',
    guardEnabled: true,
    language: 'auto',
    journalKeepText: false,
    journalCap: 2000,
    pauseSparesProtected: true,
  };
}
