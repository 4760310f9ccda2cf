// "This article originally appeared in The New York Times." and its kin.
const ORIGIN = /\b(?:originally|first)\s+(?:appeared|published|ran)\b/i;
// A note of origin is one short sentence, not a paragraph that happens to say "first published".
const MAX_NOTE_LENGTH = 200;

/**
 * The note of origin an article ends with, if it has one: its last paragraph
 * when that is a short sentence saying where the text first appeared.
 * Takes the story's paragraphs as text (`StoryText.paragraphs`).
 */
export function originNote(paragraphs: readonly string[]): string | undefined {
  const last = paragraphs.at(-1);
  if (last === undefined || last.length > MAX_NOTE_LENGTH || !ORIGIN.test(last)) return undefined;
  return last;
}
