import { describe, expect, test } from 'vitest';
import { hasFilters, normalizeQuery, readState, searchOptions, writeState, type QueryState } from './query-state.ts';

const state = (fields: Partial<QueryState>): QueryState => ({
  q: '',
  outlet: '',
  author: '',
  from: '',
  to: '',
  sort: 'relevance',
  ...fields,
});

describe('search URL state', () => {
  test('reads every field', () => {
    expect(
      readState(
        new URLSearchParams(
          'q=kim+putin&outlet=the-new-york-times&author=julian-e-barnes&from=2023-09-01&to=2023-09-30&sort=date',
        ),
      ),
    ).toEqual({
      q: 'kim putin',
      outlet: 'the-new-york-times',
      author: 'julian-e-barnes',
      from: '2023-09-01',
      to: '2023-09-30',
      sort: 'date',
    });
  });

  test('falls back on malformed dates and unknown sorts', () => {
    expect(readState(new URLSearchParams('from=yesterday&to=2023-9-1&sort=random'))).toEqual(state({}));
  });

  test('writes only what differs from the defaults, in a fixed order', () => {
    expect(writeState(state({}))).toBe('');
    expect(writeState(state({ q: '  kim   jong  un ' }))).toBe('?q=kim+jong+un');
    expect(writeState(state({ sort: 'date', to: '2023-09-30', q: 'kim', outlet: 'The New York Times' }))).toBe(
      '?q=kim&outlet=The+New+York+Times&to=2023-09-30&sort=date',
    );
  });

  test('round-trips through the URL', () => {
    const full = state({ q: 'a & b "c"', outlet: 'Daily Caller News Foundation', from: '2023-09-04', sort: 'date' });
    expect(readState(new URLSearchParams(writeState(full)))).toEqual(full);
  });

  test('normalizes the query only by trimming and collapsing whitespace', () => {
    expect(normalizeQuery('\t Kim  "Jong\nUn" ')).toBe('Kim "Jong Un"');
  });

  test('turns filters into engine options', () => {
    expect(hasFilters(state({ sort: 'date' }))).toBe(false);
    expect(hasFilters(state({ to: '2023-09-30' }))).toBe(true);
    expect(hasFilters(state({ author: 'pat-example' }))).toBe(true);
    // The URL names outlets and authors by slug; the engine takes the names they stand for.
    const filtered = state({ outlet: 'the-new-york-times', author: 'julian-e-barnes', from: '2023-09-01' });
    expect(searchOptions(filtered, { outlet: 'The New York Times', author: 'Julian E. Barnes' })).toEqual({
      sort: 'relevance',
      outlet: 'The New York Times',
      author: 'Julian E. Barnes',
      from: '2023-09-01',
    });
  });
});
