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
    // Every sentence is accounted for once: paired or alone.
    expect(comparison.onlyA.length + comparison.shared.length).toBe(passagesOf(nyt?.paragraphs ?? []).length);
    expect(comparison.onlyB.length + comparison.shared.length).toBe(passagesOf(dcnf?.paragraphs ?? []).length);
  });
});

describe('compareStories', () => {
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
