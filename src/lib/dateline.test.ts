import { describe, expect, it } from 'vitest';
import { opensWithDateline } from './dateline.ts';

describe('opensWithDateline', () => {
  it('sees a dateline the body opens with, whatever follows it', () => {
    expect(opensWithDateline('WASHINGTON – Kim Jong Un plans to travel', 'WASHINGTON')).toBe(true);
    expect(opensWithDateline('\nSEOUL, South Korea — The', 'SEOUL, South Korea')).toBe(true);
    expect(opensWithDateline('Washington: the capital', 'WASHINGTON')).toBe(true);
  });

  it('does not see one the body lacks, or a longer word that starts the same', () => {
    expect(opensWithDateline('Russian President Vladimir Putin', 'WASHINGTON')).toBe(false);
    expect(opensWithDateline('WASHINGTONIANS say', 'WASHINGTON')).toBe(false);
    expect(opensWithDateline('WASHINGTON – x', undefined)).toBe(false);
  });
});
