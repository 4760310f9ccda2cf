/**
 * The index files a query read from the address will certainly need, named
 * from the page's inline manifest before the engine's code has arrived: the
 * vocabulary chunk of each plain word. Fetched alongside the engine, they
 * take a round trip off a first search; once a chunk is in, the postings
 * file of each of those words held in it (`earlyPostingsFiles`) takes
 * another. Only a hint: a word it cannot name here (other than letters and
 * digits) is left to the engine.
 */
import { fileName, firstChar, vocabChunkKey, type Manifest, type VocabChunk } from './index-format.ts';
import { postingsHashOf } from './vocab-lookup.ts';

/** The folder of the index files: `manifestUrl` up to its last slash. */
const folderOf = (manifestUrl: string): string => manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);

/** The words of `query` spelt as the index holds terms (lower-case letters and digits), each once. */
function plainWords(query: string): string[] {
  // `OR` between words is the operator (query.ts), not a word to look up.
  const words = query
    .split(/\s+/)
    .filter((token) => token !== 'OR')
    .flatMap((token) => token.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.filter((word) => /^[a-z0-9]+$/.test(word)))];
}

/** URLs (beside `manifestUrl`) of the vocabulary chunks of `query`'s plain words. */
export function earlyFiles(manifest: Manifest, manifestUrl: string, query: string): string[] {
  const urls = new Set<string>();
  for (const word of plainWords(query)) {
    const hash = manifest.vocab[vocabChunkKey(firstChar(word), word.length)];
    if (hash) urls.add(folderOf(manifestUrl) + fileName('vocab', hash));
  }
  return [...urls];
}

/** URLs of the postings files of `query`'s plain words that `chunk` (a vocabulary chunk just loaded) holds. */
export function earlyPostingsFiles(chunk: VocabChunk, manifestUrl: string, query: string): string[] {
  const urls = new Set<string>();
  for (const word of plainWords(query)) {
    const hash = postingsHashOf(chunk, word);
    if (hash) urls.add(folderOf(manifestUrl) + fileName('postings', hash));
  }
  return [...urls];
}
