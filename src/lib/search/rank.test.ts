import { describe, expect, test } from 'vitest';
import type { Postings } from './loader.ts';
import { MATCH_KINDS } from './options.ts';
import { candidatesOf, docsHolding, selectMatches, settleSequences, type Unit } from './rank.ts';

const postings = new Map<string, Postings>([
  ['kim', { docs: [0, 1, 2], scores: [100, 300, 50], places: '' }],
  ['kims', { docs: [3], scores: [900], places: '' }],
  ['kimchi', { docs: [4], scores: [999], places: '' }],
  ['putin', { docs: [1, 2, 5], scores: [10, 10, 10], places: '' }],
  ['armored', { docs: [2], scores: [10], places: '' }],
  ['train', { docs: [2, 5], scores: [10, 10], places: '' }],
]);
const all = () => true;
const word = (...terms: [string, keyof typeof MATCH_KINDS][]): Unit => ({
  terms: new Map(terms.map(([term, kind]) => [term, MATCH_KINDS[kind]])),
  required: false,
});
const docs = (units: Unit[], excluded?: Set<number>) => candidatesOf(units, postings, all, excluded).map((c) => c.doc);

describe('ranking', () => {
  test('more units first, then the exact form, then another form, then a continuation, then score', () => {
    const kim = word(['kim', 'exact'], ['kims', 'stem'], ['kimchi', 'prefix']);
    expect(docs([kim])).toEqual([1, 0, 2, 3, 4]);
    expect(docs([kim, word(['putin', 'exact'])])).toEqual([1, 2, 0, 5, 3, 4]);
  });

  test('excluded stories and stories failing the filter are never candidates', () => {
    expect(docs([word(['kim', 'exact'])], docsHolding(['putin'], postings))).toEqual([0]);
    expect(candidatesOf([word(['kim', 'exact'])], postings, (doc) => doc !== 1).map((c) => c.doc)).toEqual([0, 2]);
  });

  test('a sequence is only possibly met until the text is checked; a required one not shown drops the story', () => {
    const phrase: Unit = { terms: new Map(), sequence: ['armored', 'train'], required: true };
    const units = [word(['putin', 'exact']), phrase];
    const candidates = candidatesOf(units, postings, all);
    expect(candidates.map((c) => [c.doc, c.maybe])).toEqual([[2, [1]]]);
    expect(settleSequences(candidates, units, () => true).map((c) => c.doc)).toEqual([2]);
    expect(settleSequences(candidates, units, () => false)).toEqual([]);
    expect(settleSequences(candidates, units, () => undefined)).toEqual([]);
  });

  test('every unit met, or else an honest partial answer', () => {
    const units = [word(['kim', 'exact']), word(['putin', 'exact'])];
    const full = selectMatches(candidatesOf(units, postings, all), units.length);
    expect(full).toMatchObject({ partial: false });
    expect(full.matched.map((c) => c.doc)).toEqual([1, 2]);
    const none = [word(['kim', 'exact']), word()];
    const partial = selectMatches(candidatesOf(none, postings, all), none.length);
    expect(partial.partial).toBe(true);
    expect(partial.matched.map((c) => c.doc)).toEqual([1, 0, 2]);
    expect(selectMatches([], 1)).toEqual({ matched: [], partial: false });
  });

  test('date order is story order', () => {
    const units = [word(['kim', 'exact'], ['kims', 'stem'])];
    expect(selectMatches(candidatesOf(units, postings, all), 1, 'date').matched.map((c) => c.doc)).toEqual([
      0, 1, 2, 3,
    ]);
  });
});
