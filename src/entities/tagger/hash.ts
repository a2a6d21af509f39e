/**
 * Feature hashing shared by training (scripts/lib/perceptron.mjs) and decoding: a word-alone
 * feature string becomes a 32-bit FNV-1a hash of its UTF-16 code units once per distinct word,
 * and neighbour features {@link combine} cached hashes. Both sides must agree bit for bit, so the
 * training scripts run the very extractors the packs use.
 * @module
 */

/** 32-bit FNV-1a over UTF-16 code units; unsigned. Never throws. */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Combines two 32-bit hashes into one, order-sensitive (`combine(a, b) !== combine(b, a)`):
 * features are built from a template's hash and a word's cached hash with integer mixing, so
 * the hot path never concatenates strings. A murmur3-style finalizer spreads every input bit.
 */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
