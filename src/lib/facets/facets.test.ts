import { describe, expect, it } from 'vitest';
import { countFacets, type FacetStory } from './facets.ts';

const S = (date: string, outlet: string, ...authors: string[]): FacetStory => ({ date, outlet, authors });
const stories = [
  S('2023-09-01', 'Herald', 'Pat'),
  S('2023-09-02', 'Herald', 'Pat', 'Sam'),
  S('2023-09-03', 'Daily', 'Pat'),
  S('2023-09-04', 'Daily', 'Sam'),
  S('2023-09-05', 'Daily', 'Ann', 'Ann'),
];

describe('countFacets', () => {
  it('counts every outlet and author, most first, ties by name', () => {
    const counts = countFacets(stories);
    expect(counts.total).toBe(5);
    expect(counts.outlets).toEqual([
      { name: 'Daily', count: 3 },
      { name: 'Herald', count: 2 },
    ]);
    // A name twice in one byline counts once.
    expect(counts.authors).toEqual([
      { name: 'Pat', count: 3 },
      { name: 'Sam', count: 2 },
      { name: 'Ann', count: 1 },
    ]);
  });

  it('counts each facet under the other filters but not its own', () => {
    const counts = countFacets(stories, { outlet: 'Daily', author: 'Pat' });
    expect(counts.total).toBe(1);
    // Outlets under author=Pat: Herald 2, Daily 1; authors under outlet=Daily.
    expect(counts.outlets).toEqual([
      { name: 'Herald', count: 2 },
      { name: 'Daily', count: 1 },
    ]);
    expect(counts.authors).toEqual([
      { name: 'Ann', count: 1 },
      { name: 'Pat', count: 1 },
      { name: 'Sam', count: 1 },
    ]);
  });

  it('narrows by inclusive dates, and gives the timeline every filter but the dates', () => {
    const counts = countFacets(stories, { from: '2023-09-02', to: '2023-09-04', outlet: 'Daily' });
    expect(counts.total).toBe(2);
    expect(counts.outlets).toEqual([
      { name: 'Daily', count: 2 },
      { name: 'Herald', count: 1 },
    ]);
    expect(counts.timeline.map((story) => story.date)).toEqual(['2023-09-03', '2023-09-04', '2023-09-05']);
  });
});
