import { describe, expect, it } from 'vitest';
import { apaName, bibtexName, invertedName, splitName } from './names.ts';

describe('names', () => {
  it('takes the last word as the family name', () => {
    expect(splitName('Julian E. Barnes')).toEqual({ given: 'Julian E.', family: 'Barnes' });
    expect(invertedName('Julian E. Barnes')).toBe('Barnes, Julian E.');
    expect(apaName('Julian E. Barnes')).toBe('Barnes, J. E.');
  });

  it('keeps a generational suffix after the given names', () => {
    expect(invertedName('Martin Luther King Jr.')).toBe('King, Martin Luther, Jr.');
    expect(apaName('Martin Luther King Jr.')).toBe('King, M. L., Jr.');
  });

  it('puts a suffix before the given names for BibTeX, whose three-part form is "Last, Jr, First"', () => {
    expect(bibtexName('Martin Luther King Jr.')).toBe('King, Jr., Martin Luther');
    expect(bibtexName('Julian E. Barnes')).toBe('Barnes, Julian E.');
  });

  it('keeps hyphens in initials and copes with a single name', () => {
    expect(apaName('Jean-Paul Sartre')).toBe('Sartre, J.-P.');
    expect(invertedName('Reuters')).toBe('Reuters');
    expect(apaName('Reuters')).toBe('Reuters');
  });
});
