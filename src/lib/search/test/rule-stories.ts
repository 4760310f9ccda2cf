/**
 * A small archive the rule tests own, one story per situation a rule is
 * about: every exact expectation in `rules.test.ts` is about these stories.
 */
import type { SearchDocument } from '../types.ts';

const story = (id: string, date: string, outlet: string, title: string, ...paragraphs: string[]): SearchDocument => ({
  id,
  url: `/articles/${id}/`,
  title,
  authors: ['Ann Writer'],
  outlet,
  date,
  paragraphs,
});

const NYT = 'The New York Times';
const DCNF = 'Daily Caller News Foundation';

export const RULE_STORIES: SearchDocument[] = [
  story(
    'providence',
    '2024-01-01',
    NYT,
    'Storm reaches Providence',
    'Providence woke to snow. The mayor of Providence spoke at noon.',
  ),
  story(
    'provide',
    '2024-01-02',
    NYT,
    'Council votes on the budget',
    'The city will provide shelters and provided buses.',
  ),
  story(
    'appointed',
    '2024-01-03',
    DCNF,
    'Judge named',
    'The governor appointed a judge. The appointment was confirmed at a meeting.',
  ),
  story('letters', '2024-01-04', DCNF, 'Mail', 'The letters arrived late. The leader read them.'),
  story(
    'vladivostok',
    '2024-01-05',
    DCNF,
    'Talks in Vladivostok',
    'Kim and Putin may meet in Vladivostok, Kirby said.',
  ),
  story('kennedy', '2024-01-06', NYT, 'Kennedy in Berlin', 'Kennedy spoke in Berlin; Khrushchev answered from Moscow.'),
  story('pyongyang', '2024-01-07', NYT, 'From Pyongyang', 'Pyongyang sent an armored train to the border.'),
  story(
    'intent',
    '2024-01-08',
    NYT,
    'Interest rates',
    'Their intent was clear; interest rose; the interment was private.',
  ),
  story('us', '2024-01-09', NYT, 'U.S. troops', 'The U.S. sent troops. The U. S. Army said so.'),
  story('pronoun', '2024-01-10', DCNF, 'Let us go', 'Let us go, he said to us.'),
  story('secretary', '2024-01-11', NYT, 'At the United Nations', 'The Secretary-General spoke; Putin listened.'),
];
