/**
 * Segmentation of normalized text: paragraphs (lines), sentences and tokens. One module per job;
 * this one is the entry point the rest of the pipeline imports.
 * @module
 */

export { splitParagraphs } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { tokenize, type Token } from './tokens.js';
