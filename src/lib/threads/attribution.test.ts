import { describe, expect, it } from 'vitest';
import { findAttributions, outletAliases } from './attribution.ts';

const aliases = outletAliases(['The New York Times', 'Daily Caller News Foundation', 'The Valley Sun']);
const find = (...paragraphs: string[]) => findAttributions(paragraphs, aliases);

describe('findAttributions', () => {
  it('finds a credit with its weekday', () => {
    expect(find('Kim could meet Putin, the New York Times reported Monday.')).toEqual([
      { outlet: 'The New York Times', phrase: 'the New York Times reported Monday', paragraph: 1, weekday: 'monday' },
    ]);
  });

  it('finds credits before the name, by alias, with their paragraph', () => {
    const found = find(
      'Nothing here.',
      'American and allied officials told the NYT. Adrienne Watson said in a statement to the NYT.',
      'Putin wants shells, according to the NYT.',
    );
    expect(found.map(({ phrase, paragraph, outlet }) => ({ phrase, paragraph, outlet }))).toEqual([
      { phrase: 'told the NYT', paragraph: 2, outlet: 'The New York Times' },
      { phrase: 'in a statement to the NYT', paragraph: 2, outlet: 'The New York Times' },
      { phrase: 'according to the NYT', paragraph: 3, outlet: 'The New York Times' },
    ]);
  });

  it('reads a weekday placed before the credit and after a credit cue', () => {
    expect(find('On Sunday, The Valley Sun reported that the dam held.')[0]?.weekday).toBe('sunday');
    expect(find('The dam held, according to a Valley Sun report Friday.')[0]).toMatchObject({
      outlet: 'The Valley Sun',
      weekday: 'friday',
    });
  });

  it('ignores a mere mention, a lowercase name and an unknown outlet', () => {
    expect(find('She once worked for The New York Times in Paris.')).toEqual([]);
    expect(find('the data came from nyt reported figures')).toEqual([]);
    expect(find('according to the Springfield Shopper.')).toEqual([]);
    expect(find('This article originally appeared in The New York Times.')).toEqual([]);
  });

  it('does not treat a bare "the Times" as any outlet', () => {
    expect(find('The plan was first reported by the Times on Monday.')).toEqual([]);
  });
});
