/**
 * A compact linear sequence model: hashed features → per-label weights (int8, one scale), plus
 * label-to-label transition scores. Loaded once from the JSON that scripts/lib/perceptron.mjs
 * writes; lookups go through an open-addressing table of the 32-bit feature hashes.
 * @module
 */
import { decodeBase64 } from './base64.js';

/** The JSON a trained model is stored as (data/<lang>/ner-model.json). */
export interface TaggerModelJson {
  /** Format version; 1. */
  version: number;
  /** BIO labels, `O` first: `O`, `B-PER`, `I-PER`, ... */
  labels: string[];
  /** Multiplier from the int8 weights back to scores. */
  scale: number;
  /** base64 of the sorted little-endian Uint32 feature hashes. */
  keys: string;
  /** base64 of the Int8 weights, `labels.length` per key, in key order. */
  weights: string;
  /** `(labels.length + 1) × labels.length` transition scores; the last row is the sentence start. */
  transitions: number[];
  /** Where the model came from (sources, licence, scores): informational. */
  meta?: Record<string, unknown>;
}

/** A loaded model, ready for {@link TaggerModel.emissions}. */
export class TaggerModel {
  /** The BIO labels, `O` first. */
  readonly labels: readonly string[];
  /** Transition scores, `(labels + 1) × labels`, invalid BIO moves at -Infinity. */
  readonly transitions: Float64Array;
  /** Per label, the labels that may precede it (BIO): the decoder skips the rest. */
  readonly predecessors: readonly Int32Array[];
  private readonly slots: Int32Array;
  private readonly slotKeys: Uint32Array;
  private readonly mask: number;
  private readonly weights: Int8Array;
  private readonly scale: number;

  constructor(json: TaggerModelJson) {
    if (!json || json.version !== 1 || !Array.isArray(json.labels) || json.labels[0] !== 'O') {
      throw new TypeError('TaggerModel: expected a version 1 model JSON with labels starting at "O" (rebuild it with scripts/train-*-ner.mjs)');
    }
    this.labels = json.labels;
    const n = json.labels.length;
    const keyBytes = decodeBase64(json.keys);
    const keys = new Uint32Array(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength >> 2);
    const weightBytes = decodeBase64(json.weights);
    this.weights = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
    if (this.weights.length !== keys.length * n) throw new TypeError('TaggerModel: keys and weights disagree in length');
    this.scale = json.scale;
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity).fill(-1);
    this.slotKeys = new Uint32Array(capacity);
    for (let k = 0; k < keys.length; k++) {
      let s = mix(keys[k]!) & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = k;
      this.slotKeys[s] = keys[k]!;
    }
    this.transitions = Float64Array.from(json.transitions);
    if (this.transitions.length !== (n + 1) * n) throw new TypeError('TaggerModel: transitions must be (labels + 1) × labels');
    for (let prev = 0; prev <= n; prev++) {
      for (let next = 0; next < n; next++) {
        if (!allowed(prev < n ? json.labels[prev]! : 'O', json.labels[next]!)) this.transitions[prev * n + next] = -Infinity;
      }
    }
    this.predecessors = json.labels.map((_, next) => Int32Array.from(json.labels.keys()).filter((prev) => this.transitions[prev * n + next] !== -Infinity));
  }

  /**
   * Emission scores of a sentence, `tokens × labels`: each token's known keys' int8 weights summed
   * as integers (exact, and cheaper than float adds), scaled once per token.
   */
  emissions(keys: Uint32Array, offsets: Int32Array): Float64Array {
    const n = this.labels.length;
    const T = offsets.length - 1;
    const emit = new Float64Array(T * n);
    const sum = new Int32Array(n);
    const { slots, slotKeys, weights, mask: m } = this;
    for (let t = 0; t < T; t++) {
      sum.fill(0);
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const hash = keys[k]!;
        let s = mix(hash) & m;
        for (;;) {
          const id = slots[s]!;
          if (id < 0) break;
          if (slotKeys[s] === hash) {
            const base = id * n;
            for (let l = 0; l < n; l++) sum[l] = sum[l]! + weights[base + l]!;
            break;
          }
          s = (s + 1) & m;
        }
      }
      for (let l = 0; l < n; l++) emit[t * n + l] = sum[l]! * this.scale;
    }
    return emit;
  }

  /** Number of hashed features the model knows. */
  get size(): number {
    return this.weights.length / this.labels.length;
  }
}

/** Spreads the hash's high bits into the low ones (FNV's low bits alone cluster). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** BIO: `I-X` only continues `B-X` or `I-X`. */
function allowed(prev: string, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  return prev.length > 2 && prev.slice(2) === next.slice(2);
}
