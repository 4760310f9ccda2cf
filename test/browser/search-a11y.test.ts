import { describe, expect, inject } from 'vitest';
import { accessibilityFailures } from '../helpers/axe.ts';
import { test } from '../helpers/browser.ts';
import { typeQuery, waitForStatus } from './search-helpers.ts';

describe('search page accessibility', () => {
  test('axe finds nothing with results and with none, light and dark, at 320 and 1280 px', async ({ openPage }) => {
    const { page, errors } = await openPage(`${inject('seedsUrl')}/search/?q=Vladivostok`);
    await waitForStatus(page, 'Vladivostok');
    expect(await accessibilityFailures(page)).toEqual([]);

    await typeQuery(page, 'zzqxjwv');
    await waitForStatus(page, 'zzqxjwv');
    expect(await accessibilityFailures(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
