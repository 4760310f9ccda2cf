import { describe, expect, it } from 'vitest';
import { compareStories, passagesOf } from './align.ts';
import { realArticles } from './fixtures/real-articles.ts';

const [nyt, dcnf] = realArticles().sort((a, b) => a.date.localeCompare(b.date));

describe('compareStories on the real pair', () => {
  const comparison = compareStories(nyt?.paragraphs ?? [], dcnf?.paragraphs ?? []);

  it('finds the Watson quotation in both despite DPRK / D.P.R.K., and shows the difference', () => {
    const quotes = comparison.shared.filter((pair) => pair.kind === 'quote');
    expect(quotes).toHaveLength(1);
    const [watson] = quotes;
    expect(watson?.a.text).toMatch(/^“We urge the DPRK to cease/);
    expect(watson?.b.text).toMatch(/^“We urge the D\.P\.R\.K\. to cease/);
    expect(watson?.a.paragraph).toBe(8);
    expect(watson?.b.paragraph).toBe(3);
    expect(watson?.diff.variants).toContainEqual({ a: 'DPRK', b: 'D.P.R.K.' });
    // Where each says the statement went differs, and is marked as such.
    expect(watson?.diff.a.filter((s) => s.kind === 'only').map((s) => s.text)).toContain(
      'after this story was published.',
    );
    expect(
      watson?.diff.b
        .filter((s) => s.kind === 'only')
        .map((s) => s.text)
        .join(' '),
    ).toContain('Adrienne Watson');
  });

  it('pairs the facts both report, and no unrelated sentences', () => {
    const pairs = comparison.shared.map((pair) => [pair.a.paragraph, pair.b.paragraph]);
    expect(pairs).toEqual([
      [1, 1], // Putin and Kim could meet: what the Caller tells of the Times's lede before its second sentence
      [1, 2], // Kim plans to travel to discuss supplying weaponry
      [3, 4], // what Putin wants and what Kim wants
      [4, 5], // the Eastern Economic Forum at Far Eastern Federal University
      [8, 3], // the Watson statement
    ]);
  });

  it('lists what each tells alone', () => {
    const onlyNyt = comparison.onlyA.map((p) => p.text).join(' ');
    const onlyDcnf = comparison.onlyB.map((p) => p.text).join(' ');
    expect(onlyNyt).toContain('Kim could possibly go to Moscow');
    expect(onlyNyt).toContain('actively advancing');
    expect(onlyDcnf).toContain('failed to launch a spy satellite');
    expect(onlyDcnf).toContain('full support and solidarity');
    // The lede both open with is told by both, not by the Caller alone.
    expect(comparison.onlyB.map((p) => p.paragraph)).not.toContain(1);
    // Every sentence is accounted for once: paired (once or, for a sentence the other splits in two, twice) or alone.
    for (const [side, only, paragraphs] of [
      ['a', comparison.onlyA, nyt?.paragraphs],
      ['b', comparison.onlyB, dcnf?.paragraphs],
    ] as const) {
      const paired = new Set(comparison.shared.map((pair) => pair[side]));
      expect(only.filter((p) => paired.has(p))).toEqual([]);
      expect(only.length + paired.size).toBe(passagesOf(paragraphs ?? []).length);
    }
  });
});

describe('compareStories', () => {
  it('pairs both sentences that split one sentence of the other story between them', () => {
    const comparison = compareStories(
      [
        'Mayor Lena Ortiz will travel to Harbin next week to meet Governor Wei Jun and sign a trade pact covering steel and timber exports.',
        'The city council approved the trip on Tuesday.',
      ],
      [
        'Lena Ortiz and Wei Jun will meet in Harbin next week, the mayor’s office said.',
        'The two are expected to sign a pact on steel and timber exports.',
        'Wei Jun was elected governor in 2021.',
      ],
    );
    expect(comparison.shared.map((pair) => [pair.a.paragraph, pair.b.text])).toEqual([
      [1, 'Lena Ortiz and Wei Jun will meet in Harbin next week, the mayor’s office said.'],
      [1, 'The two are expected to sign a pact on steel and timber exports.'],
    ]);
    // Sharing a name with the rest of the sentence is not retelling it.
    expect(comparison.onlyB.map((p) => p.text)).toEqual(['Wei Jun was elected governor in 2021.']);
    expect(comparison.onlyA.map((p) => p.text)).toEqual(['The city council approved the trip on Tuesday.']);
  });

  it('pairs nothing between unrelated stories', () => {
    const comparison = compareStories(
      ['A storm flooded Riverton on Monday. Schools will stay closed.'],
      ['The Rovers beat Harbor United 3 to 1. Fans celebrated late into the night.'],
    );
    expect(comparison.shared).toEqual([]);
    expect(comparison.onlyA).toHaveLength(2);
    expect(comparison.onlyB).toHaveLength(2);
  });
});
