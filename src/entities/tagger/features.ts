/**
 * Language-independent word features for the taggers: shape, affixes, neighbours. A language's
 * extractor calls these and adds what only it knows (Kazakh stems, gazetteer hits). A feature is
 * a 32-bit key: the keys of a word alone are hashed from strings once per distinct word and
 * cached ({@link WordCache}); neighbour features combine cached hashes with integer mixing, so
 * the per-token path builds no strings (it was most of the tagger's time).
 * @module
 */
import { combine, hashFeature } from './hash.js';
import type { KeyBuffer } from './keys.js';

/** The word's shape with runs collapsed: "Тоқаев" → "Xx", "ҚР" → "X", "COVID-19" → "X-d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    let c: string;
    if (lower !== upper) c = ch === upper ? 'X' : 'x';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
    if (out.length > 6) break;
  }
  return out;
}

/** True when the word starts with an uppercase letter. */
export function isCapitalized(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A bounded per-process cache of {@link WordInfo}, cleared when full (memory stays flat on streams). */
export class WordCache<T> {
  private readonly map = new Map<string, T>();
  constructor(
    private readonly build: (word: string) => T,
    private readonly limit = 100_000,
  ) {}

  /** The info of a word, built on first sight. */
  get(word: string): T {
    let info = this.map.get(word);
    if (info === undefined) {
      info = this.build(word);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(word, info);
    }
    return info;
  }
}

function lastChars(w: string, k: number): string {
  return w.length > k ? w.slice(w.length - k) : w;
}

/** What the hashed extractors know about a word on its own (computed once per distinct word). */
export interface WordKeys {
  readonly lower: string;
  readonly shape: string;
  /** Hash of the lowercased word (its identity in neighbour features). */
  readonly id: number;
  /** Hash of the shape. */
  readonly shapeId: number;
  /** Hash of the last three letters (the word itself when shorter). */
  readonly tail: number;
  /** Keys of the word-alone features (identity, shape, affixes and the language's own). */
  readonly own: Uint32Array;
}

/** Template hashes: a feature key is `combine(template, value)`, value a cached word hash. */
const T = {
  wm1: hashFeature('w-1'), wp1: hashFeature('w+1'), wm2: hashFeature('w-2'), wp2: hashFeature('w+2'),
  sm1: hashFeature('s-1'), sp1: hashFeature('s+1'), smS: hashFeature('s-1|s'), sSp: hashFeature('s|s+1'),
  wmS: hashFeature('w-1|s'), sWp: hashFeature('s|w+1'), first: hashFeature('first'),
  xm1: hashFeature('x3-1'), xp1: hashFeature('x3+1'),
};
/** Hashes standing for "before the sentence" and "after it" in neighbour features. */
export const BOS = hashFeature('<s>');
export const EOS = hashFeature('</s>');
const NOT_FIRST = hashFeature('-');

/**
 * The word-alone keys every language shares: a bias, identity, shape, prefixes and suffixes.
 * Built with strings, but once per distinct word (callers cache the result).
 */
export function ownKeys(lower: string, shape: string, out: number[]): void {
  out.push(hashFeature('b'), hashFeature('w=' + lower), hashFeature('s=' + shape));
  const len = lower.length;
  for (let k = 1; k <= 4 && k < len; k++) out.push(hashFeature('p' + k + '=' + lower.slice(0, k)), hashFeature('x' + k + '=' + lower.slice(len - k)));
  if (len > 5) out.push(hashFeature('x5=' + lower.slice(len - 5)));
}

/** The shared parts of {@link WordKeys} for a word; `own` gets the language's keys appended by the caller. */
export function baseWordKeys(word: string): { lower: string; shape: string; id: number; shapeId: number; tail: number; own: number[] } {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const own: number[] = [];
  ownKeys(lower, shape, own);
  return { lower, shape, id: hashFeature(lower), shapeId: hashFeature(shape), tail: hashFeature(lastChars(lower, 3)), own };
}

/**
 * The neighbourhood keys of word `i`: words and shapes around it and their pairs, integer-mixed
 * from cached hashes (no strings). Pushes onto `out`.
 */
export function contextKeys(infos: readonly WordKeys[], i: number, out: KeyBuffer): void {
  const n = infos.length;
  const me = infos[i]!;
  const prev = i > 0 ? infos[i - 1]! : undefined;
  const next = i + 1 < n ? infos[i + 1]! : undefined;
  const p1 = prev ? prev.id : BOS;
  const n1 = next ? next.id : EOS;
  const ps = prev ? prev.shapeId : BOS;
  const ns = next ? next.shapeId : EOS;
  out.push(combine(T.wm1, p1));
  out.push(combine(T.wp1, n1));
  out.push(combine(T.wm2, i > 1 ? infos[i - 2]!.id : BOS));
  out.push(combine(T.wp2, i + 2 < n ? infos[i + 2]!.id : EOS));
  out.push(combine(T.sm1, ps));
  out.push(combine(T.sp1, ns));
  out.push(combine(combine(T.smS, ps), me.shapeId));
  out.push(combine(combine(T.sSp, me.shapeId), ns));
  out.push(combine(combine(T.wmS, p1), me.shapeId));
  out.push(combine(combine(T.sWp, me.shapeId), n1));
  out.push(combine(T.first, i === 0 ? me.shapeId : NOT_FIRST));
  if (me.lower.length > 3) {
    out.push(combine(T.xm1, prev ? prev.tail : BOS));
    out.push(combine(T.xp1, next ? next.tail : EOS));
  }
}

/** True when the word's first character is an uppercase letter (no allocation: code-point test). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return isCapitalized(word);
}
