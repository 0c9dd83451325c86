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
  // Topics a brand should think twice about before taking a side or "newsjacking": politics, war, religion,
  // tragedies, divisive issues. Asking, never blocking: a bakery may well mention an election on purpose.
  {
    id: 'default-sensitive-fr',
    name: 'Sujets politiques et sensibles',
    words: [
      'élection*', 'présidentielle*', 'législatives', 'municipales', 'référendum', 'macron*', 'le pen', 'mélenchon',
      'bardella', 'zemmour', 'rassemblement national', 'france insoumise', 'extrême droite', 'extrême gauche',
      'gouvernement', 'ministre*', 'réforme des retraites', 'grève*', 'manif', 'gilets jaunes', 'violences policières',
      'guerre', 'ukraine', 'russie', 'poutine', 'gaza', 'israël', 'palestin*', 'hamas', 'génocide*', 'otan',
      'attentat*', 'terroris*', 'fusillade*', 'otage*', 'religion*', 'religieu*', 'islam*', 'laïcité', 'voile islamique',
      'antisémit*', 'immigr*', 'migrant*', 'sans papiers', 'réfugié*', 'racis*', 'homophob*', 'transphob*',
      'avortement', 'ivg', 'euthanasie', 'fin de vie', 'peine de mort', 'féminicide*', 'pédophil*', 'viol', 'suicide*',
      'covid*', 'vaccin*', 'pandémie', 'complot*', 'séisme', 'tsunami', 'catastrophe', 'victimes', 'deuil',
      'minute de silence', 'nazi*', 'hitler', 'shoah', 'esclavage', 'colonisation',
    ],
    appliesTo: ['brand'],
    action: 'confirm',
    enabled: true,
    includeAccounts: [],
    excludeAccounts: [],
  },
  {
    id: 'default-sensitive-en',
    name: 'Political and sensitive topics (English)',
    words: [
      'election*', 'ballot*', 'trump', 'biden', 'kamala', 'maga', 'democrat*', 'republican*', 'gop', 'far right',
      'far left', 'brexit', 'impeach*', 'government shutdown', 'war', 'ukraine', 'russia', 'putin', 'gaza', 'israel*',
      'palestin*', 'hamas', 'genocide*', 'nato', 'terroris*', 'mass shooting', 'school shooting', 'gun control', 'nra',
      'hostage*', 'religion*', 'religious', 'islam*', 'christianity', 'judaism', 'antisemit*', 'immigra*', 'illegal alien*',
      'deport*', 'refugee*', 'racis*', 'white supremac*', 'homophob*', 'transphob*', 'abortion*', 'pro life',
      'pro choice', 'roe v wade', 'euthanasia', 'death penalty', 'police brutality', 'rape', 'suicide*', 'overdose*',
      'covid*', 'vaccine*', 'anti vax*', 'pandemic', 'conspiracy', 'earthquake', 'hurricane', 'wildfire*', 'death toll',
      'tragedy', 'victims', 'thoughts and prayers', 'rest in peace', 'nazi*', 'hitler', 'holocaust', 'slavery', 'woke',
      'cancel culture',
    ],
    appliesTo: ['brand'],
    action: 'confirm',
    enabled: true,
    includeAccounts: [],
    excludeAccounts: [],
  },
  // Hashtags of live events and causes: some are trademarks (the Olympics forbid their use in advertising by non
  // sponsors), others are tragedies or movements a brand must not seem to exploit.
  {
    id: 'default-live-hashtags-fr',
    name: "Hashtags d'actualité",
    words: [
      '#JO2024', '#Paris2024', '#JOP2024', '#JeuxOlympiques', '#Paralympiques', '#Présidentielle*', '#Législatives*',
      '#Municipales*', '#Européennes*', '#Élection*', '#RéformeDesRetraites', '#Grève*', '#GiletsJaunes',
      '#ManifRetraites', '#CoupeDuMonde*', '#RolandGarros*', '#TourDeFrance*', '#Euro20*', '#Césars*', '#FêteDeLaMusique',
      '#14Juillet', '#JeSuisCharlie', '#NousSommesUnis', '#BalanceTonPorc', '#MeTooInceste', '#Bataclan',
      '#Attentat*', '#Hommage*',
    ],
    appliesTo: ['brand'],
    action: 'confirm',
    enabled: true,
    includeAccounts: [],
    excludeAccounts: [],
  },
  {
    id: 'default-live-hashtags-en',
    name: 'Live-event hashtags (English)',
    words: [
      '#Olympics*', '#Paralympics*', '#LA28', '#WorldCup*', '#FIFAWorldCup*', '#SuperBowl*', '#Eurovision*', '#Oscars*',
      '#MetGala', '#Wimbledon*', '#MarchMadness', '#Election20*', '#ElectionDay', '#ElectionNight', '#IVoted',
      '#Brexit', '#BlackFriday', '#CyberMonday', '#PrimeDay', '#BlackLivesMatter', '#BLM', '#MeToo', '#PrayFor*',
      '#StandWith*', '#NeverForget', '#RIP', '#Breaking', '#BreakingNews',
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
