import { describe, expect, it } from 'vitest';
import { properNames, sharedNameCount } from './names.ts';

const names = (...paragraphs: string[]) => [...properNames(paragraphs)];

describe('properNames', () => {
  it('reads runs of capitalized words after the start of a sentence', () => {
    expect(names('Officials said Adrienne Watson met Kim Jong Un in Vladivostok.')).toEqual([
      'adrienne watson',
      'kim jong un',
      'vladivostok',
    ]);
  });

  it('keeps an initial inside a name, and drops a lone one', () => {
    expect(names('Then spokesman John F. Kirby spoke, and later J. left.')).toEqual(['john f kirby']);
  });

  it('drops pronoun contractions, straight or curly', () => {
    expect(names("He said I'm sure, I’ve seen it, I'll go and I'd stay.")).toEqual([]);
  });

  it('drops names too short to tell stories apart: the U.S., St., AP', () => {
    expect(names('Troops of the U.S. went down St. Paul Street, the AP said, and US officials agreed.')).toEqual([
      'paul street',
    ]);
  });

  it('folds diacritics as search does: Pérez and Perez are one name', () => {
    const a = properNames(['The mayor, Ana Pérez, spoke in Bogotá.']);
    const b = properNames(['The mayor, Ana Perez, spoke in Bogota.']);
    expect(sharedNameCount(a, b)).toBe(2);
  });
});
