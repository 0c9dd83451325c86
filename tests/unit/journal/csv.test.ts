import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvCell, csvFileName, journalToCsv } from '../../../utils/journal/csv';
import { parseCsv } from '../../../utils/lists/text-import';
import { entry } from './fixtures';

describe('csvCell', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Être déçu', '"Être déçu"'],
  ])('%j → %j (RFC 4180, every cell quoted)', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+33 6 12', `"'+33 6 12"`],
    ['-2+3', `"'-2+3"`],
    ['@marie_dupont', `"'@marie_dupont"`],
    // A leading tab is skipped by some spreadsheets, and it splits a tab-separated reading: both are covered.
    ['\t=1', `"'\t'=1"`],
    ['\rx', `"'\rx"`],
    ['a=1', '"a=1"'],
    ['mon-boss', '"mon-boss"'],
  ])('neutralises a formula at the start: %j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    // Excel in French splits on ";": what follows one would start a cell.
    ['a;=HYPERLINK("http://evil","x")', `"a;'=HYPERLINK(""http://evil"",""x"")"`],
    ['merde; @marie', `"merde; '@marie"`],
    ['pain, -20 %', `"pain, '-20 %"`],
    ['a;"=1"', `"a;""'=1"""`],
    ['a;  +1', `"a;  '+1"`],
    ['a\t=1', `"a\t'=1"`],
    ['ligne 1\n=1+1', `"ligne 1\n'=1+1"`],
    ['a;\uFF1D1', `"a;'\uFF1D1"`],
    ['a;=b;=c', `"a;'=b;'=c"`],
    ["a;'=1", `"a;'=1"`],
    ['a;b=1', '"a;b=1"'],
  ])('neutralises a formula after a separator: %j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('csvCell, however the file is split (property)', () => {
  const FORMULA = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
  /** What a spreadsheet might make a cell start with: the field without the spaces and quotes before it. */
  const startsFormula = (field: string) => FORMULA.test(field.replace(/^[\s"]+/, ''));
  const value = fc
    .array(fc.constantFrom('=', '+', '-', '@', '\uFF1D', ',', ';', '\t', '\r', '\n', '\r\n', ' ', '"', "'", 'a', 'É', '1', '(', ')', 'HYPERLINK'), { maxLength: 16 })
    .map((a) => a.join(''));
  const file = fc.array(fc.array(value, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((rows) => ({
    rows,
    text: rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n',
  }));

  it('reads back each value, with nothing added but apostrophes', () => {
    fc.assert(
      fc.property(file, ({ rows, text }) => {
        const read = parseCsv(text, ',');
        expect(read).toHaveLength(rows.length);
        read.forEach((cells, r) => {
          expect(cells.map((c) => c.replace(/'/g, ''))).toEqual(rows[r]!.map((v) => v.replace(/'/g, '')));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('no cell starts with a formula character, split on "," or ";" or tabs, by a quote-aware reader or a naive one', () => {
    fc.assert(
      fc.property(file, ({ text }) => {
        for (const delimiter of [',', ';', '\t']) {
          // As a spreadsheet that honours quotes reads it (Excel in French opens a .csv this way, with ";")…
          for (const cells of parseCsv(text, delimiter)) for (const cell of cells) expect(startsFormula(cell), `${delimiter} ${JSON.stringify(cell)}`).toBe(false);
          // …and as a reader that ignores quotes and line structure alike.
          for (const line of text.split(/\r\n|\r|\n/)) for (const field of line.split(delimiter)) expect(startsFormula(field), `${delimiter} naive ${JSON.stringify(field)}`).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('journalToCsv', () => {
  it('starts with a BOM and the header, one CRLF-ended row per entry, in the given order, every cell quoted', () => {
    const csv = journalToCsv([
      entry({ time: Date.UTC(2025, 0, 6, 11, 30), account: 'Boulangerie Dupont', decision: 'confirm', outcome: 'cancelled', reasons: ['other-account-words', 'risky-words'], words: ['#BoulangerieDupont', 'pain, levain'], text: 'Déjà "là"' }),
      entry({ time: Date.UTC(2025, 0, 5), account: null, accountId: null, platform: 'facebook', surface: 'comment' }),
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(
      '\uFEFF"time","platform","account","surface","decision","outcome","reasons","words","text"\r\n' +
        '"2025-01-06T11:30:00.000Z","x","Boulangerie Dupont","post","confirm","cancelled","other-account-words; risky-words","#BoulangerieDupont; pain, levain","Déjà ""là"""\r\n' +
        '"2025-01-05T00:00:00.000Z","facebook","","comment","allow","allowed","","",""\r\n',
    );
  });

  it('writes a switch of the guard as its own row: who switched, and until when', () => {
    const csv = journalToCsv([
      { kind: 'guard-switch', time: Date.UTC(2025, 0, 6, 11), guard: 'off', until: Date.UTC(2025, 0, 6, 12), cause: 'user' },
      { kind: 'guard-switch', time: Date.UTC(2025, 0, 6, 12), guard: 'on', until: null, cause: 'ended' },
    ]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      '"2025-01-06T11:00:00.000Z","","","","","guard-off","user; until 2025-01-06T12:00:00.000Z","",""',
      '"2025-01-06T12:00:00.000Z","","","","","guard-on","ended","",""',
    ]);
  });

  it('writes a sensitive period as its own row: begun (until when, its note as text) and over', () => {
    const csv = journalToCsv([
      { kind: 'sensitive-period', time: Date.UTC(2025, 0, 6, 9), period: 'on', until: Date.UTC(2025, 0, 7, 8), note: 'Deuil national', cause: 'user' },
      { kind: 'sensitive-period', time: Date.UTC(2025, 0, 7, 8), period: 'off', until: null, note: '', cause: 'ended' },
    ]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      '"2025-01-06T09:00:00.000Z","","","","","sensitive-on","user; until 2025-01-07T08:00:00.000Z","","Deuil national"',
      '"2025-01-07T08:00:00.000Z","","","","","sensitive-off","ended","",""',
    ]);
  });

  it('an empty journal is the header alone', () => {
    expect(journalToCsv([])).toBe('\uFEFF"time","platform","account","surface","decision","outcome","reasons","words","text"\r\n');
  });

  it('a journal opened in a French spreadsheet (split on ";") starts no cell with a formula', () => {
    const csv = journalToCsv([
      entry({ account: '@marie_dupont', words: ['merde', '=HYPERLINK("http://evil","clic")', '@paul', '-1'], text: 'a;=1+1;+33;@x\n-2' }),
    ]);
    expect(csv).toContain(`"'@marie_dupont"`);
    expect(csv).toContain(`"merde; '=HYPERLINK(""http://evil"",""clic""); '@paul; '-1"`);
    expect(csv).toContain(`"a;'=1+1;'+33;'@x\n'-2"`);
    for (const delimiter of [',', ';']) {
      for (const cells of parseCsv(csv.slice(1), delimiter)) for (const cell of cells) expect(cell.replace(/^[\s"]+/, '')).not.toMatch(/^[=+\-@]/);
    }
  });
});

it('names the file after the local day', () => {
  expect(csvFileName(new Date(2025, 0, 9, 23, 59))).toBe('right-account-journal-2025-01-09.csv');
});
