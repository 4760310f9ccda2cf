import { describe, expect, it } from 'vitest';
import { dayNumber, formatDayWithWeekday, isoDayOf, resolveWeekday } from './dates.ts';

describe('resolveWeekday', () => {
  it('reads "Monday" in a Tuesday story as the day before', () => {
    expect(resolveWeekday('Monday', '2023-09-05')).toBe('2023-09-04');
  });

  it('reads the story’s own weekday as that same day', () => {
    expect(resolveWeekday('monday', '2023-09-04')).toBe('2023-09-04');
  });

  it('goes back up to six days, across a month end', () => {
    expect(resolveWeekday('Tuesday', '2023-09-04')).toBe('2023-08-29');
    expect(resolveWeekday('Sunday', '2023-09-02')).toBe('2023-08-27');
    expect(resolveWeekday('Friday', '2024-03-01')).toBe('2024-03-01');
    expect(resolveWeekday('Thursday', '2024-03-01')).toBe('2024-02-29');
  });

  it('refuses a word that is not a weekday', () => {
    expect(resolveWeekday('Someday', '2023-09-05')).toBeUndefined();
  });
});

describe('day numbers', () => {
  it('round-trips and formats in UTC', () => {
    expect(isoDayOf(dayNumber('2023-09-04'))).toBe('2023-09-04');
    expect(dayNumber('2023-09-05') - dayNumber('2023-09-04')).toBe(1);
    expect(formatDayWithWeekday('2023-09-04')).toBe('Monday, September 4, 2023');
  });
});
