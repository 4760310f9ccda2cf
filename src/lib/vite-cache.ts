import type { AstroIntegration } from 'astro';
import { viteCacheDir } from './build-cache.ts';

/** Gives each Astro command its own Vite cache (build-cache.ts says why), so a build never breaks a running dev server. */
export function viteCachePerCommand(): AstroIntegration {
  return {
    name: 'wire-archive:vite-cache',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { cacheDir: viteCacheDir(command) } });
      },
    },
  };
}
