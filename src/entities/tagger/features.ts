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
  /**
   * The word's parts of its neighbours' {@link contextKeys}, mixed once per distinct word (see
   * {@link neighbourParts}): the per-token path then combines at most once per feature.
   */
  readonly parts: Uint32Array;
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
export function baseWordKeys(word: string): { lower: string; shape: string; id: number; shapeId: number; tail: number; own: number[]; parts: Uint32Array } {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const own: number[] = [];
  ownKeys(lower, shape, own);
  const id = hashFeature(lower);
  const shapeId = hashFeature(shape);
  const tail = hashFeature(lastChars(lower, 3));
  return { lower, shape, id, shapeId, tail, own, parts: neighbourParts(id, shapeId, tail, lower.length > 3) };
}

/** Indices into {@link WordKeys.parts}. */
const P = { wm1: 0, wp1: 1, wm2: 2, wp2: 3, sm1: 4, sp1: 5, smS: 6, sSp: 7, wmS: 8, sWp: 9, first: 10, xm1: 11, xp1: 12, id: 13, shape: 14, long: 15 } as const;
const PARTS = 16;

/**
 * The parts of {@link contextKeys} that depend on one word only, e.g. `combine(T.wm1, id)` is
 * the whole "w-1" key of the word after this one, and `combine(T.smS, shapeId)` the first half
 * of its "s-1|s" key. Mixing them once per distinct word instead of once per token halves the
 * combines of the shared context keys; the keys are the very same numbers. The word's id, shape
 * hash and "longer than three letters" flag ride along, so {@link contextKeys} reads typed arrays
 * only: the word objects differ in shape from language to language, and reading their fields
 * there made every access megamorphic once two languages had run (a third of the tagger's time).
 */
function neighbourParts(id: number, shapeId: number, tail: number, long = false): Uint32Array {
  const parts = new Uint32Array(PARTS);
  parts[P.id] = id;
  parts[P.shape] = shapeId;
  parts[P.long] = long ? 1 : 0;
  parts[P.wm1] = combine(T.wm1, id);
  parts[P.wp1] = combine(T.wp1, id);
  parts[P.wm2] = combine(T.wm2, id);
  parts[P.wp2] = combine(T.wp2, id);
  parts[P.sm1] = combine(T.sm1, shapeId);
  parts[P.sp1] = combine(T.sp1, shapeId);
  parts[P.smS] = combine(T.smS, shapeId);
  parts[P.sSp] = combine(T.sSp, shapeId);
  parts[P.wmS] = combine(T.wmS, id);
  parts[P.sWp] = combine(T.sWp, shapeId);
  parts[P.first] = combine(T.first, shapeId);
  parts[P.xm1] = combine(T.xm1, tail);
  parts[P.xp1] = combine(T.xp1, tail);
  return parts;
}

/** The parts of the words "before the sentence" and "after it" (BOS/EOS stand for id, shape and tail alike). */
const BOS_PARTS = neighbourParts(BOS, BOS, BOS);
const EOS_PARTS = neighbourParts(EOS, EOS, EOS);
const NOT_FIRST_KEY = combine(T.first, NOT_FIRST);

/**
 * The neighbourhood keys of word `i`: words and shapes around it and their pairs, integer-mixed
 * from cached hashes (no strings). Pushes onto `out`.
 */
export function contextKeys(infos: readonly WordKeys[], i: number, out: KeyBuffer): void {
  const n = infos.length;
  const mine = infos[i]!.parts;
  const prev = i > 0 ? infos[i - 1]!.parts : BOS_PARTS;
  const next = i + 1 < n ? infos[i + 1]!.parts : EOS_PARTS;
  const shape = mine[P.shape]!;
  out.push(prev[P.wm1]!);
  out.push(next[P.wp1]!);
  out.push((i > 1 ? infos[i - 2]!.parts : BOS_PARTS)[P.wm2]!);
  out.push((i + 2 < n ? infos[i + 2]!.parts : EOS_PARTS)[P.wp2]!);
  out.push(prev[P.sm1]!);
  out.push(next[P.sp1]!);
  out.push(combine(prev[P.smS]!, shape));
  out.push(combine(mine[P.sSp]!, next[P.shape]!));
  out.push(combine(prev[P.wmS]!, shape));
  out.push(combine(mine[P.sWp]!, next[P.id]!));
  out.push(i === 0 ? mine[P.first]! : NOT_FIRST_KEY);
  if (mine[P.long]) {
    out.push(prev[P.xm1]!);
    out.push(next[P.xp1]!);
  }
}

/** True when the word's first character is an uppercase letter (no allocation: code-point test). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return isCapitalized(word);
}
