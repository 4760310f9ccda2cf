import { describe, expect, it } from 'vitest';
import {
  computeThreads,
  indexOfThreads,
  MIN_SHARED_NAMES,
  SIMILARITY_THRESHOLD,
  WINDOW_DAYS,
} from './compute-threads.ts';
import { realArticles } from './fixtures/real-articles.ts';
import { syntheticStories } from './fixtures/synthetic-stories.ts';
import { properNames, sharedNameCount } from './names.ts';
import { cosine, tfidfVectors } from './tfidf.ts';
import type { Thread, ThreadInput } from './types.ts';
import { DCNF_SLUG, NYT_SLUG } from '../../../test/helpers/real-stories.ts';

const real = realArticles();
const synthetic = syntheticStories(36);

describe('computeThreads on the real pair', () => {
  const index = computeThreads(real);

  it('forms one thread of both stories, oldest first, slugged by the oldest', () => {
    expect(index.threads).toHaveLength(1);
    const thread = index.threadOf(DCNF_SLUG);
    expect(thread).toBe(index.threadOf(NYT_SLUG));
    expect(thread?.slug).toBe(NYT_SLUG);
    expect(thread?.url).toBe(`/threads/${NYT_SLUG}/`);
    expect(thread?.members.map((m) => [m.id, m.outlet, m.date, m.url])).toEqual([
      [NYT_SLUG, 'The New York Times', '2023-09-04', `/articles/${NYT_SLUG}/`],
      [DCNF_SLUG, 'Daily Caller News Foundation', '2023-09-05', `/articles/${DCNF_SLUG}/`],
    ]);
    expect(index.searchSummaryOf(DCNF_SLUG)).toEqual({ url: `/threads/${NYT_SLUG}/`, outlets: 2 });
    expect(thread?.pair.map((m) => m.id)).toEqual([NYT_SLUG, DCNF_SLUG]);
  });

  it('links the later story as citing the earlier: "reported Monday" resolved to Sept. 4', () => {
    const [cites] = index.cites(DCNF_SLUG);
    expect(index.cites(DCNF_SLUG)).toHaveLength(1);
    expect(cites?.to.id).toBe(NYT_SLUG);
    expect(cites?.mentions[0]).toEqual({
      phrase: 'the New York Times reported Monday',
      paragraph: 1,
      weekday: 'monday',
    });
    expect(cites?.mentions.map((m) => m.phrase)).toEqual([
      'the New York Times reported Monday',
      'told the NYT',
      'in a statement to the NYT',
      'according to the NYT',
      'according to the NYT',
    ]);
    expect(index.citedBy(NYT_SLUG).map((c) => c.from.id)).toEqual([DCNF_SLUG]);
    expect(index.cites(NYT_SLUG)).toEqual([]);
    expect(index.citedBy(DCNF_SLUG)).toEqual([]);
  });

  it('clears the documented thresholds by similarity alone', () => {
    const [a, b] = tfidfVectors(real.map((s) => [s.title, ...s.paragraphs].join('\n')));
    expect(a && b && cosine(a, b)).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    const [na, nb] = real.map((s) => properNames(s.paragraphs));
    expect(sharedNameCount(na ?? new Set(), nb ?? new Set())).toBeGreaterThanOrEqual(MIN_SHARED_NAMES);
  });

  it('does not cite a story from another day than the credit names', () => {
    const moved = real.map((s) => (s.id === NYT_SLUG ? { ...s, date: '2023-09-03' } : s));
    expect(computeThreads(moved).cites(DCNF_SLUG)).toEqual([]);
  });
});

describe('computeThreads on unrelated stories', () => {
  it('forms no thread and no citation among three dozen synthetic stories of the same week', () => {
    expect(synthetic).toHaveLength(36);
    expect(new Set(synthetic.map((s) => s.id)).size).toBe(36);
    const index = computeThreads(synthetic);
    expect(index.threads).toEqual([]);
    for (const story of synthetic) {
      expect(index.threadOf(story.id)).toBeUndefined();
      expect(index.cites(story.id)).toEqual([]);
    }
  });

  it('still finds exactly the real thread when the real pair is among them', () => {
    const index = computeThreads([...synthetic, ...real]);
    expect(index.threads.map((t) => t.members.map((m) => m.id))).toEqual([[NYT_SLUG, DCNF_SLUG]]);
    expect(index.cites(DCNF_SLUG).map((c) => c.to.id)).toEqual([NYT_SLUG]);
  });

  it('refuses a credit naming the right outlet and day when the story is about something else', () => {
    // A synthetic story "by The New York Times" on Sept. 4 that the real DCNF story's credit could be mistaken for.
    const decoy: ThreadInput = {
      ...(synthetic[0] as ThreadInput),
      id: 'decoy',
      outlet: 'The New York Times',
      date: '2023-09-04',
    };
    const dcnf = real.find((s) => s.id === DCNF_SLUG) as ThreadInput;
    const index = computeThreads([decoy, dcnf]);
    expect(index.threads).toEqual([]);
    expect(index.cites(DCNF_SLUG)).toEqual([]);
  });

  it('groups a story retold within the window, not beyond it', () => {
    const [base] = synthetic;
    if (!base) throw new Error('no synthetic story');
    const retold = (date: string): ThreadInput => ({
      ...base,
      id: `retold-${date}`,
      outlet: 'Another Outlet',
      date,
      paragraphs: [...base.paragraphs].reverse(),
    });
    const near = new Date(Date.parse(`${base.date}T00:00:00Z`) + WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
    const far = new Date(Date.parse(`${base.date}T00:00:00Z`) + (WINDOW_DAYS + 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(computeThreads([base, retold(near)]).threadOf(base.id)?.members).toHaveLength(2);
    expect(computeThreads([base, retold(far)]).threadOf(base.id)).toBeUndefined();
  });

  it('gives the same threads whatever the input order', () => {
    const stories = [...synthetic.slice(0, 10), ...real];
    const forward = computeThreads(stories).threads;
    const backward = computeThreads([...stories].reverse()).threads;
    expect(backward).toEqual(forward);
  });
});

describe('threads kept by a build and read back', () => {
  it('answer every question as the index computed from the stories does', () => {
    const [base] = synthetic;
    if (!base) throw new Error('no synthetic story');
    const retold: ThreadInput = { ...base, id: 'retold', outlet: 'Another Outlet', paragraphs: [...base.paragraphs] };
    const stories = [...synthetic, ...real, retold];
    const computed = computeThreads(stories);
    expect(computed.threads).toHaveLength(2);
    const kept = JSON.parse(JSON.stringify(computed.threads)) as Thread[];
    const read = indexOfThreads(stories, kept);
    expect(read.threads).toEqual(computed.threads);
    for (const { id } of stories) {
      expect(read.threadOf(id), id).toEqual(computed.threadOf(id));
      expect(read.searchSummaryOf(id), id).toEqual(computed.searchSummaryOf(id));
      expect(read.cites(id), id).toEqual(computed.cites(id));
      expect(read.citedBy(id), id).toEqual(computed.citedBy(id));
      expect(read.story(id), id).toEqual(computed.story(id));
    }
  });
});
