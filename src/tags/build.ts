/**
 * Tags: the canonical, language-independent strings that link related articles. Entity ids come
 * first (most salient first), then keywords; no duplicates; deterministic, so enriching an
 * article twice gives the same tags in the same order.
 *
 * Each keyword tags its phrase and, for a phrase, each of its words too ("keyword:ru:экспорт
 * зерна", "keyword:ru:экспорт", "keyword:ru:зерна"): two articles on one theme rarely pick the
 * same phrase, but they share its words (measured on the related dev sets).
 * @module
 */
import type { Entity, Keyword } from '../types.js';

/**
 * How many keywords tag an article, at most: more than the 40 an Enrichment lists, when the
 * caller passes them (the pipeline asks the keyword stage for this many). Themes are spread over
 * many words: P@5 on en-kpcrowd-topics-dev .446 (20) → .515 (40) → .574 (100) → .571 (150) with
 * plain similarity, .542 (40) → .593 (100) with RelatedIndex's widened queries. ru-rt-tags-dev
 * does not move (.247): its short articles have ~40 candidates in all.
 */
export const KEYWORD_TAGS = 100;

/** The tags of an article from its entities and keywords. */
export function buildTags(entities: readonly Entity[], keywords: readonly Keyword[], lang: string): string[] {
  const tags = new Set<string>();
  for (const entity of entities) tags.add(entity.id);
  // A keyword that is an entity's name is already tagged by the entity's id; tagging it again in
  // one language would make two articles in that language look closer than the same story told
  // in another (and let "казахстан" link every Kazakh news item).
  const entityNames = new Set(entities.flatMap((e) => [e.name, ...e.mentions.map((m) => m.normal ?? m.text)]).map(foldName));
  if (lang !== 'und') {
    for (const keyword of keywords.slice(0, KEYWORD_TAGS)) {
      const term = keyword.term.toLowerCase();
      if (entityNames.has(foldName(term))) continue;
      tags.add(`keyword:${lang}:${term}`);
      const words = term.split(' ');
      if (words.length > 1) for (const word of words) tags.add(`keyword:${lang}:${word}`);
    }
  }
  return [...tags];
}

/**
 * A name or term compared case-blind and ё-blind: the keyword stage may spell "петр порошенко"
 * where the entity is "Пётр Порошенко", and the person must not be tagged a second time.
 */
function foldName(name: string): string {
  return name.toLowerCase().replaceAll('ё', 'е');
}
