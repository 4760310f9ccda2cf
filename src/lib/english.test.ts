import { describe, expect, it } from 'vitest';
import { count, listNameParts, listNames } from './english.ts';

describe('count', () => {
  it('puts the noun that agrees with the number after it', () => {
    expect(count(1, 'story', 'stories')).toBe('1 story');
    expect(count(0, 'story', 'stories')).toBe('0 stories');
    expect(count(2, 'outlet', 'outlets')).toBe('2 outlets');
  });

  it('agrees with Intl.PluralRules for English', () => {
    const rules = new Intl.PluralRules('en-US');
    for (const n of [-2, -1, 0, 1, 2, 3, 11, 21, 101, 1000, 1.5])
      expect(count(n, 'one', 'other'), String(n)).toBe(`${n} ${rules.select(n)}`);
  });
});

describe('listNames', () => {
  it('joins one, two and more names as American English does, with the serial comma', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B, and C');
  });

  it('writes what Intl.ListFormat writes, whole and in parts', () => {
    const format = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });
    const names = ['Ann Lee', 'Bo Kim', 'Cy Park', 'Di Ho', 'Ed Roe', 'Flo Ng'];
    for (let n = 0; n <= names.length; n++) {
      const list = names.slice(0, n);
      expect(listNames(list)).toBe(format.format(list));
      expect(listNameParts(list)).toEqual(format.formatToParts(list));
    }
  });

  it('gives the same text in parts, each name on its own', () => {
    const parts = listNameParts(['Ann Lee', 'Bo Kim', 'Cy Park']);
    expect(parts.filter((part) => part.type === 'element').map((part) => part.value)).toEqual([
      'Ann Lee',
      'Bo Kim',
      'Cy Park',
    ]);
    expect(parts.map((part) => part.value).join('')).toBe(listNames(['Ann Lee', 'Bo Kim', 'Cy Park']));
  });
});
