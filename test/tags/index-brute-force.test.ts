// RelatedIndex against brute force: with `expand: false` its lists and scores are exactly
// tagSimilarity's under the index's own frequencies, so candidate generation loses no neighbour.
import { describe, expect, it } from 'vitest';
import { RelatedIndex, tagSimilarity } from '../../src/tags/index.js';
import { nearestBySimilarity } from '../../src/eval/related.js';
import { benchRelatedIndex, syntheticArticles } from '../../bench/related-index.js';

/** A small corpus with common countries, shared people and Zipf-like keywords (seeded). */
function corpus(n: number): { id: string; value: string[] }[] {
  return syntheticArticles(n, 7).map((tags, i) => ({ id: `doc-${String(i).padStart(4, '0')}`, value: tags }));
}

describe('RelatedIndex = brute-force tagSimilarity', () => {
  const docs = corpus(400);
  const index = new RelatedIndex();
  for (const d of docs) index.add(d.id, d.value);
  const brute = nearestBySimilarity(docs, (a, b) => tagSimilarity(a, b, index), 5);

  it('returns the same top 5 with the same scores for every article', () => {
    for (const d of docs) {
      const hits = index.query(d.id, { top: 5, expand: false });
      expect(hits.map((h) => h.id)).toEqual(brute.get(d.id));
      const byId = new Map(docs.map((x) => [x.id, x.value]));
      for (const h of hits) expect(h.score).toBeCloseTo(tagSimilarity(d.value, byId.get(h.id)!, index), 5);
    }
  });

  it('keeps widened scores in [0, 1], never returns the query, and is deterministic', () => {
    for (const d of docs.slice(0, 50)) {
      const hits = index.query(d.id, { top: 5 });
      expect(hits.map((h) => h.id)).not.toContain(d.id);
      for (const h of hits) {
        expect(h.score).toBeGreaterThan(0);
        expect(h.score).toBeLessThanOrEqual(1);
        expect(h.shared.length).toBeGreaterThan(0);
      }
      expect(index.query(d.id, { top: 5 })).toEqual(hits);
    }
  });

  it('gives the same answers after removing and re-adding articles (slots are reused)', () => {
    const copy = RelatedIndex.fromJSON(index.toJSON());
    for (const d of docs.slice(0, 40)) copy.remove(d.id);
    for (const d of docs.slice(0, 40)) copy.add(d.id, d.value);
    // Same set of articles, other insertion order: the same neighbours and scores.
    for (const d of docs.slice(0, 60)) expect(copy.query(d.id, { top: 5 })).toEqual(index.query(d.id, { top: 5 }));
  });
});

describe('RelatedIndex candidate pool', () => {
  it('finds the brute-force top 5 when the index outgrows the pool (1,500 articles, pool 1,000)', () => {
    const docs = corpus(1500);
    const index = new RelatedIndex();
    for (const d of docs) index.add(d.id, d.value);
    for (const d of docs.filter((_, i) => i % 100 === 0)) {
      const scored = docs
        .filter((x) => x.id !== d.id)
        .map((x) => [x.id, tagSimilarity(d.value, x.value, index)] as const)
        .filter(([, s]) => s > 0)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      expect(index.query(d.id, { top: 5, expand: false }).map((h) => h.id)).toEqual(scored.slice(0, 5).map(([id]) => id));
    }
  });
});

describe('bench/related-index', () => {
  it('builds a synthetic index and reports query latency', () => {
    const result = benchRelatedIndex({ articles: 2000, queries: 20 });
    expect(result.articles).toBe(2000);
    expect(result.meanHits).toBe(5);
    expect(result.tagsPerArticle).toBeGreaterThan(40);
    expect(result.queryMedianMs).toBeGreaterThanOrEqual(0);
    expect(result.queryP95Ms).toBeGreaterThanOrEqual(result.queryMedianMs);
  });
});
