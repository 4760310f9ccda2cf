import type { StoryFacts } from './story.ts';

/** The frontmatter of the archive's two real stories, as the tests expect to cite them. */
export const KIM_STORY: StoryFacts = {
  id: '2023-09-04-kim-jong-un-plans-to-travel-to-russia-to-meet-putin-on-arms',
  data: {
    title: 'Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say',
    titleByArchive: true,
    description:
      'Kim Jong Un, the leader of North Korea, plans to travel to Russia this month to meet with President Vladimir Putin to discuss the possibility of supplying Russia with more weaponry for its war in Ukraine and other military cooperation, according to American and allied officials.',
    date: new Date('2023-09-04'),
    authors: ['Edward Wong', 'Julian E. Barnes'],
    outlet: 'The New York Times',
    dateline: 'WASHINGTON',
    archived: new Date('2026-11-23'),
  },
};

export const PUTIN_STORY: StoryFacts = {
  id: '2023-09-05-putin-and-kim-could-meet-in-vladivostok-for-talks-on-weapons',
  data: {
    title: 'Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says',
    titleByArchive: true,
    description:
      'Russian President Vladimir Putin and North Korean leader Kim Jong Un could meet in the coming weeks for a weapons discussion as the two foreign nations strengthen their relationship, the New York Times reported Monday.',
    date: new Date('2023-09-05'),
    authors: ['Jake Smith'],
    outlet: 'Daily Caller News Foundation',
    archived: new Date('2026-11-23'),
  },
};
