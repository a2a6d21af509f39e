/**
 * Feature hashing shared by training (scripts/lib/perceptron.mjs) and decoding: a feature string
 * becomes a 32-bit FNV-1a hash of its UTF-16 code units. Both sides must agree bit for bit, so the
 * training script imports this very function.
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
