import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.ts';

describe('wordDiff', () => {
  it('matches D.P.R.K. with DPRK and reports the spelling as a variant', () => {
    const diff = wordDiff('“We urge the DPRK to cease,” she said.', '"We urge the D.P.R.K. to cease," Watson said.');
    expect(diff.variants).toEqual([{ a: 'DPRK', b: 'D.P.R.K.' }]);
    expect(diff.a).toEqual([
      { text: '“We urge the', kind: 'same' },
      { text: 'DPRK', kind: 'variant' },
      { text: 'to cease,”', kind: 'same' },
      { text: 'she', kind: 'only' },
      { text: 'said.', kind: 'same' },
    ]);
    expect(diff.b.find((s) => s.kind === 'only')?.text).toBe('Watson');
  });

  it('treats quote style, case and trailing punctuation as no difference', () => {
    const diff = wordDiff('It’s over, they said', "it's over they said.");
    expect(diff.variants).toEqual([]);
    expect(diff.a.every((s) => s.kind === 'same')).toBe(true);
    expect(diff.ratio).toBe(1);
  });

  it('marks reordered words as shared only when asked for an unordered diff', () => {
    expect(wordDiff('shells and missiles', 'missiles and shells').a.some((s) => s.kind === 'only')).toBe(true);
    expect(wordDiff('shells and missiles', 'missiles and shells', false).a.every((s) => s.kind === 'same')).toBe(true);
  });
});
