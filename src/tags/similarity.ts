/**
 * Similarity of two enrichments: the weighted cosine of their tag sets.
 * @module
 */
import type { Enrichment } from '../types.js';
import { tagWeight, type TagStats } from './weights.js';

/**
 * Weighted overlap of two tag lists in [0, 1], symmetric: the cosine of their weight vectors.
 * Pass `stats` (document frequencies of a corpus that counts both articles) to make rare tags
 * weigh more; with stats, a tag that no other article of the corpus carries (frequency ≤ 1) and
 * that the two do not share is left out of the norms: it cannot link either article to anything,
 * so it should not dilute their similarity (P@5 .446 → .508 / .238 → .250 on en-kpcrowd-topics /
 * ru-rt-tags). This is exactly what `RelatedIndex.query` computes with `expand: false`.
 * @example
 * ```ts
 * import { tagSimilarity } from 'news-enrich';
 * tagSimilarity(['country:KZ', 'person:kasym-jomart-tokaev'], ['country:KZ', 'keyword:ru:уран']); // 0.29
 * ```
 */
export function tagSimilarity(a: readonly string[], b: readonly string[], stats?: TagStats): number {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length === 0 || b.length === 0) return 0;
  const setA = new Set(a);
  const setB = new Set(b);
  const counts = (tag: string, shared: boolean) => shared || !stats || stats.documents === 0 || stats.frequency(tag) > 1;
  let shared = 0;
  let normA = 0;
  for (const tag of setA) {
    const isShared = setB.has(tag);
    if (!counts(tag, isShared)) continue;
    const w = tagWeight(tag, stats);
    normA += w * w;
    if (isShared) shared += w * w;
  }
  if (shared === 0) return 0;
  let normB = 0;
  for (const tag of setB) if (counts(tag, setA.has(tag))) normB += tagWeight(tag, stats) ** 2;
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
