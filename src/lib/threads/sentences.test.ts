import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('keeps initials, dotted acronyms and abbreviations inside a sentence', () => {
    expect(
      splitSentences(
        'A spokesperson, John F. Kirby, spoke. “We urge the D.P.R.K. to cease,” she said. It runs to Sept. 13. Done!',
      ),
    ).toEqual([
      'A spokesperson, John F. Kirby, spoke.',
      '“We urge the D.P.R.K. to cease,” she said.',
      'It runs to Sept. 13.',
      'Done!',
    ]);
  });

  it('splits after a closing quote', () => {
    expect(splitSentences('He said talks were “actively advancing.” The new information goes further.')).toEqual([
      'He said talks were “actively advancing.”',
      'The new information goes further.',
    ]);
  });
});
