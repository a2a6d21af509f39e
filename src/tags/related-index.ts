/**
 * An embedded, in-memory index of articles by their tags: an inverted index from tag to articles,
 * so a query only touches the articles that share at least one tag with it.
 * @module
 */
import type { Enrichment } from '../types.js';
import { tagWeight, type TagStats } from './weights.js';

/** One related article and the tags that explain the link. */
export interface RelatedHit {
  /** The id the article was added under. */
  id: string;
  /** Similarity in [0, 1], as {@link similarity} computes it. */
  score: number;
  /** The tags both articles have: why they are related. */
  shared: string[];
}

/**
 * Articles a query gathers from its rarest tags before commoner tags stop adding candidates
 * (each is then scored exactly).
 */
const CANDIDATE_POOL = 1000;

/** The JSON form of a {@link RelatedIndex}. */
export interface RelatedIndexJson {
  /** Format version; {@link RelatedIndex.fromJSON} rejects any other. */
  version: 1;
  /** Every article as `[id, tags]`, in the order they were added. */
  documents: [id: string, tags: string[]][];
}

/**
 * Articles by tags, with top-k queries weighted like {@link similarity} (rarity from the index itself).
 * @example
 * ```ts
 * const index = new RelatedIndex();
 * index.add('a1', enrichmentA);
 * index.query(enrichmentB.tags, { top: 5 }); // [{ id: 'a1', score: 0.31, shared: ['country:KZ'] }]
 * ```
 */
export class RelatedIndex implements TagStats {
  private readonly docs = new Map<string, string[]>();
  private readonly postings = new Map<string, Set<string>>();
  /** Tag weights and document norms under the current frequencies; emptied by every change. */
  private readonly weights = new Map<string, number>();
  private readonly norms = new Map<string, number>();

  /** Number of indexed articles. */
  get documents(): number {
    return this.docs.size;
  }

  /** Number of indexed articles carrying `tag`. */
  frequency(tag: string): number {
    return this.postings.get(tag)?.size ?? 0;
  }

  /** Adds an article, or replaces it when the id is already indexed. */
  add(id: string, article: Enrichment | readonly string[]): this {
    this.remove(id);
    const tags = [...new Set(Array.isArray(article) ? (article as readonly string[]) : (article as Enrichment).tags)];
    this.docs.set(id, tags);
    for (const tag of tags) {
      let ids = this.postings.get(tag);
      if (!ids) this.postings.set(tag, (ids = new Set()));
      ids.add(id);
    }
    this.changed();
    return this;
  }

  /** Same as {@link RelatedIndex.add}: replaces the article's tags. */
  update(id: string, article: Enrichment | readonly string[]): this {
    return this.add(id, article);
  }

  /** Removes an article; returns whether it was there. */
  remove(id: string): boolean {
    const tags = this.docs.get(id);
    if (!tags) return false;
    for (const tag of tags) {
      const ids = this.postings.get(tag)!;
      ids.delete(id);
      if (ids.size === 0) this.postings.delete(tag);
    }
    this.changed();
    return this.docs.delete(id);
  }

  /** Whether an article is indexed. */
  has(id: string): boolean {
    return this.docs.has(id);
  }

  /**
   * The `top` articles most similar to the given tags (or to an indexed article, by id), best
   * first; ties broken by id so the order is deterministic. An indexed id never returns itself.
   *
   * Candidates come from the postings of the query's rarest tags first; once a tag would take them
   * past {@link CANDIDATE_POOL} articles, it and commoner tags (a country in every other article)
   * add no new candidates, but still count in every candidate's score. That keeps a query
   * bounded at 100,000 articles; the scores themselves are exact.
   */
  query(target: string | readonly string[], options: { top?: number } = {}): RelatedHit[] {
    const top = options.top ?? 10;
    const selfId = typeof target === 'string' ? target : undefined;
    const tags = typeof target === 'string' ? (this.docs.get(target) ?? []) : [...new Set(target)];
    // A tag no other article carries links to nothing: it counts in no norm (see norm()).
    const own = selfId === undefined ? 0 : 1;
    const weight = new Map(tags.filter((tag) => this.frequency(tag) > own).map((tag) => [tag, this.weight(tag)]));
    const queryNorm = Math.sqrt([...weight.values()].reduce((sum, w) => sum + w * w, 0));
    if (queryNorm === 0) return [];
    const candidates = new Set<string>();
    const byRarity = [...weight.keys()].sort((a, b) => this.frequency(a) - this.frequency(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const tag of byRarity) {
      const ids = this.postings.get(tag);
      if (!ids) continue;
      // A tag whose articles would overflow the pool adds none, once there are enough to rank.
      if (candidates.size + ids.size > CANDIDATE_POOL && candidates.size > top) break;
      for (const id of ids) {
        // Even the rarest tag may be common in a large index: its first articles are enough.
        if (candidates.size >= CANDIDATE_POOL) break;
        candidates.add(id);
      }
    }
    candidates.delete(selfId as string);
    const hits: RelatedHit[] = [];
    for (const id of candidates) {
      const docTags = this.docs.get(id)!;
      let dot = 0;
      // A tag only this article carries, shared with an outside query, links them after all.
      let ownShared = 0;
      const shared: string[] = [];
      for (const tag of docTags) {
        const w = weight.get(tag);
        if (w === undefined) continue;
        dot += w * w;
        if (this.frequency(tag) === 1) ownShared += w * w;
        shared.push(tag);
      }
      if (dot > 0) hits.push({ id, score: round(dot / (queryNorm * Math.sqrt(this.norm(id, docTags) ** 2 + ownShared))), shared });
    }
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, top);
  }

  /** Weight of a tag under the index's frequencies (cached until the next change). */
  private weight(tag: string): number {
    let w = this.weights.get(tag);
    if (w === undefined) this.weights.set(tag, (w = tagWeight(tag, this)));
    return w;
  }

  /**
   * Length of an article's weight vector over its linkable tags, those another indexed article
   * carries too (cached until the next change): a tag only one article has cannot make it related
   * to anything, so it should not dilute its similarity either (P@5 .446 → .508 / .238 → .250 on
   * en-kpcrowd-topics / ru-rt-tags with 40 keyword tags).
   */
  private norm(id: string, tags: readonly string[]): number {
    let n = this.norms.get(id);
    if (n === undefined) {
      let sum = 0;
      for (const tag of tags) if (this.frequency(tag) > 1) sum += this.weight(tag) ** 2;
      this.norms.set(id, (n = Math.sqrt(sum)));
    }
    return n;
  }

  /** Frequencies changed: every weight and norm may have. */
  private changed(): void {
    this.weights.clear();
    this.norms.clear();
  }

  /** The index as plain JSON (documents in insertion order). */
  toJSON(): RelatedIndexJson {
    return { version: 1, documents: [...this.docs].map(([id, tags]) => [id, [...tags]]) };
  }

  /** Rebuilds an index saved with {@link RelatedIndex.toJSON}. */
  static fromJSON(json: RelatedIndexJson): RelatedIndex {
    if (!json || json.version !== 1 || !Array.isArray(json.documents)) {
      throw new TypeError('RelatedIndex.fromJSON(): expected { version: 1, documents: [[id, tags], ...] }');
    }
    const index = new RelatedIndex();
    for (const [id, tags] of json.documents) index.add(id, tags);
    return index;
  }
}

function round(score: number): number {
  return Math.round(Math.min(1, score) * 1e6) / 1e6;
}
