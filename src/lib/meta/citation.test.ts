import { describe, expect, it } from 'vitest';
import { apaCitation, chicagoCitation, citationText, citedTitle, mlaCitation } from './citation.ts';
import { KIM_STORY, PUTIN_STORY } from './real-stories.fixture.ts';
import type { StoryFacts } from './story.ts';
import { DCNF_SLUG, NYT_SLUG } from '../../../test/helpers/real-stories.ts';

const KIM_URL = `https://archive.example/articles/${NYT_SLUG}/`;
const PUTIN_URL = `https://archive.example/articles/${DCNF_SLUG}/`;

describe('citations of the two real stories', () => {
  it('APA', () => {
    expect(citationText(apaCitation(KIM_STORY, KIM_URL))).toBe(
      `Wong, E., & Barnes, J. E. (2023, September 4). [Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]. The New York Times. https://archive.example/articles/${NYT_SLUG}/`,
    );
    expect(citationText(apaCitation(PUTIN_STORY, PUTIN_URL))).toBe(
      `Smith, J. (2023, September 5). [Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says]. Daily Caller News Foundation. https://archive.example/articles/${DCNF_SLUG}/`,
    );
  });

  it('MLA', () => {
    expect(citationText(mlaCitation(KIM_STORY, KIM_URL, 'The Wire Archive'))).toBe(
      `Wong, Edward, and Julian E. Barnes. [Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]. The New York Times, 4 Sept. 2023. The Wire Archive, https://archive.example/articles/${NYT_SLUG}/.`,
    );
    expect(citationText(mlaCitation(PUTIN_STORY, PUTIN_URL, 'The Wire Archive'))).toBe(
      `Smith, Jake. [Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says]. Daily Caller News Foundation, 5 Sept. 2023. The Wire Archive, https://archive.example/articles/${DCNF_SLUG}/.`,
    );
  });

  it('Chicago', () => {
    expect(citationText(chicagoCitation(KIM_STORY, KIM_URL))).toBe(
      `Wong, Edward, and Julian E. Barnes. [Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]. New York Times, September 4, 2023. https://archive.example/articles/${NYT_SLUG}/.`,
    );
    expect(citationText(chicagoCitation(PUTIN_STORY, PUTIN_URL))).toBe(
      `Smith, Jake. [Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says]. Daily Caller News Foundation, September 5, 2023. https://archive.example/articles/${DCNF_SLUG}/.`,
    );
  });

  it('italicizes only the containers', () => {
    const italic = (parts: { text: string; italic?: true }[]) => parts.filter((p) => p.italic).map((p) => p.text);
    expect(italic(apaCitation(KIM_STORY, KIM_URL))).toEqual(['The New York Times']);
    expect(italic(mlaCitation(KIM_STORY, KIM_URL, 'The Wire Archive'))).toEqual([
      'The New York Times',
      'The Wire Archive',
    ]);
    expect(italic(chicagoCitation(KIM_STORY, KIM_URL))).toEqual(['New York Times']);
  });
});

describe('other bylines and titles', () => {
  const story = (authors: string[], title: string, titleByArchive: boolean): StoryFacts => ({
    id: 'x',
    data: { ...KIM_STORY.data, authors, title, titleByArchive, date: new Date('2024-05-01') },
  });
  const three = story(['Ann Lee', 'Bo Park', 'Cy Young'], 'Is It Over?', false);

  it('brackets only a headline the archive wrote', () => {
    expect(citedTitle(KIM_STORY)).toBe(`[${KIM_STORY.data.title}]`);
    expect(citedTitle(three)).toBe('Is It Over?');
  });

  it('lists three authors the way each style does, and quotes an outlet’s own title', () => {
    expect(citationText(apaCitation(three, 'u'))).toBe(
      'Lee, A., Park, B., & Young, C. (2024, May 1). Is It Over? The New York Times. u',
    );
    expect(citationText(mlaCitation(three, 'u', 'A'))).toBe(
      'Lee, Ann, et al. “Is It Over?” The New York Times, 1 May 2024. A, u.',
    );
    expect(citationText(chicagoCitation(three, 'u'))).toBe(
      'Lee, Ann, Bo Park, and Cy Young. “Is It Over?” New York Times, May 1, 2024. u.',
    );
  });

  it('ends a title without its own punctuation with a full stop inside the quotes', () => {
    const plain = story(['Ann Lee'], 'A Plain Title', false);
    expect(citationText(mlaCitation(plain, 'u', 'A'))).toBe(
      'Lee, Ann. “A Plain Title.” The New York Times, 1 May 2024. A, u.',
    );
  });
});
