/**
 * Hashed feature keys of one sentence, as the decoder and the trainer read them: one flat
 * `Uint32Array` of keys and the offsets where each token's keys start. Extractors fill a
 * {@link KeyBuffer}, which grows once and is reused, so tagging allocates two typed arrays per
 * sentence instead of thousands of strings.
 * @module
 */
import { hashFeature } from './hash.js';

/** Keys of token `t` are `keys[offsets[t]] .. keys[offsets[t + 1] - 1]`. */
export interface SentenceFeatures {
  readonly keys: Uint32Array;
  /** `tokens + 1` entries, non-decreasing, starting at 0. */
  readonly offsets: Int32Array;
  /**
   * Optional, per token: the word-alone keys that open the token's keys (the very array pushed
   * with {@link KeyBuffer.pushWord}). They are the same wherever the word occurs, so the model
   * sums their weights once per word and reuses the sum (see `TaggerModel.emissions`).
   */
  readonly words?: readonly (Uint32Array | undefined)[];
}

/** A growable key list for one sentence at a time. */
export class KeyBuffer {
  private keys = new Uint32Array(1024);
  private n = 0;
  /** Token offsets of the current sentence: `tokens + 1` cells of a buffer grown once and reused. */
  private offsets = new Int32Array(256);
  private tokens = 0;
  private token = 0;
  /** Per token, its word keys; only made when {@link KeyBuffer.pushWord} is used in the sentence. */
  private words: (Uint32Array | undefined)[] | undefined;

  /** Starts a sentence of `tokens` tokens (drops whatever was pushed before). */
  begin(tokens: number): void {
    this.n = 0;
    this.token = 0;
    this.tokens = tokens;
    if (this.offsets.length < tokens + 1) this.offsets = new Int32Array(Math.max(tokens + 1, this.offsets.length * 2));
    this.offsets[0] = 0;
    this.words = undefined;
  }

  /** Adds a key to the current token. */
  push(key: number): void {
    if (this.n === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.n++] = key;
  }

  /** Adds every key of `list` to the current token. */
  pushAll(list: ArrayLike<number>): void {
    for (let i = 0; i < list.length; i++) this.push(list[i]!);
  }

  /**
   * Adds a word's word-alone keys as the current token's first keys and remembers the array, so
   * the model can reuse the weight sum it computed for it before. `own` must not change later.
   */
  pushWord(own: Uint32Array): void {
    if (this.offsets[this.token] !== this.n) throw new Error('KeyBuffer.pushWord: word keys must come first in a token');
    (this.words ??= new Array<Uint32Array | undefined>(this.tokens))[this.token] = own;
    this.pushAll(own);
  }

  /** Closes the current token; the next pushes go to the next one. */
  next(): void {
    this.offsets[++this.token] = this.n;
  }

  /** The sentence's keys (copied out, so the buffer can be reused at once). */
  finish(): SentenceFeatures {
    this.close();
    const keys = this.keys.slice(0, this.n);
    const offsets = this.offsets.slice(0, this.tokens + 1);
    return this.words ? { keys, offsets, words: this.words } : { keys, offsets };
  }

  /**
   * The sentence's keys as views of the buffer: valid only until the next {@link KeyBuffer.begin}.
   * For a caller that decodes at once (a tagger at run time), it saves the two copies per
   * sentence {@link KeyBuffer.finish} makes; training, which keeps every sentence, must finish.
   */
  view(): SentenceFeatures {
    this.close();
    const keys = this.keys.subarray(0, this.n);
    const offsets = this.offsets.subarray(0, this.tokens + 1);
    return this.words ? { keys, offsets, words: this.words } : { keys, offsets };
  }

  /** Closes the tokens the extractor did not close. */
  private close(): void {
    while (this.token < this.tokens) this.next();
  }
}

/** Keys of feature strings (tests and hand-made extractors): each string hashed with FNV-1a. */
export function fromStrings(features: readonly (readonly string[])[]): SentenceFeatures {
  const buffer = new KeyBuffer();
  buffer.begin(features.length);
  for (const token of features) {
    for (const f of token) buffer.push(hashFeature(f));
    buffer.next();
  }
  return buffer.finish();
}
