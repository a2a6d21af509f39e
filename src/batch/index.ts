/**
 * `news-enrich/batch`: many articles at once, in order, optionally on worker threads (Node only).
 * @packageDocumentation
 */
export { enrichMany } from './enrich-many.js';
export type { EnrichManyError, EnrichManyOptions } from './enrich-many.js';
