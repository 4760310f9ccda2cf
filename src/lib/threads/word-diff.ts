import { foldQuotes } from '../text-fold.ts';
import { words } from './normalize.ts';

/** A run of words in one version of a passage (runs are separated by one space), and how it relates to the other version. */
export interface DiffSegment {
  text: string;
  /**
   * `same`: the other version has these words; `variant`: it has them spelled
   * differently ("DPRK" / "D.P.R.K."); `only`: it lacks them.
   */
  kind: 'same' | 'variant' | 'only';
}

/** Two spellings of one word, as each version prints it. */
export interface Variant {
  a: string;
  b: string;
}

/** A word-level comparison of two versions of a passage. */
export interface WordDiff {
  a: DiffSegment[];
  b: DiffSegment[];
  variants: Variant[];
  /** Words in common / words in the longer version, by comparison key: 1 for the same words in the same order. */
  ratio: number;
}

const core = (surface: string) =>
  foldQuotes(surface)
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/'s$/, '')
    .toLowerCase();

/**
 * Compares two passages word by word: the longest common subsequence of the
 * words' comparison keys (see `wordKey`), so case, quote style, hyphens and
 * dotted acronyms do not count as differences, but words one version lacks
 * do. Words whose keys match but whose printed forms differ are reported as
 * variants, so "DPRK" against "D.P.R.K." is matched and still shown.
 * With `ordered` false, a word counts as shared wherever it stands in the
 * other version: right for paraphrases, which reorder the same facts.
 */
export function wordDiff(aText: string, bText: string, ordered = true): WordDiff {
  const a = words(aText);
  const b = words(bText);
  if (!ordered) return unorderedDiff(a, b);
  const ak = a.map((w, i) => ({ key: w.key, i })).filter((w) => w.key);
  const bk = b.map((w, i) => ({ key: w.key, i })).filter((w) => w.key);
  const width = bk.length + 1;
  const table = new Uint16Array((ak.length + 1) * width);
  for (let i = ak.length - 1; i >= 0; i--) {
    for (let j = bk.length - 1; j >= 0; j--) {
      table[i * width + j] =
        ak[i]?.key === bk[j]?.key
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const aKind: DiffSegment['kind'][] = a.map(() => 'same');
  const bKind: DiffSegment['kind'][] = b.map(() => 'same');
  for (const w of ak) aKind[w.i] = 'only';
  for (const w of bk) bKind[w.i] = 'only';
  const variants: Variant[] = [];
  let i = 0;
  let j = 0;
  while (i < ak.length && j < bk.length) {
    const x = ak[i];
    const y = bk[j];
    if (!x || !y) break;
    if (x.key === y.key) {
      const as = a[x.i]?.surface ?? '';
      const bs = b[y.i]?.surface ?? '';
      const differs = core(as) !== core(bs);
      aKind[x.i] = differs ? 'variant' : 'same';
      bKind[y.i] = differs ? 'variant' : 'same';
      if (differs) variants.push({ a: as.replace(/[,;:]$/, ''), b: bs.replace(/[,;:]$/, '') });
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  const common = table[0] ?? 0;
  return {
    a: segments(a, aKind),
    b: segments(b, bKind),
    variants,
    ratio: common / Math.max(1, ak.length, bk.length),
  };
}

function unorderedDiff(a: { surface: string; key: string }[], b: { surface: string; key: string }[]): WordDiff {
  const surfaces = (list: typeof a) => {
    const byKey = new Map<string, string>();
    for (const word of list) if (word.key && !byKey.has(word.key)) byKey.set(word.key, word.surface);
    return byKey;
  };
  const aByKey = surfaces(a);
  const bByKey = surfaces(b);
  const variants: Variant[] = [];
  const kinds = (list: typeof a, other: Map<string, string>, own: 'a' | 'b') =>
    list.map((word): DiffSegment['kind'] => {
      if (!word.key) return 'same';
      const there = other.get(word.key);
      if (there === undefined) return 'only';
      if (core(there) === core(word.surface)) return 'same';
      if (own === 'a') variants.push({ a: word.surface.replace(/[,;:]$/, ''), b: there.replace(/[,;:]$/, '') });
      return 'variant';
    });
  const aKinds = kinds(a, bByKey, 'a');
  const bKinds = kinds(b, aByKey, 'b');
  let common = 0;
  for (const key of aByKey.keys()) if (bByKey.has(key)) common++;
  return {
    a: segments(a, aKinds),
    b: segments(b, bKinds),
    variants,
    ratio: common / Math.max(1, aByKey.size, bByKey.size),
  };
}

function segments(list: { surface: string }[], kinds: DiffSegment['kind'][]): DiffSegment[] {
  const out: DiffSegment[] = [];
  list.forEach((word, index) => {
    const kind = kinds[index] ?? 'same';
    const last = out.at(-1);
    // Variants stay one word each so that each can be marked and named on its own.
    if (last && last.kind === kind && kind !== 'variant') last.text += ` ${word.surface}`;
    else out.push({ text: word.surface, kind });
  });
  return out;
}
