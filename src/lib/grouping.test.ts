import { describe, expect, it } from 'vitest';
import { formatDateRange } from './dates.ts';
import { byAuthor, byOutlet, summarize } from './grouping.ts';

const story = (id: string, day: string, outlet: string, authors: string[]) => ({
  id,
  data: { date: new Date(`${day}T00:00:00Z`), outlet, authors },
});

const stories = [
  story('a', '2023-09-04', 'The New York Times', ['Edward Wong', 'Julian E. Barnes']),
  story('b', '2023-09-05', 'Daily Caller News Foundation', ['Jake Smith']),
  story('c', '2023-08-30', 'The New York Times', ['Edward Wong']),
  story('d', '2023-09-01', 'Wire', ['Martin Luther King Jr.', 'Ana de la Cruz']),
];

describe('byAuthor', () => {
  it('sorts authors by surname, the way a reader looks a reporter up', () => {
    expect(byAuthor(stories).map((group) => group.label)).toEqual([
      'Julian E. Barnes',
      'Ana de la Cruz',
      'Martin Luther King Jr.',
      'Jake Smith',
      'Edward Wong',
    ]);
  });
});

describe('summarize', () => {
  it('gives each group its count, newest and oldest story', () => {
    const [dcnf, nyt, wire] = summarize(byOutlet(stories));
    expect(dcnf).toMatchObject({ label: 'Daily Caller News Foundation', count: 1 });
    expect(nyt).toMatchObject({ label: 'The New York Times', count: 2 });
    expect(nyt?.newest.id).toBe('a');
    expect(nyt?.oldest.id).toBe('c');
    expect(wire?.newest.id).toBe(wire?.oldest.id);
  });
});

describe('formatDateRange', () => {
  it('names one day once, and a span by its two ends', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(formatDateRange(day('2023-09-04'), day('2023-09-04'))).toBe('Sep 4, 2023');
    expect(formatDateRange(day('2023-08-30'), day('2023-09-05'))).toMatch(/^Aug 30\s–\sSep 5, 2023$/);
  });
});
