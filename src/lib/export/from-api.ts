/**
 * A story's export facts from its API file (`/api/stories/<id>.json`): the
 * same frontmatter the story page's own citations are made from.
 */
import type { ApiStory } from '../api/records.ts';
import type { StoryFacts } from '../meta/story.ts';

/** The `StoryFacts` the citation builders take, read back from an API story file. */
export function storyFactsFromApi(
  story: Pick<
    ApiStory,
    'id' | 'headline' | 'headlineByArchive' | 'description' | 'date' | 'authors' | 'outlet' | 'dateline'
  >,
): StoryFacts {
  return {
    id: story.id,
    data: {
      title: story.headline,
      titleByArchive: story.headlineByArchive,
      description: story.description,
      date: new Date(`${story.date}T00:00:00Z`),
      authors: story.authors.map((author) => author.name),
      outlet: story.outlet.name,
      ...(story.dateline ? { dateline: story.dateline } : {}),
    },
  };
}
