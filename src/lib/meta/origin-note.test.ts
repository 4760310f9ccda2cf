import { describe, expect, it } from 'vitest';
import { markdownParagraphs } from '../markdown-paragraphs.ts';
import { originNote as noteOf } from './origin-note.ts';

// As the story page calls it: over the story's text, read from its Markdown body.
const originNote = (body: string) => noteOf(markdownParagraphs(body));

describe('originNote', () => {
  it('finds the note that closes a copy', () => {
    expect(
      originNote('WASHINGTON – Text.\n\nMore text.\n\nThis article originally appeared in The New York Times.\n'),
    ).toBe('This article originally appeared in The New York Times.');
  });

  it('reads back what the importer escaped', () => {
    expect(originNote('Text.\n\nThis story was first published by AT&amp;T \\*News\\*.')).toBe(
      'This story was first published by AT&T *News*.',
    );
  });

  it('ignores a last paragraph that is text, not a note', () => {
    expect(
      originNote('Text.\n\nThe State Department did not immediately respond to a request for comment.'),
    ).toBeUndefined();
    const long = `The plan, which originally appeared in a memo, ${'goes on and on '.repeat(20)}.`;
    expect(originNote(`Text.\n\n${long}`)).toBeUndefined();
    expect(originNote('')).toBeUndefined();
  });
});
