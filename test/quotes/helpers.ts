import type { LoadedLanguage } from '../../src/languages/pack.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { buildDocument } from '../../src/text/document.js';
import { normalize } from '../../src/text/normalize.js';
import type { Entity, Quote } from '../../src/types.js';

/** Quotes of `text` treated as one article body (no layout stage, no morphology unless given). */
export function quotesOf(text: string, lang: string, entities: Entity[] = [], pack?: LoadedLanguage): Quote[] {
  const n = normalize(text);
  const doc = buildDocument(n, { start: 0, end: n.text.length, chrome: [] }, lang);
  return extractQuotes(doc, entities, pack);
}
