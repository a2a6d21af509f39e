/**
 * How much a shared tag says about two articles being related: entities more than keywords, and
 * rare tags more than common ones (a country every article mentions links little).
 * @module
 */

/**
 * Document frequencies of tags over a corpus, for rarity weighting. A {@link RelatedIndex} is one.
 * @example
 * ```ts
 * import { similarity } from 'news-enrich';
 * const counts = new Map<string, number>(); // tag → articles carrying it, from your archive
 * const stats = { documents: 10_000, frequency: (tag: string) => counts.get(tag) ?? 0 };
 * similarity(a, b, stats); // rare shared tags weigh more than common ones
 * ```
 */
export interface TagStats {
  /** Number of documents counted. */
  documents: number;
  /** Documents carrying each tag. */
  frequency(tag: string): number;
}

/**
 * Weight of a tag's kind: the prefix before the first ':'. Keywords weigh 1.0: with word tags
 * (see build.ts) they carry the theme; measured P@5 .430 / .229 (en-kpcrowd-topics / ru-rt-tags)
 * against .379 / .218 at 0.6.
 */
export function kindWeight(tag: string): number {
  const kind = tag.slice(0, tag.indexOf(':'));
  switch (kind) {
    case 'person':
    case 'event':
      return 1.5;
    case 'org':
    case 'place':
      return 1.2;
    case 'country':
      return 0.8;
    case 'keyword':
      return 1.0;
    default:
      return 0.5;
  }
}

/** Inverse document frequency, smoothed so unseen tags weigh the most and all weights stay > 0. */
export function rarity(tag: string, stats: TagStats | undefined): number {
  if (!stats || stats.documents === 0) return 1;
  return Math.log(1 + (stats.documents + 1) / (stats.frequency(tag) + 1));
}

/** The weight of one tag. */
export function tagWeight(tag: string, stats?: TagStats): number {
  return kindWeight(tag) * rarity(tag, stats);
}
