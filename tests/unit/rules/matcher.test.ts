import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/rules/matcher';

const words = (patterns: string[], text: string) =>
  compileMatcher(patterns.map((pattern) => ({ pattern, tag: pattern })))
    .find(text)
    .map((h) => [h.pattern, text.slice(h.start, h.end)]);

describe('matcher', () => {
  it.each<[string, string, string[][]]>([
    ['ass', 'Class is an assistant, ass.', [['ass', 'ass']]],
    ['con', 'Il conte une histoire, quel con !', [['con', 'con']]],
    ['etre', 'Être ou ne pas être', [['etre', 'Être'], ['etre', 'être']]],
    ['Être', 'etre', [['Être', 'etre']]],
    ['merde', 'ｍｅｒｄｅ alors', [['merde', 'ｍｅｒｄｅ']]],
    ['fine', 'ﬁne day', [['fine', 'ﬁne']]],
    ['#BoulangerieDupont', 'BoulangerieDupont et #boulangeriedupont', [['#BoulangerieDupont', '#boulangeriedupont']]],
    ['@marie', 'marie et @Marie', [['@marie', '@Marie']]],
    ['wtf', 'WTF et #wtf', [['wtf', 'WTF'], ['wtf', '#wtf']]],
    ['pain au levain', 'Notre PAIN-au-levain,\nnotre pain\nau   levain', [['pain au levain', 'PAIN-au-levain'], ['pain au levain', 'pain\nau   levain']]],
    ['mon boss', 'mon bossu', []],
    ['connard*', 'connard, connards et connarde mais pas conna', [['connard*', 'connard'], ['connard*', 'connards'], ['connard*', 'connarde']]],
    ['fuck*', 'fucking #fuckit', [['fuck*', 'fucking'], ['fuck*', '#fuckit']]],
    ['lol', '🥖lol🥖', [['lol', 'lol']]],
    ['lol', 'lollipop', []],
    ['***', 'anything', []],
    ['', 'anything', []],
  ])('%j in %j', (pattern, text, expected) => {
    expect(words([pattern], text)).toEqual(expected);
  });

  it('finds every configured word, overlapping phrases included, in text order', () => {
    expect(words(['pain', 'pain au levain', 'levain'], 'du pain au levain')).toEqual([
      ['pain', 'pain'],
      ['pain au levain', 'pain au levain'],
      ['levain', 'levain'],
    ]);
  });

  it('reports one hit per entry and place, even with duplicate patterns in different entries', () => {
    const m = compileMatcher([
      { pattern: 'wtf', tag: 'a' },
      { pattern: 'WTF', tag: 'b' },
    ]);
    expect(m.find('wtf').map((h) => h.tag)).toEqual(['a', 'b']);
    expect(m.size).toBe(2);
  });
});
