import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { KIM_STORY, PUTIN_STORY } from '../meta/real-stories.fixture.ts';
import { apiStoriesPath } from '../routes.ts';
import { pageList, storyRecord, storySummary } from './records.ts';
import { SCHEMAS } from './schemas.ts';

const SITE = 'https://archive.example/';

const validator = (name: string) => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(SCHEMAS[name] ?? {});
};

describe('pageList', () => {
  it('splits a list into bounded pages that link to their neighbours', () => {
    const pages = pageList([1, 2, 3, 4, 5], 2, apiStoriesPath, 'story-page', SITE);
    expect(pages.map((page) => [page.currentPage, page.startIndex, page.items, page.prev, page.next])).toEqual([
      [1, 1, [1, 2], null, `${SITE}api/stories/page-2.json`],
      [2, 3, [3, 4], `${SITE}api/stories/page-1.json`, `${SITE}api/stories/page-3.json`],
      [3, 5, [5], `${SITE}api/stories/page-2.json`, null],
    ]);
    expect(
      pages.every((page) => page.total === 5 && page.pages === 3 && page.last === `${SITE}api/stories/page-3.json`),
    ).toBe(true);
  });

  it('gives an empty list one empty page', () => {
    expect(pageList([], 100, apiStoriesPath, 'story-page', SITE)).toMatchObject([
      { total: 0, pages: 1, currentPage: 1, startIndex: 0, items: [], prev: null, next: null },
    ]);
  });
});

describe('story records', () => {
  const details = {
    paragraphs: ['One.', 'Two.'],
    source: '000_c0baa5af32606a97.txt',
    thread: {
      url: '/threads/t/',
      outlets: ['The New York Times', 'Daily Caller News Foundation'],
      members: [KIM_STORY, PUTIN_STORY].map((s) => ({
        id: s.id,
        title: s.data.title,
        outlet: s.data.outlet,
        date: s.data.date.toISOString().slice(0, 10),
      })),
    },
  };

  it('names outlets and authors by the slugs of the site URLs, and links everything absolutely', () => {
    const summary = storySummary(KIM_STORY, SITE);
    expect(summary.outlet).toEqual({
      name: 'The New York Times',
      slug: 'the-new-york-times',
      webUrl: `${SITE}outlets/the-new-york-times/`,
      apiUrl: `${SITE}api/outlets/the-new-york-times/page-1.json`,
    });
    expect(summary.authors.map((a) => a.slug)).toEqual(['edward-wong', 'julian-e-barnes']);
    expect(summary.citation.bibtex).toBe(`${SITE}cite/${KIM_STORY.id}.bib`);
    expect(storyRecord(KIM_STORY, details, SITE).paragraphs[1]).toEqual({
      n: 2,
      webUrl: `${SITE}articles/${KIM_STORY.id}/#p2`,
      text: 'Two.',
    });
  });

  it('validates against the story schema, which refuses a field it does not describe', () => {
    const validate = validator('story');
    const record = storyRecord(KIM_STORY, details, SITE);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(storyRecord(PUTIN_STORY, { paragraphs: ['x'] }, SITE))).toBe(true);
    expect(validate({ ...record, extra: 1 })).toBe(false);
    expect(validate({ ...record, date: '4 Sept 2023' })).toBe(false);
    expect(validate({ ...record, versions: [{ date: '2023-09-05', note: 'corrected' }] })).toBe(true);
  });
});
