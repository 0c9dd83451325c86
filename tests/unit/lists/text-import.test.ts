import { describe, expect, it } from 'vitest';
import {
  cleanWords,
  detectDelimiter,
  fileNameForList,
  listNameFromFile,
  parseCsv,
  parseListFile,
  wordsFromText,
  wordsToText,
} from '../../../utils/lists/text-import';

describe('parseListFile, text', () => {
  it('one word or phrase per line, trimmed, empties skipped', () => {
    expect(parseListFile('merde\n\n  mon boss  \n\t\n#JO2024\n', 'a.txt')).toEqual({ ok: true, words: ['merde', 'mon boss', '#JO2024'] });
  });

  it('drops a BOM and reads CRLF and CR line ends', () => {
    expect(parseListFile('\uFEFFun\r\ndeux\rtrois\r\n', 'a.txt')).toEqual({ ok: true, words: ['un', 'deux', 'trois'] });
  });

  it.each(['word', 'Mot', 'WORDS', 'mots'])('skips a header line %j, only as the first entry', (header) => {
    expect(parseListFile(`\n${header}\nun\nword\n`, 'a.txt')).toEqual({ ok: true, words: ['un', 'word'] });
  });

  it('drops duplicates as the matcher sees them (case, accents), keeping the first', () => {
    expect(parseListFile('Être\netre\nÊTRE\nmerde\nMerde', 'a.txt')).toEqual({ ok: true, words: ['Être', 'merde'] });
  });

  it('drops duplicates that differ only by invisible characters, and entries of nothing but them', () => {
    expect(parseListFile('le\u200Bvain\nlevain\nLE\u00ADVAIN\n\u200B\n\u2060\uFEFF\n🖕\n', 'a.txt')).toEqual({ ok: true, words: ['le\u200Bvain', '🖕'] });
    expect(parseListFile('\u200B\n\u00AD\n', 'a.txt')).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('keeps quotes and commas of a .txt as they are', () => {
    expect(parseListFile('"a, b"\nc,d', 'list.TXT')).toEqual({ ok: true, words: ['"a, b"', 'c,d'] });
  });

  it('refuses more than 10,000 words, counted after duplicates are dropped', () => {
    const words = Array.from({ length: 10_001 }, (_, i) => `w${i}`);
    expect(parseListFile(words.join('\n'), 'a.txt')).toEqual({ ok: false, error: { code: 'too-many-words', count: 10_001, max: 10_000 } });
    expect(parseListFile([...words.slice(0, 10_000), 'W0'].join('\n'), 'a.txt')).toMatchObject({ ok: true });
  });

  it('refuses more than 1 MiB of UTF-8 before reading anything', () => {
    const text = 'é'.repeat(512 * 1024 + 1); // 2 bytes each
    expect(parseListFile(text, 'a.txt')).toEqual({ ok: false, error: { code: 'too-large', bytes: 1024 * 1024 + 2, max: 1024 * 1024 } });
  });

  it('refuses an entry longer than 200 characters, with its line', () => {
    expect(parseListFile(`un\n\n${'x'.repeat(201)}`, 'a.txt')).toEqual({ ok: false, error: { code: 'word-too-long', line: 3, max: 200 } });
  });

  it.each(['', '\uFEFF', '\n \r\n', 'word\n'])('refuses a file with no word: %j', (text) => {
    expect(parseListFile(text, 'a.txt')).toEqual({ ok: false, error: { code: 'empty' } });
  });
});

describe('parseListFile, CSV', () => {
  it('takes the first column, skips the header', () => {
    expect(parseListFile('word,comment\nmerde,vulgar\nmon boss,personal\n', 'list.csv')).toEqual({ ok: true, words: ['merde', 'mon boss'] });
  });

  it('reads quoted fields: commas, doubled quotes, line breaks inside', () => {
    const csv = 'mot;note\r\n"pain, beurre";x\r\n"dit ""non""";y\r\n"deux\nlignes";z\r\n';
    expect(parseListFile(csv, 'a.csv')).toEqual({ ok: true, words: ['pain, beurre', 'dit "non"', 'deux\nlignes'] });
  });

  it('uses the semicolon French spreadsheets write, and a BOM', () => {
    expect(parseListFile('\uFEFFMot;Catégorie\nmerde;grossier\n', 'a.csv')).toEqual({ ok: true, words: ['merde'] });
  });

  it('skips rows whose first column is empty and drops duplicates', () => {
    expect(parseListFile('a,1\n,2\n  ,3\nA,4\nb', 'a.csv')).toEqual({ ok: true, words: ['a', 'b'] });
  });
});

describe('parseCsv and detectDelimiter', () => {
  it('splits rows and fields', () => {
    expect(parseCsv('a,b\n"c,d",e', ',')).toEqual([['a', 'b'], ['c,d', 'e']]);
    expect(parseCsv('a\r\n\r\nb', ',')).toEqual([['a'], [''], ['b']]);
  });

  it.each([
    ['a,b;c', ','],
    ['a;b;c,d', ';'],
    ['a\tb', '\t'],
    ['"x;y;z",w', ','],
    ['plain', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('words in the editor and in a .txt export', () => {
  it('wordsFromText is the textarea: one per line, cleaned', () => {
    expect(wordsFromText(' a \r\n\nb\nA\n')).toEqual(['a', 'b']);
    expect(cleanWords(['x', ' x ', 'y'])).toEqual(['x', 'y']);
  });

  it('wordsToText writes one per line and reads back the same', () => {
    expect(wordsToText(['merde', 'mon boss'])).toBe('merde\nmon boss\n');
    expect(wordsToText([])).toBe('');
    expect(parseListFile(wordsToText(['merde', 'mon boss']), 'x.txt')).toEqual({ ok: true, words: ['merde', 'mon boss'] });
  });

  it('names: file → list, list → file', () => {
    expect(listNameFromFile('C:\\Users\\me\\Concurrents.csv')).toBe('Concurrents');
    expect(listNameFromFile('mots.TXT')).toBe('mots');
    expect(fileNameForList('Grossièretés')).toBe('Grossièretés.txt');
    expect(fileNameForList('a/b: c?')).toBe('a-b- c.txt');
    expect(fileNameForList('...')).toBe('word-list.txt');
  });
});
