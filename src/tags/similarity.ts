/**
 * Similarity of two enrichments: the weighted cosine of their tag sets.
 * @module
 */
import type { Enrichment } from '../types.js';
import { tagWeight, type TagStats } from './weights.js';

/**
 * Weighted overlap of two tag lists in [0, 1], symmetric: the cosine of their weight vectors.
 * Pass `stats` (document frequencies of a corpus) to make rare tags weigh more.
 * @example
 * ```ts
 * import { tagSimilarity } from 'news-enrich';
 * tagSimilarity(['country:KZ', 'person:kasym-jomart-tokaev'], ['country:KZ', 'keyword:ru:уран']); // 0.29
 * ```
 */
export function tagSimilarity(a: readonly string[], b: readonly string[], stats?: TagStats): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  let shared = 0;
  let normA = 0;
  for (const tag of new Set(a)) {
    const w = tagWeight(tag, stats);
    normA += w * w;
    if (setB.has(tag)) shared += w * w;
  }
  let normB = 0;
  for (const tag of setB) normB += tagWeight(tag, stats) ** 2;
  if (shared === 0) return 0;
  return Math.min(1, shared / Math.sqrt(normA * normB));
}

/**
 * Similarity of two enrichments by their tags, in [0, 1], symmetric.
 * @example
 * ```ts
 * similarity(await enrich(articleA), await enrich(articleB)); // 0.42
 * ```
 */
export function similarity(a: Enrichment, b: Enrichment, stats?: TagStats): number {
  return tagSimilarity(a.tags, b.tags, stats);
}
