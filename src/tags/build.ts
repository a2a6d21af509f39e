/**
 * Tags: the canonical, language-independent strings that link related articles. Entity ids come
 * first (most salient first), then keywords; no duplicates; deterministic, so enriching an
 * article twice gives the same tags in the same order.
 * @module
 */
import type { Entity, Keyword } from '../types.js';

/** Keywords beyond the best ten describe the article too loosely to link it. */
const MAX_KEYWORD_TAGS = 10;

/** The tags of an article from its entities and keywords. */
export function buildTags(entities: readonly Entity[], keywords: readonly Keyword[], lang: string): string[] {
  const tags = new Set<string>();
  for (const entity of entities) tags.add(entity.id);
  if (lang !== 'und') {
    for (const keyword of keywords.slice(0, MAX_KEYWORD_TAGS)) tags.add(`keyword:${lang}:${keyword.term.toLowerCase()}`);
  }
  return [...tags];
}
