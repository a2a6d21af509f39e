/**
 * Viterbi decoding over BIO labels and the spans the best path spells.
 * @module
 */
import type { SentenceFeatures } from './keys.js';
import type { TaggerModel } from './model.js';

/** A tagged span over token indices `[start, end)` with its type (`PER`, `LOC`, ...). */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
  /** Set by a language's rules when the type is certain (a later document pass must not retype it). */
  fixed?: boolean;
}

/**
 * Scratch tables of {@link viterbi}, grown to the longest sentence × labels seen and reused:
 * tables over 64 bytes live outside V8's heap, and allocating and collecting three of them per
 * sentence cost about as much as the dynamic programme itself (viterbi minus emissions ≈ 0.6-1.0
 * → 0.35-0.4 µs a token). Decoding is synchronous and never re-entered, so one set serves
 * every model.
 */
let emitScratch = new Float64Array(1024);
let scoreScratch = new Float64Array(1024);
let backScratch = new Int32Array(1024);

/** Grows the scratch tables to at least `cells` cells. */
function reserve(cells: number): void {
  if (scoreScratch.length >= cells) return;
  let size = scoreScratch.length;
  while (size < cells) size *= 2;
  emitScratch = new Float64Array(size);
  scoreScratch = new Float64Array(size);
  backScratch = new Int32Array(size);
}

/**
 * The best label index per token, given each token's hashed feature keys. Linear in tokens ×
 * features plus tokens × labels²; allocates only the returned path.
 */
export function viterbi(model: TaggerModel, features: SentenceFeatures): Int32Array {
  const T = features.offsets.length - 1;
  const n = model.labels.length;
  const path = new Int32Array(T);
  if (T === 0) return path;
  reserve(T * n);
  const emit = model.emissions(features.keys, features.offsets, features.words, emitScratch);
  const trans = model.transitions;
  // Every cell read below is written first (scores row by row, back pointers from the second row).
  const score = scoreScratch;
  const back = backScratch;
  for (let l = 0; l < n; l++) score[l] = emit[l]! + trans[n * n + l]!;
  for (let t = 1; t < T; t++) {
    for (let l = 0; l < n; l++) {
      let best = -Infinity;
      let arg = 0;
      const preds = model.predecessors[l]!;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = score[(t - 1) * n + p]! + trans[p * n + l]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * n + l] = best + emit[t * n + l]!;
      back[t * n + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < n; l++) {
    if (score[(T - 1) * n + l]! > best) {
      best = score[(T - 1) * n + l]!;
      arg = l;
    }
  }
  for (let t = T - 1; t >= 0; t--) {
    path[t] = arg;
    arg = back[t * n + arg]!;
  }
  return path;
}

/** The spans of a BIO label path (labels by index into `labels`). */
export function spansOf(labels: readonly string[], path: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let t = 0; t < path.length; t++) {
    const label = labels[path[t]!] ?? 'O';
    if (label.startsWith('I-') && open && open.type === label.slice(2)) {
      open.end = t + 1;
      continue;
    }
    if (open) spans.push(open);
    open = label === 'O' ? undefined : { start: t, end: t + 1, type: label.slice(2) };
  }
  if (open) spans.push(open);
  return spans;
}
