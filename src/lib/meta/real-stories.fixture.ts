import { DCNF_SLUG, NYT_SLUG, realStory } from '../../../test/helpers/real-stories.ts';
import type { StoryFacts } from './story.ts';

/** The archive's two real stories as the metadata builders take them (see test/helpers/real-stories.ts). */
export const KIM_STORY: StoryFacts = realStory(NYT_SLUG);
export const PUTIN_STORY: StoryFacts = realStory(DCNF_SLUG);
