import { describe, expect, it } from 'vitest';
import { breadcrumbListJsonLd, newsArticleJsonLd, serializeJsonLd } from './json-ld.ts';
import { KIM_STORY, PUTIN_STORY } from './real-stories.fixture.ts';

const SITE = 'https://archive.example/';

/** Every value at any depth, for checking that nothing is empty. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.length === 0 ? [value] : value.flatMap(leaves);
  if (value && typeof value === 'object') {
    const entries = Object.values(value);
    return entries.length === 0 ? [value] : entries.flatMap(leaves);
  }
  return [value];
}

describe('NewsArticle JSON-LD', () => {
  it('describes the story, its authors, the outlet and the original it copies', () => {
    const node = newsArticleJsonLd(KIM_STORY, SITE);
    const url = `${SITE}articles/${KIM_STORY.id}/`;
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: KIM_STORY.data.title,
      description: KIM_STORY.data.description,
      datePublished: '2023-09-04',
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      author: [
        { '@type': 'Person', name: 'Edward Wong', url: `${SITE}authors/edward-wong/` },
        { '@type': 'Person', name: 'Julian E. Barnes', url: `${SITE}authors/julian-e-barnes/` },
      ],
      publisher: { '@type': 'Organization', name: 'The New York Times' },
      sourceOrganization: { '@type': 'Organization', name: 'The New York Times' },
      image: { url: `${SITE}og/articles/${KIM_STORY.id}.png`, width: 1200, height: 630 },
      isAccessibleForFree: true,
      dateline: 'WASHINGTON',
      isBasedOn: { '@type': 'NewsArticle', publisher: { name: 'The New York Times' }, datePublished: '2023-09-04' },
    });
  });

  it('leaves out what a story does not have instead of giving it empty', () => {
    const node = newsArticleJsonLd(PUTIN_STORY, SITE);
    expect(node).not.toHaveProperty('dateline');
    for (const value of leaves(node)) expect(value === '' || value === null || value === undefined).toBe(false);
  });

  it('gives dateModified for an updated story, and none for one never updated', () => {
    expect(newsArticleJsonLd(KIM_STORY, SITE)).not.toHaveProperty('dateModified');
    const updated = { ...KIM_STORY, data: { ...KIM_STORY.data, updated: new Date('2026-12-02') } };
    expect(newsArticleJsonLd(updated, SITE)).toMatchObject({ datePublished: '2023-09-04', dateModified: '2026-12-02' });
  });

  it('cannot close its script element, whatever the text says', () => {
    const story = { ...KIM_STORY, data: { ...KIM_STORY.data, title: '</script><script>alert(1)</script>' } };
    const json = serializeJsonLd(newsArticleJsonLd(story, SITE));
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as { headline: string }).headline).toBe('</script><script>alert(1)</script>');
  });
});

describe('BreadcrumbList JSON-LD', () => {
  it('numbers the trail from the top, with absolute URLs', () => {
    expect(
      breadcrumbListJsonLd(
        [
          { href: '/', label: 'Home' },
          { href: '/outlets/', label: 'Outlets' },
        ],
        SITE,
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: SITE },
        { '@type': 'ListItem', position: 2, name: 'Outlets', item: `${SITE}outlets/` },
      ],
    });
  });
});
