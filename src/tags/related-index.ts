/**
 * An embedded, in-memory index of articles by their tags: an inverted index from tag to articles,
 * so a query only touches the articles that share at least one tag with it.
 * @module
 */
import type { Enrichment } from '../types.js';
import { tagWeight, type TagStats } from './weights.js';

/** One related article and the tags that explain the link. */
export interface RelatedHit {
  id: string;
  score: number;
  shared: string[];
}

/** The JSON form of a {@link RelatedIndex}. */
export interface RelatedIndexJson {
  version: 1;
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
    return this.docs.delete(id);
  }

  /** Whether an article is indexed. */
  has(id: string): boolean {
    return this.docs.has(id);
  }

  /**
   * The `top` articles most similar to the given tags (or to an indexed article, by id), best
   * first; ties broken by id so the order is deterministic. An indexed id never returns itself.
   */
  query(target: string | readonly string[], options: { top?: number } = {}): RelatedHit[] {
    const top = options.top ?? 10;
    const selfId = typeof target === 'string' ? target : undefined;
    const tags = typeof target === 'string' ? (this.docs.get(target) ?? []) : [...new Set(target)];
    const weight = new Map(tags.map((tag) => [tag, tagWeight(tag, this)]));
    const queryNorm = Math.sqrt([...weight.values()].reduce((sum, w) => sum + w * w, 0));
    if (queryNorm === 0) return [];
    const overlap = new Map<string, number>();
    for (const [tag, w] of weight) {
      for (const id of this.postings.get(tag) ?? []) {
        if (id !== selfId) overlap.set(id, (overlap.get(id) ?? 0) + w * w);
      }
    }
    const hits: RelatedHit[] = [];
    for (const [id, dot] of overlap) {
      const docTags = this.docs.get(id)!;
      const docNorm = Math.sqrt(docTags.reduce((sum, tag) => sum + (weight.get(tag) ?? tagWeight(tag, this)) ** 2, 0));
      hits.push({ id, score: round(dot / (queryNorm * docNorm)), shared: docTags.filter((tag) => weight.has(tag)) });
    }
    hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return hits.slice(0, top);
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
