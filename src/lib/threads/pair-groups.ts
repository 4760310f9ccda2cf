import type { Passage, SharedPassage } from './align.ts';
import { wordDiff, type DiffSegment, type Variant } from './word-diff.ts';

/** One side of a card: a sentence and its words as compared with the other side. */
export interface GroupSide {
  passage: Passage;
  segments: DiffSegment[];
  /** Whether to tint the words the other side lacks (not for a paraphrase, see `DiffText`). */
  markOnly: boolean;
}

/**
 * What the thread page shows as one card: one sentence of a story and the
 * one or two sentences of the other that tell the same thing. A sentence
 * paired twice (see `compareStories`) is shown once, beside both partners.
 */
export interface PairGroup {
  /** The strongest of its pairs' kinds: a card with a shared quotation is listed with the quotations. */
  kind: SharedPassage['kind'];
  a: GroupSide[];
  b: GroupSide[];
  variants: Variant[];
}

const STRENGTH: SharedPassage['kind'][] = ['quote', 'wording', 'paraphrase'];

const sideOf = (pair: SharedPassage, side: 'a' | 'b'): GroupSide => ({
  passage: pair[side],
  segments: pair.diff[side],
  markOnly: pair.kind !== 'paraphrase',
});

/**
 * The shared pairs as cards, in the order given: pairs that share a sentence
 * become one card, whose shared sentence is compared with its partners'
 * words together (a word either partner has is not missing).
 */
export function pairGroups(shared: readonly SharedPassage[]): PairGroup[] {
  const groups: { pairs: SharedPassage[]; common: 'a' | 'b' }[] = [];
  for (const pair of shared) {
    const open = groups.find((group) => group.pairs.some((other) => other.a === pair.a || other.b === pair.b));
    if (open) {
      open.common = open.pairs.some((other) => other.a === pair.a) ? 'a' : 'b';
      open.pairs.push(pair);
    } else groups.push({ pairs: [pair], common: 'a' });
  }
  return groups.map(({ pairs, common }) => {
    const [first] = pairs;
    if (!first) throw new Error('an empty group');
    if (pairs.length === 1)
      return { kind: first.kind, a: [sideOf(first, 'a')], b: [sideOf(first, 'b')], variants: first.diff.variants };
    const other = common === 'a' ? 'b' : 'a';
    const partners = pairs.map((pair) => pair[other].text).join(' ');
    const together =
      common === 'a' ? wordDiff(first.a.text, partners, false).a : wordDiff(partners, first.b.text, false).b;
    const sharedSide: GroupSide = {
      passage: first[common],
      segments: together,
      markOnly: pairs.every((pair) => pair.kind !== 'paraphrase'),
    };
    const partnerSides = pairs.map((pair) => sideOf(pair, other));
    const kind = STRENGTH.find((strength) => pairs.some((pair) => pair.kind === strength)) ?? first.kind;
    const variants = pairs
      .flatMap((pair) => pair.diff.variants)
      .filter((variant, i, all) => all.findIndex((v) => v.a === variant.a && v.b === variant.b) === i);
    return {
      kind,
      a: common === 'a' ? [sharedSide] : partnerSides,
      b: common === 'b' ? [sharedSide] : partnerSides,
      variants,
    };
  });
}
