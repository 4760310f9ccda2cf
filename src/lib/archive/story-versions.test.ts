import { describe, expect, it } from 'vitest';
import { versionChanges, type StoryVersion } from './story-versions.ts';

const version = (number: number, title: string, paragraphs: string[]): StoryVersion => ({
  number,
  created: new Date(Date.UTC(2026, 11, number)),
  title,
  paragraphs,
});

describe('versionChanges', () => {
  it('lists a changed headline and each changed, added or removed paragraph, word by word', () => {
    const v1 = version(1, 'Council Votes', ['It met on Monday.', 'It voted 5 to 2.', 'A quote.', 'The end.']);
    const v2 = version(2, 'Council Votes 5–3', [
      'It met on Monday.',
      'It voted 5 to 3.',
      'The end.',
      'Correction: a figure was wrong.',
    ]);
    const changes = versionChanges(v1, v2);
    expect(changes.map(({ where, before, after }) => ({ where, before, after }))).toEqual([
      { where: 'Headline', before: 'Council Votes', after: 'Council Votes 5–3' },
      { where: 'Paragraph 2', before: 'It voted 5 to 2.', after: 'It voted 5 to 3.' },
      { where: 'Paragraph 3 of the earlier version', before: 'A quote.', after: undefined },
      { where: 'Paragraph 4', before: undefined, after: 'Correction: a figure was wrong.' },
    ]);
    const voted = changes[1]?.diff;
    expect(voted?.a.filter((s) => s.kind !== 'same').map((s) => s.text)).toEqual(['2.']);
    expect(voted?.b.filter((s) => s.kind !== 'same').map((s) => s.text)).toEqual(['3.']);
  });

  it('finds nothing between identical versions', () => {
    const v = version(1, 'T', ['A.', 'B.']);
    expect(versionChanges(v, { ...v, number: 2 })).toEqual([]);
  });
});
