import type { AstroIntegration } from 'astro';
import { contentRootOf } from './layout.ts';
import { archiveCheckMessage, checkArchive } from './verify.ts';

/**
 * Fails `astro build` and `astro dev` before any page is rendered when the
 * archive fails verification: a changed, missing or unlisted source, or a
 * day that does not exist. The message is `npm run verify`'s.
 */
export function archiveCheck(articlesDir: string): AstroIntegration {
  return {
    name: 'archive-check',
    hooks: {
      'astro:config:setup': () => {
        const problems = checkArchive(contentRootOf(articlesDir), articlesDir);
        if (problems.length > 0) throw new Error(archiveCheckMessage(problems));
      },
    },
  };
}
