/**
 * The keyword stage: keyphrases of the body. Not built yet (issue: keywords, tags and related
 * articles); until then it finds none.
 * @module
 */
import type { LoadedLanguage } from '../languages/pack.js';
import type { ArticleDocument } from '../text/document.js';
import type { Entity, Keyword } from '../types.js';

/** Keyphrases of the document's body, best first. */
export function extractKeywords(_doc: ArticleDocument, _entities: readonly Entity[], _pack: LoadedLanguage | undefined): Keyword[] {
  return [];
}
