/**
 * Binary search over sorted spans, shared by the stages that look up offsets in long texts
 * (a linear scan per lookup would make them quadratic on a 1 MB article).
 * @module
 */

/**
 * The index of the first item for which `before` is false, in `items` partitioned so that every
 * item for which it is true comes first (e.g. spans sorted by start, `before = s => s.start < x`).
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
