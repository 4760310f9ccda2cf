import { describe, expect, it } from 'vitest';
import { compareStories } from './align.ts';
import { realArticles } from './fixtures/real-articles.ts';
import { pairGroups } from './pair-groups.ts';

const [nyt, dcnf] = realArticles().sort((a, b) => a.date.localeCompare(b.date));
const groups = pairGroups(compareStories(nyt?.paragraphs ?? [], dcnf?.paragraphs ?? []).shared);
const paragraphs = (sides: { passage: { paragraph: number } }[]) => sides.map((side) => side.passage.paragraph);

describe('pairGroups on the real pair', () => {
  it('shows the Times lede once, beside both Caller sentences that retell it', () => {
    expect(groups.map((group) => [paragraphs(group.a), paragraphs(group.b)])).toEqual([
      [[1], [1, 2]],
      [[3], [4]],
      [[4], [5]],
      [[8], [3]],
    ]);
    const [lede] = groups;
    expect(lede?.kind).toBe('paraphrase');
    expect(lede?.a[0]?.segments.map((s) => s.text).join(' ')).toBe(nyt?.paragraphs[0]);
  });

  it('compares a shared sentence with both partners together: a word either has is not missing', () => {
    const only =
      groups[0]?.a[0]?.segments
        .filter((s) => s.kind === 'only')
        .map((s) => s.text)
        .join(' ') ?? '';
    // "Vladimir Putin" is in the Caller's first sentence, "weaponry" in its second.
    expect(only).not.toMatch(/Putin|weaponry/);
    expect(only).toContain('month');
  });

  it('keeps a card with a shared quotation a quotation card, with its spelling differences', () => {
    const watson = groups.find((group) => group.kind === 'quote');
    expect(paragraphs(watson?.a ?? [])).toEqual([8]);
    expect(watson?.variants).toContainEqual({ a: 'DPRK', b: 'D.P.R.K.' });
    expect(watson?.a[0]?.markOnly).toBe(true);
  });
});
