/**
 * The index files a query read from the address will certainly need, named
 * from the page's inline manifest before the engine's code has arrived: the
 * vocabulary chunk of each plain word. Fetched alongside the engine, they
 * take a round trip off a first search. Only a hint: a word it cannot name
 * here (other than letters and digits) is left to the engine.
 */
import { fileName, firstChar, vocabChunkKey, type Manifest } from './index-format.ts';

/** URLs (beside `manifestUrl`) of the vocabulary chunks of `query`'s plain words. */
export function earlyFiles(manifest: Manifest, manifestUrl: string, query: string): string[] {
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const urls = new Set<string>();
  // `OR` between words is the operator (query.ts), not a word to look up.
  const words = query
    .split(/\s+/)
    .filter((token) => token !== 'OR')
    .flatMap((token) => token.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  for (const word of words) {
    if (!/^[a-z0-9]+$/.test(word)) continue;
    const hash = manifest.vocab[vocabChunkKey(firstChar(word), word.length)];
    if (hash) urls.add(base + fileName('vocab', hash));
  }
  return [...urls];
}
