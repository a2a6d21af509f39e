/**
 * The entity stage: the language pack recognizes and resolves; this stage guarantees what every
 * consumer relies on whatever the pack: nothing from page chrome, mentions sorted, entities in a
 * stable order (most salient first, then by id).
 * @module
 */
import type { LoadedLanguage } from '../languages/pack.js';
import type { ArticleDocument } from '../text/document.js';
import type { Entity } from '../types.js';

/** Entities of the document's body, by the pack of its language (none without one). */
export function extractEntities(doc: ArticleDocument, pack: LoadedLanguage | undefined): Entity[] {
  const found = pack?.recognizeEntities?.(doc) ?? [];
  const entities: Entity[] = [];
  for (const entity of found) {
    const mentions = entity.mentions.filter((m) => !doc.isChrome(m)).sort((a, b) => a.start - b.start || a.end - b.end);
    if (mentions.length > 0) entities.push({ ...entity, mentions });
  }
  return entities.sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
