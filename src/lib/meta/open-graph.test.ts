import { describe, expect, it } from 'vitest';
import { storyMetaTags } from './open-graph.ts';
import { KIM_STORY } from './real-stories.fixture.ts';

describe('story meta tags', () => {
  const tags = storyMetaTags(KIM_STORY, 'https://archive.example/', 'The Wire Archive');
  const values = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

  it('gives Open Graph article tags and a large Twitter card', () => {
    expect(values('og:type')).toEqual(['article']);
    expect(values('og:url')).toEqual([`https://archive.example/articles/${KIM_STORY.id}/`]);
    expect(values('og:image')).toEqual([`https://archive.example/og/articles/${KIM_STORY.id}.png`]);
    expect(values('article:published_time')).toEqual(['2023-09-04']);
    expect(values('article:author')).toEqual([
      'https://archive.example/authors/edward-wong/',
      'https://archive.example/authors/julian-e-barnes/',
    ]);
    expect(values('article:section')).toEqual(['The New York Times']);
    expect(values('twitter:card')).toEqual(['summary_large_image']);
    expect(
      tags
        .filter((t) => t.key.startsWith('og:') || t.key.startsWith('article:'))
        .every((t) => t.attribute === 'property'),
    ).toBe(true);
  });

  it('gives the citation tags reference managers read', () => {
    expect(values('citation_title')).toEqual([`[${KIM_STORY.data.title}]`]);
    expect(values('citation_author')).toEqual(['Wong, Edward', 'Barnes, Julian E.']);
    expect(values('citation_publication_date')).toEqual(['2023/09/04']);
    expect(values('citation_journal_title')).toEqual(['The New York Times']);
  });

  it('never gives an empty value', () => {
    for (const tag of tags) expect(tag.content.trim()).not.toBe('');
  });
});
