/**
 * JSON Schemas (draft 2020-12) of the API's files, one per shape, published
 * at `/api/schemas/<name>.schema.json` (each given its `$id` there). They are
 * strict (`additionalProperties: false`) so that a field added to the
 * records without its schema fails the tests.
 */

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const url = { type: 'string', format: 'uri' } as const;
const nullableUrl = { anyOf: [url, { type: 'null' }] } as const;
const text = { type: 'string', minLength: 1 } as const;
const count = { type: 'integer', minimum: 0 } as const;
const slug = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } as const;

const object = (properties: Record<string, unknown>, optional: readonly string[] = []) => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  additionalProperties: false,
});

const groupRef = object({ name: text, slug, webUrl: url, apiUrl: url });

const storySummaryProperties = {
  id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
  webUrl: url,
  apiUrl: url,
  headline: text,
  headlineByArchive: { type: 'boolean' },
  description: text,
  date: day,
  outlet: { $ref: '#/$defs/groupRef' },
  authors: { type: 'array', minItems: 1, items: { $ref: '#/$defs/groupRef' } },
  dateline: text,
  archived: day,
  citation: object({ bibtex: url, ris: url }),
};
const SUMMARY_OPTIONAL = ['dateline', 'archived'];

/** The envelope every paged list shares, around its items. */
const page = (title: string, items: unknown, defs: Record<string, unknown>, group = false) => ({
  $schema: DRAFT,
  title,
  ...object({
    $schema: url,
    total: count,
    pageSize: { type: 'integer', minimum: 1 },
    currentPage: { type: 'integer', minimum: 1 },
    pages: { type: 'integer', minimum: 1 },
    startIndex: count,
    first: url,
    last: url,
    prev: nullableUrl,
    next: nullableUrl,
    ...(group ? { group: object({ kind: { enum: ['outlets', 'authors'] }, name: text, slug, webUrl: url }) } : {}),
    items: { type: 'array', items },
  }),
  $defs: defs,
});

const summaryDefs = { groupRef, storySummary: object(storySummaryProperties, SUMMARY_OPTIONAL) };

/** Every schema, by the name in its URL. */
export const SCHEMAS: Record<string, object> = {
  root: {
    $schema: DRAFT,
    title: 'The API entry point',
    ...object({
      $schema: url,
      name: text,
      description: text,
      stories: count,
      firstDate: { anyOf: [day, { type: 'null' }] },
      lastDate: { anyOf: [day, { type: 'null' }] },
      links: object({ stories: url, outlets: url, authors: url }),
      schemas: { type: 'object', additionalProperties: url },
    }),
  },
  'story-page': page('A page of every story, newest first', { $ref: '#/$defs/storySummary' }, summaryDefs),
  'group-story-page': page(
    "A page of one outlet's or author's stories, newest first",
    { $ref: '#/$defs/storySummary' },
    summaryDefs,
    true,
  ),
  'group-list-page': page(
    'A page of the outlets or authors, by name',
    { $ref: '#/$defs/groupSummary' },
    {
      groupSummary: object({
        name: text,
        slug,
        webUrl: url,
        apiUrl: url,
        stories: count,
        firstDate: day,
        lastDate: day,
      }),
    },
  ),
  story: {
    $schema: DRAFT,
    title: 'One story: metadata, paragraphs, thread',
    ...object(
      {
        $schema: url,
        ...storySummaryProperties,
        paragraphs: {
          type: 'array',
          items: object({ n: { type: 'integer', minimum: 1 }, webUrl: url, text }),
        },
        source: text,
        thread: {
          anyOf: [
            { type: 'null' },
            object({
              webUrl: url,
              outlets: { type: 'array', minItems: 1, items: text },
              stories: {
                type: 'array',
                minItems: 2,
                items: object({ id: text, headline: text, outlet: text, date: day, webUrl: url, apiUrl: url }),
              },
            }),
          ],
        },
        // Present when a copy was updated: every version, oldest first, at its own page.
        versions: { type: 'array', items: object({ date: day, webUrl: url, note: text }, ['webUrl', 'note']) },
      },
      [...SUMMARY_OPTIONAL, 'source', 'versions'],
    ),
    $defs: { groupRef },
  },
};
