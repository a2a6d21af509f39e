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
  /**
   * The open-addressing table, one entry of {@link TaggerModel.stride} bytes per slot: the key
   * (Uint32), the key's int8 weights (one per label), then an "occupied" byte. Key and weights
   * sit in one cache line, so a lookup costs one memory fetch, not three (slot, key, row).
   */
  private readonly slotKeys: Uint32Array;
  private readonly slotBytes: Int8Array;
  /** Bytes per slot (a multiple of 4). */
  private readonly stride: number;
  private readonly mask: number;
  private readonly keyCount: number;
  /**
   * A blocked Bloom filter of the keys: one 32-bit word per lookup with two bits set per key,
   * eight bits per key. About a fifth of a sentence's keys (18-23% on news) are ones the model
   * never saw, mostly neighbour pairs, and each such miss walked the big table (cold cache lines
   * of a 0.4-2 MB table); the filter (32-128 KB, stays in cache) turns away 97-98% of them.
   * Emissions 10-25% faster (/tmp/tagspeed/micro3.mts). No false negatives: sums unchanged.
   */
  private readonly filter: Uint32Array;
  private readonly filterShift: number;
  private readonly scale: number;
  /** Per word-keys array (see `SentenceFeatures.words`), its summed weights; weak, so words the extractor's cache drops go too. */
  private readonly ownSums = new WeakMap<Uint32Array, Int32Array>();
  /** Scratch row of {@link TaggerModel.emissions}. */
  private readonly sum: Int32Array;

  constructor(json: TaggerModelJson) {
    if (!json || json.version !== 1 || !Array.isArray(json.labels) || json.labels[0] !== 'O') {
      throw new TypeError('TaggerModel: expected a version 1 model JSON with labels starting at "O" (rebuild it with scripts/train-*-ner.mjs)');
    }
    this.labels = json.labels;
    const n = json.labels.length;
    const keyBytes = decodeBase64(json.keys);
    const keys = new Uint32Array(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength >> 2);
    const weightBytes = decodeBase64(json.weights);
    const weights = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
    if (weights.length !== keys.length * n) throw new TypeError('TaggerModel: keys and weights disagree in length');
    this.keyCount = keys.length;
    this.scale = json.scale;
    this.sum = new Int32Array(n);
    // Load factor at most 2/3: linear probing stays short, and the table stays small enough to cache well.
    let capacity = 16;
    while (capacity * 2 < keys.length * 3) capacity *= 2;
    this.mask = capacity - 1;
    this.stride = 4 + Math.ceil((n + 1) / 4) * 4;
    const table = new ArrayBuffer(capacity * this.stride);
    this.slotKeys = new Uint32Array(table);
    this.slotBytes = new Int8Array(table);
    const occupied = 4 + n;
    for (let k = 0; k < keys.length; k++) {
      let s = mix(keys[k]!) & this.mask;
      while (this.slotBytes[s * this.stride + occupied] !== 0) s = (s + 1) & this.mask;
      const at = s * this.stride;
      this.slotKeys[at >> 2] = keys[k]!;
      this.slotBytes.set(weights.subarray(k * n, k * n + n), at + 4);
      this.slotBytes[at + occupied] = 1;
    }
    let filterWords = 16;
    while (filterWords * 4 < keys.length) filterWords *= 2;
    this.filter = new Uint32Array(filterWords);
    this.filterShift = 32 - Math.log2(filterWords);
    for (let k = 0; k < keys.length; k++) {
      const g = filterHash(keys[k]!);
      const word = g >>> this.filterShift;
      this.filter[word] = this.filter[word]! | (1 << (g & 31)) | (1 << ((g >>> 5) & 31));
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
   * as integers (exact, and cheaper than float adds), scaled once per token. When `words[t]` is
   * given, the token's first keys are that word's own keys, whose sum is cached per word: integer
   * sums do not depend on the order of adding, so the scores are the same to the last bit.
   * `into`, when long enough, receives the scores (a view of it is returned; every cell is
   * written), so a caller can reuse one table across sentences.
   */
  emissions(keys: Uint32Array, offsets: Int32Array, words?: readonly (Uint32Array | undefined)[], into?: Float64Array): Float64Array {
    const n = this.labels.length;
    const T = offsets.length - 1;
    const emit = into && into.length >= T * n ? into.subarray(0, T * n) : new Float64Array(T * n);
    const sum = this.sum;
    for (let t = 0; t < T; t++) {
      const own = words?.[t];
      let from = offsets[t]!;
      if (own) {
        sum.set(this.wordSums(own));
        from += own.length;
      } else sum.fill(0);
      this.addWeights(keys, from, offsets[t + 1]!, sum);
      for (let l = 0; l < n; l++) emit[t * n + l] = sum[l]! * this.scale;
    }
    return emit;
  }

  /** The summed weights of a word's own keys, computed on first sight of the array (bounded by the extractor's word cache). */
  private wordSums(own: Uint32Array): Int32Array {
    let sums = this.ownSums.get(own);
    if (!sums) {
      sums = new Int32Array(this.labels.length);
      this.addWeights(own, 0, own.length, sums);
      this.ownSums.set(own, sums);
    }
    return sums;
  }

  /** Adds the weights of `keys[from .. to-1]` the model knows to `sum` (one per label). */
  private addWeights(keys: Uint32Array, from: number, to: number, sum: Int32Array): void {
    const n = this.labels.length;
    const { slotKeys, slotBytes, stride, mask: m, filter, filterShift } = this;
    const occupied = 4 + n;
    const end = (m + 1) * stride;
    for (let k = from; k < to; k++) {
      const hash = keys[k]!;
      const g = filterHash(hash);
      const bits = (1 << (g & 31)) | (1 << ((g >>> 5) & 31));
      if ((filter[g >>> filterShift]! & bits) !== bits) continue;
      let at = (mix(hash) & m) * stride;
      while (slotBytes[at + occupied] !== 0) {
        if (slotKeys[at >> 2] === hash) {
          for (let l = 0; l < n; l++) sum[l] = sum[l]! + slotBytes[at + 4 + l]!;
          break;
        }
        at += stride;
        if (at === end) at = 0;
      }
    }
  }

  /** Number of hashed features the model knows. */
  get size(): number {
    return this.keyCount;
  }
}

/** Spreads the hash's high bits into the low ones (FNV's low bits alone cluster). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The Bloom filter's hash of a key: the top bits pick the word, the low ten the two bits (independent of {@link mix}'s slot bits). */
function filterHash(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
}

/** BIO: `I-X` only continues `B-X` or `I-X`. */
function allowed(prev: string, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  return prev.length > 2 && prev.slice(2) === next.slice(2);
}
