/**
 * Tags and related articles.
 * @module
 */
export { similarity, tagSimilarity } from './similarity.js';
export { RelatedIndex } from './related-index.js';
export type { RelatedHit, RelatedIndexJson, RelatedQueryOptions } from './related-index.js';
export type { TagStats } from './weights.js';
