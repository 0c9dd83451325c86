import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvFileName, journalToCsv } from '../../../utils/journal/csv';
import { entry } from './fixtures';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Être déçu', 'Être déçu'],
  ])('%j → %j (RFC 4180)', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+33 6 12', "'+33 6 12"],
    ['-2+3', "'-2+3"],
    ['@marie_dupont', "'@marie_dupont"],
    ['\t=1', "'\t=1"],
    ['a=1', 'a=1'],
  ])('neutralises a formula: %j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('journalToCsv', () => {
  it('starts with a BOM and the header, one CRLF-ended row per entry, in the given order', () => {
    const csv = journalToCsv([
      entry({ time: Date.UTC(2025, 0, 6, 11, 30), account: 'Boulangerie Dupont', decision: 'confirm', outcome: 'cancelled', reasons: ['other-account-words', 'risky-words'], words: ['#BoulangerieDupont', 'pain, levain'], text: 'Déjà "là"' }),
      entry({ time: Date.UTC(2025, 0, 5), account: null, accountId: null, platform: 'facebook', surface: 'comment' }),
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(
      '\uFEFFtime,platform,account,surface,decision,outcome,reasons,words,text\r\n' +
        '2025-01-06T11:30:00.000Z,x,Boulangerie Dupont,post,confirm,cancelled,other-account-words; risky-words,"#BoulangerieDupont; pain, levain","Déjà ""là"""\r\n' +
        '2025-01-05T00:00:00.000Z,facebook,,comment,allow,allowed,,,\r\n',
    );
  });

  it('an empty journal is the header alone', () => {
    expect(journalToCsv([])).toBe('\uFEFFtime,platform,account,surface,decision,outcome,reasons,words,text\r\n');
  });
});

it('names the file after the local day', () => {
  expect(csvFileName(new Date(2025, 0, 9, 23, 59))).toBe('right-account-journal-2025-01-09.csv');
});
