import { describe, expect, it } from 'vitest';
import { count, listNameParts, listNames } from './english.ts';

describe('count', () => {
  it('puts the noun that agrees with the number after it', () => {
    expect(count(1, 'story', 'stories')).toBe('1 story');
    expect(count(0, 'story', 'stories')).toBe('0 stories');
    expect(count(2, 'outlet', 'outlets')).toBe('2 outlets');
  });
});

describe('listNames', () => {
  it('joins one, two and more names as American English does, with the serial comma', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B, and C');
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
