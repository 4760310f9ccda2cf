import { describe, expect, it } from 'vitest';
import { creditPhrases } from './credit-phrases.ts';

describe('creditPhrases', () => {
  it('lists each wording once, with every paragraph it appears in, in first-seen order', () => {
    const mentions = [
      { phrase: 'the New York Times reported Monday', paragraph: 1 },
      { phrase: 'according to the NYT', paragraph: 4 },
      { phrase: 'told the NYT', paragraph: 2 },
      { phrase: 'according to the NYT', paragraph: 5 },
      { phrase: 'according to the NYT', paragraph: 5 },
    ];
    expect(creditPhrases({ mentions })).toEqual([
      { phrase: 'the New York Times reported Monday', paragraphs: [1] },
      { phrase: 'according to the NYT', paragraphs: [4, 5] },
      { phrase: 'told the NYT', paragraphs: [2] },
    ]);
  });

  it('gives nothing for a citation without mentions', () => {
    expect(creditPhrases({ mentions: [] })).toEqual([]);
  });
});
