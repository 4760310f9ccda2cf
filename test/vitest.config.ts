import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs plain functions with no build; `site` builds the
// archive once (global setup) and checks the output as HTML and in Chromium.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts', 'bench/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/gates/**/*.test.ts'],
          globalSetup: ['test/setup/build-site.ts'],
          // A hang guard, not a timing: on a shared 2-core machine one Chromium test can wait minutes for a core.
          testTimeout: 180_000,
          // For the same reason `expect.poll` waits for a page's state longer than its default second.
          expect: { poll: { timeout: 30_000 } },
          hookTimeout: 300_000,
          // Browser tests each start Chromium; two at a time fit this 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
