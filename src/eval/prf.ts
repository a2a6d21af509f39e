/**
 * Precision / recall / F1 arithmetic shared by the scorers. Every division is guarded: an empty
 * denominator gives 0, never NaN, so an empty prediction or an empty gold set prints zeros.
 * @module
 */

/** True positives, false positives and false negatives of one comparison. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 with the counts they come from. */
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** `a / b`, or 0 when `b` is 0. */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A zero {@link Counts}. */
export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds `b` into `a` (mutates and returns `a`). */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  return a;
}

/** Precision, recall and F1 of the counts. */
export function prf(counts: Counts): Prf {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  return { tp: counts.tp, fp: counts.fp, fn: counts.fn, precision, recall, f1: f1(precision, recall) };
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Set comparison of two lists of keys (each list de-duplicated first): tp = shared keys,
 * fp = predicted only, fn = gold only.
 */
export function compareSets(gold: Iterable<string>, predicted: Iterable<string>): Counts {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const key of p) if (g.has(key)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/** Rounds to 4 decimals (for JSON output). */
export function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
