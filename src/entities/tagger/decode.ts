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
 * The best label index per token, given each token's hashed feature keys. Linear in tokens ×
 * features plus tokens × labels²; allocation is three tables per call.
 */
export function viterbi(model: TaggerModel, features: SentenceFeatures): Int32Array {
  const T = features.offsets.length - 1;
  const n = model.labels.length;
  const path = new Int32Array(T);
  if (T === 0) return path;
  const emit = model.emissions(features.keys, features.offsets, features.words);
  const trans = model.transitions;
  const score = new Float64Array(T * n);
  const back = new Int32Array(T * n);
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
