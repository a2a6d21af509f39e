/**
 * HTML rendering of an Enrichment, like spaCy's displaCy: see {@link toHtml}.
 * @module
 */
export { toHtml } from './page.js';
export type { RenderOptions } from './page.js';
