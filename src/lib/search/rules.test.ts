import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearch } from './client.ts';
import { memoryFetch } from './test/real-documents.ts';
import { RULE_STORIES } from './test/rule-stories.ts';

const index = buildSearchIndex(RULE_STORIES);
const { fetch } = memoryFetch(index.files);
const engine = createSearch({ manifestUrl: `/search-index/${index.manifest}`, fetch });
const ids = async (query: string) => (await engine.search(query)).hits.map((hit) => hit.id);
const marked = async (query: string) =>
  (await engine.search(query)).hits.map(({ snippet }) => snippet.matches.map(([s, e]) => snippet.text.slice(s, e)));

describe('the word being typed matches the words it begins', () => {
  test.each([
    ['Vl', ['vladivostok']],
    ['Vladi', ['vladivostok']],
    ['Ki', ['vladivostok']],
    ['Kenn', ['kennedy']],
  ])('%s', async (query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  test('from two letters on, and only for the last word with no space after it', async () => {
    expect(await ids('V')).toEqual([]);
    expect(await ids('Vladi ')).toEqual([]);
    expect((await engine.search('Vladi Putin')).partial).toBe(true);
    expect(await ids('Putin Vladi')).toEqual(['vladivostok']);
  });

  test('the highlight marks the whole word, and whole words rank above continuations', async () => {
    expect(await marked('Kir')).toEqual([['Kirby']]);
    // `interest` is a word; `inter` only begins `interment`, `interest`.
    expect((await engine.search('interest')).hits[0]?.id).toBe('intent');
  });
});

describe('word forms', () => {
  test.each([
    ['appoint', ['appointed']],
    ['appointments', ['appointed']],
    ['meet ', ['vladivostok', 'appointed']],
    ['letter ', ['letters']],
  ])('%s', async (query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  test('the exact form ranks first', async () => {
    expect(await ids('provided ')).toEqual(['provide']);
    expect(await ids('meeting ')).toEqual(['appointed', 'vladivostok']);
  });

  test('a name written with a capital joins no class: Providence does not find provide', async () => {
    expect(await ids('Providence ')).toEqual(['providence']);
    expect(await ids('provide ')).toEqual(['provide']);
  });

  test('`letter` marks letters, not leader', async () => {
    expect(await marked('letter ')).toEqual([['letters']]);
  });
});

describe('typos', () => {
  test.each([
    ['ladivostok', 'vladivostok', 'vladivostok'],
    ['Wladivostok', 'vladivostok', 'vladivostok'],
    ['Oyongyang', 'pyongyang', 'pyongyang'],
    ['ennedy', 'kennedy', 'kennedy'],
    ['verlin', 'berlin', 'kennedy'],
    ['lhrushchev', 'khrushchev', 'kennedy'],
    ['Vladivostock', 'vladivostok', 'vladivostok'],
  ])('%s is corrected to %s', async (query, term, id) => {
    const response = await engine.search(query);
    expect(response.hits.map((hit) => hit.id)).toEqual([id]);
    expect(response.corrected).toEqual({ query: term, asTyped: `"${query}"` });
  });

  test('searching as typed (quoted) corrects nothing', async () => {
    const response = await engine.search('"ladivostok"');
    expect(response.total).toBe(0);
    expect(response.corrected).toBeUndefined();
  });

  test('a word with no close match finds no stories, and may offer spellings', async () => {
    const response = await engine.search('internet');
    expect(response.total).toBe(0);
    expect(response.hits).toEqual([]);
    expect(response.suggestions ?? []).not.toContain('internet');
    expect(await ids('zebra')).toEqual([]);
    expect(await ids('qqq')).toEqual([]);
  });

  test('short words are not corrected', async () => {
    expect(await ids('Kimm ')).toEqual([]);
  });
});

describe('honest counts', () => {
  test('when no story has every word, the stories with some are a partial answer', async () => {
    const response = await engine.search('Putin zebra');
    expect(response.partial).toBe(true);
    expect(response.hits.map((hit) => hit.id).sort()).toEqual(['secretary', 'vladivostok']);
  });

  test('a full answer is not partial', async () => {
    const response = await engine.search('Putin Kim');
    expect(response.partial).toBeUndefined();
    expect(response.hits.map((hit) => hit.id)).toEqual(['vladivostok']);
  });
});

describe('operators', () => {
  test('-word excludes the stories holding it', async () => {
    expect((await ids('Putin')).sort()).toEqual(['secretary', 'vladivostok']);
    expect(await ids('Putin -Vladivostok')).toEqual(['secretary']);
    expect(await ids('Pyongyang -armored')).toEqual([]);
  });

  test('OR between words: either will do', async () => {
    expect((await ids('Kennedy OR Pyongyang')).sort()).toEqual(['kennedy', 'pyongyang']);
    expect((await ids('Berlin OR zebra')).sort()).toEqual(['kennedy']);
  });

  test('a quoted phrase finds its hyphenated spelling', async () => {
    expect(await ids('"Secretary General"')).toEqual(['secretary']);
    expect(await ids('"Secretary-General"')).toEqual(['secretary']);
    expect(await marked('"Secretary General"')).toEqual([['Secretary-General']]);
  });

  test('acronyms in capitals are not the pronoun; a space after the dot changes nothing', async () => {
    expect(await ids('U.S.')).toEqual(['us']);
    expect(await ids('US')).toEqual(['us']);
    expect(await ids('U. S.')).toEqual(['us']);
    expect((await ids('us ')).sort()).toEqual(['pronoun', 'us']);
  });
});

describe('fields', () => {
  test('outlet names and the short names the outlets module knows are searchable', async () => {
    const caller = RULE_STORIES.filter((doc) => doc.outlet === 'Daily Caller News Foundation').map((doc) => doc.id);
    const times = RULE_STORIES.filter((doc) => doc.outlet === 'The New York Times').map((doc) => doc.id);
    expect((await ids('Daily Caller')).sort()).toEqual(caller.sort());
    expect((await ids('NYT')).sort()).toEqual(times.sort());
    expect((await ids('New York Times')).sort()).toEqual(times.sort());
  });
});
