/**
 * The quote stage: quotes and their speakers. Not built yet (issue: quotes and their speakers);
 * until then it finds none, and says so in the README rather than guessing.
 * @module
 */
import type { LoadedLanguage } from '../languages/pack.js';
import type { ArticleDocument } from '../text/document.js';
import type { Entity, Quote } from '../types.js';

/** Quotes of the document's body, speakers linked to `entities` where known. */
export function extractQuotes(_doc: ArticleDocument, _entities: readonly Entity[], _pack: LoadedLanguage | undefined): Quote[] {
  return [];
}
