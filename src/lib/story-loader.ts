import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

/**
 * Astro's `glob()` loader, keeping only each story's data, file path and
 * digest in the content store: no body, no rendered HTML, no module import.
 *
 * Why: Astro inlines the whole store into one module of the build. At 30,000
 * stories bodies and HTML made it 365 MB, and compiling it was 20 minutes on
 * one core (docs/scaling.md). Bodies are read from the story's file when a
 * page needs them (src/lib/story-body.ts), rendered by the same processor.
 * `deferRender` keeps glob from rendering at sync; the entries' deferred
 * flag is dropped so that Astro does not bundle every file as a module.
 */
export function storyGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob({ ...options, retainBody: false, deferRender: true });
  return {
    name: 'story-glob',
    load(context: LoaderContext) {
      const store: LoaderContext['store'] = Object.create(context.store);
      store.set = ({ body: _body, rendered: _rendered, deferredRender: _deferred, ...entry }) =>
        context.store.set(entry);
      return inner.load({ ...context, store });
    },
  };
}
