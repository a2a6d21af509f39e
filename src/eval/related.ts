/**
 * Related-articles scoring: for each article, the share of its `k` (5) nearest neighbours that
 * are in the same `group`; the headline is the mean over articles (mean P@5).
 *
 * P@k divides by `k` even when fewer than `k` neighbours came back (an article with no tags
 * scores 0). `ceiling` is the best mean P@k reachable on the data: an article whose group has
 * fewer than `k` other members cannot fill its list.
 * @module
 */
import { mean, ratio } from './prf.js';

/** A gold related record (the fields the scorer reads). */
export interface RelatedGold {
  id: string;
  lang?: string;
  group: string;
}

/** What {@link scoreRelated} returns. */
export interface RelatedMetrics {
  docs: number;
  k: number;
  /** Mean P@k over articles: the headline number. */
  precision: number;
  /** Best reachable mean P@k given the group sizes. */
  ceiling: number;
  /** Articles for which no neighbour came back. */
  noNeighbours: number;
  /** Mean number of neighbours returned per article. */
  meanReturned: number;
  /** Mean P@k per group, with its size. */
  perGroup: Record<string, { n: number; precision: number }>;
}

/**
 * Nearest neighbours by brute force with a similarity function: the `k` most similar other
 * items (score > 0), best first, ties by id. Quadratic; fine for a few thousand items.
 */
export function nearestBySimilarity<T>(
  items: readonly { id: string; value: T }[],
  similarity: (a: T, b: T) => number,
  k = 5,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of items) {
    const scored: [string, number][] = [];
    for (const b of items) {
      if (b.id === a.id) continue;
      const s = similarity(a.value, b.value);
      if (s > 0) scored.push([b.id, s]);
    }
    scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    out.set(
      a.id,
      scored.slice(0, k).map(([id]) => id),
    );
  }
  return out;
}

/**
 * Scores neighbour lists: `neighbours.get(id)` is the article's neighbours, best first (its own
 * id, if present, is ignored; only the first `k` count). Ids missing from `gold` count as wrong.
 */
export function scoreRelated(
  gold: readonly RelatedGold[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  k = 5,
): RelatedMetrics {
  const groupOf = new Map(gold.map((r) => [r.id, r.group]));
  const groupSize = new Map<string, number>();
  for (const r of gold) groupSize.set(r.group, (groupSize.get(r.group) ?? 0) + 1);
  const precisions: number[] = [];
  const ceilings: number[] = [];
  const returned: number[] = [];
  const perGroup = new Map<string, number[]>();
  let noNeighbours = 0;
  for (const r of gold) {
    const list = (neighbours.get(r.id) ?? []).filter((id) => id !== r.id).slice(0, k);
    const same = list.filter((id) => groupOf.get(id) === r.group).length;
    const p = ratio(same, k);
    precisions.push(p);
    ceilings.push(ratio(Math.min(k, (groupSize.get(r.group) ?? 1) - 1), k));
    returned.push(list.length);
    if (list.length === 0) noNeighbours++;
    const g = perGroup.get(r.group) ?? [];
    g.push(p);
    perGroup.set(r.group, g);
  }
  return {
    docs: gold.length,
    k,
    precision: mean(precisions),
    ceiling: mean(ceilings),
    noNeighbours,
    meanReturned: mean(returned),
    perGroup: Object.fromEntries(
      [...perGroup].sort(([a], [b]) => a.localeCompare(b)).map(([g, ps]) => [g, { n: ps.length, precision: mean(ps) }]),
    ),
  };
}
