/**
 * news-enrich: structured, linkable metadata from the text of a news article.
 * @packageDocumentation
 */
export { createEnricher, enrich, DEFAULT_MAX_LENGTH } from './enricher.js';
export type { Enricher, EnricherOptions } from './enricher.js';
export type { LanguagePack, LoadedLanguage, WordAnalysis } from './languages/pack.js';
export type { ArticleDocument } from './text/document.js';
export type { Token } from './text/segment.js';
export { detectLanguage, SUPPORTED_LANGUAGES } from './language/index.js';
export type { DetectOptions } from './language/index.js';
export { htmlToText } from './text/html.js';
export type { HtmlText } from './text/html.js';
export type * from './types.js';
export { similarity, tagSimilarity, RelatedIndex } from './tags/index.js';
export type { RelatedHit, RelatedIndexJson, RelatedQueryOptions, TagStats } from './tags/index.js';
export { toHtml } from './render/index.js';
export type { RenderOptions } from './render/index.js';
