/**
 * The shipped profiles, unpacked on first use (not at import, so that importing the package
 * stays free of work for callers who never detect a language).
 * @module
 */
import data from '../../data/langid.json' with { type: 'json' };
import type { Script } from './normalize.js';

interface LanguageData {
  code: string;
  script: string;
  alphabet: string;
  ownRate: number;
  floors: number[];
  grams: string[];
  words: string[];
}

/**
 * Scoring tables for one script. Text is scored as UTF-16 code units mapped to a small alphabet
 * (`letterIndex`); an n-gram is the base-`base` number of its letters' indexes, looked up in a
 * direct index (letters, bigrams: `shortRows`) or an open-addressing table (trigrams: `slots`) to a
 * row of `costs`.
 */
export interface Model {
  /** Languages scored by this model, in column order. */
  languages: string[];
  /** Number of languages (columns). */
  columns: number;
  /**
   * Code unit → alphabet index: 1 for the space, 2.. for the code units of the model's
   * n-grams and alphabets, `unknown` for everything else (no n-gram contains it).
   */
  letterIndex: Uint8Array | Uint16Array;
  /** Alphabet size + 1: the radix of n-gram keys. */
  base: number;
  /** Index of code units outside the alphabet. */
  unknown: number;
  /**
   * Row of each letter and bigram, indexed by its key (< base²), −1 when no profile has it: a
   * direct index, no hashing, for two of every three n-grams looked up.
   */
  shortRows: Int32Array;
  /**
   * Trigrams: an open-addressing table of (key + 1, row) pairs, 0 = empty slot, `slotMask` =
   * pairs − 1, at most half full. Pairs keep key and row in one cache line, and the table grows
   * with the distinct trigrams (Cyrillic: 32,768 pairs, 256 KB), where one table for all orders
   * sized from the n-gram count before deduplication took 131,072 slots in two arrays (1 MB):
   * with both, detect() ran half as fast on 1 KB Russian news (160 → 80 µs per 600 characters).
   */
  slots: Int32Array;
  slotMask: number;
  /** n-gram → cost per language (−ln p × scale, rounded), row × columns + column. */
  costs: Uint8Array;
  /** floors[order − 1]: cost of an n-gram missing from the profiles, the same for all languages. */
  floors: Uint8Array;
  /**
   * Per alphabet index × columns + column: 1 when the column's alphabet lacks the letter
   * (letters of no alphabet lack everywhere), and 1 when it is one of the alphabet's own
   * letters (not in Russian / English).
   */
  foreign: Uint8Array;
  own: Uint8Array;
  /** Per column: cost (nats) of one own letter, and of one shared letter. */
  ownCost: Float64Array;
  sharedCost: Float64Array;
  /**
   * Scratch space of detect, one slot per row: occurrences of the row in the text being scored
   * (zero between calls) and the rows that occurred.
   */
  hits: Int32Array;
  touched: Int32Array;
  /** Scratch of detect: the integer part of each column's cost, and letters per alphabet index. */
  sums: Int32Array;
  letterCounts: Int32Array;
  /** Function words by {@link wordHash}: the word and the columns (languages) that use it. */
  words: Map<number, { word: string; columns: number[] }[]>;
  /** Length of the longest function word (code units). */
  longestWord: number;
  scale: number;
}

const cache = new Map<Script, Model>();

/** The separator of n-grams in a profile's cost bucket. */
const PIPE = 0x7c;

/** The model for the languages written in `script`, built once and cached. */
export function modelFor(script: Script): Model {
  let model = cache.get(script);
  if (!model) {
    model = build(script);
    cache.set(script, model);
  }
  return model;
}

/** Hash of a word's code units, updated one unit at a time: `h = wordHashStep(h, code)` from 0. */
export function wordHashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Slot of `key` in a table of `mask` + 1 slots (Fibonacci hashing). */
export function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
}

function build(script: Script): Model {
  const all = data.languages as Record<string, LanguageData>;
  const profiles = Object.keys(all).filter((key) => all[key]!.script === script);
  const languages = profiles.map((key) => all[key]!.code);
  const columns = profiles.length;
  // One floor per order for all languages: with per-language floors, the language with the
  // least training text would win every sentence full of words it has never seen.
  const floors = new Uint8Array(data.maxOrder);
  for (let n = 0; n < data.maxOrder; n++) {
    for (const key of profiles) floors[n] = Math.max(floors[n]!, all[key]!.floors[n] ?? 0);
  }

  // The alphabet: every code unit of an n-gram or an alphabet letter, in order of appearance.
  // One pass over the data, which also bounds the number of n-grams (each is followed by a
  // '|' or ends its bucket).
  const units: number[] = [0x20];
  const seen = new Uint8Array(0x10000);
  seen[0x20] = 1;
  let total = 0;
  for (const key of profiles) {
    const profile = all[key]!;
    addUnits(profile.alphabet, false, seen, units);
    for (const bucket of profile.grams) total += addUnits(bucket, true, seen, units);
  }
  // Keys of trigrams must fit an Int32 (plus one): fine up to ~1,200 distinct code units.
  const base = units.length + 2;
  const unknown = base - 1;
  const letterIndex = base <= 0x100 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  letterIndex.fill(unknown);
  units.forEach((c, i) => { letterIndex[c] = i + 1; });

  // N-gram rows. Keys: (a·base + b)·base + c over indexes ≥ 1, so orders never collide. Each
  // distinct n-gram gets the next row the first time it is seen.
  const tables: Tables = { shortRows: new Int32Array(base * base).fill(-1), slots: new Int32Array(2048), slotMask: 1023, trigrams: 0, rows: 0 };
  const costs = new Uint8Array(total * columns);
  profiles.forEach((key, column) => {
    const grams = all[key]!.grams;
    for (let cost = 0; cost < grams.length; cost++) addBucket(grams[cost]!, cost, column, columns, base, letterIndex, floors, tables, costs);
  });
  const { shortRows, slots, slotMask, rows } = tables;

  // Letters: which alphabets lack each, which count it as their own.
  const ru = script === 'Cyrl' ? 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя' : 'abcdefghijklmnopqrstuvwxyz';
  const foreign = new Uint8Array((base + 1) * columns).fill(1);
  const own = new Uint8Array((base + 1) * columns);
  const ownCost = new Float64Array(columns);
  const sharedCost = new Float64Array(columns);
  const known = new Set<number>();
  profiles.forEach((key) => { for (const letter of all[key]!.alphabet) known.add(letterIndex[letter.charCodeAt(0)]!); });
  for (let index = 0; index <= base; index++) {
    // A letter no alphabet has lacks in every column; one some alphabet has, only where absent.
    if (known.has(index)) for (let c = 0; c < columns; c++) foreign[index * columns + c] = 0;
  }
  profiles.forEach((key, column) => {
    const profile = all[key]!;
    const rate = profile.ownRate > 0 ? Math.min(0.3, Math.max(0.01, profile.ownRate)) : 0;
    ownCost[column] = rate > 0 ? -Math.log(rate) : 0;
    sharedCost[column] = -Math.log(1 - rate);
    for (const index of known) {
      const letter = String.fromCharCode(units[index - 1]!);
      if (!profile.alphabet.includes(letter)) foreign[index * columns + column] = 1;
    }
    for (const letter of profile.alphabet) {
      if (ru.includes(letter) || letter === "'") continue;
      own[letterIndex[letter.charCodeAt(0)]! * columns + column] = 1;
    }
  });

  const words = new Map<number, { word: string; columns: number[] }[]>();
  let longestWord = 0;
  profiles.forEach((key, column) => {
    for (const word of all[key]!.words) {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = wordHashStep(hash, word.charCodeAt(i));
      const entries = words.get(hash) ?? [];
      let entry = entries.find((e) => e.word === word);
      if (!entry) {
        entry = { word, columns: [] };
        entries.push(entry);
        words.set(hash, entries);
      }
      entry.columns.push(column);
      longestWord = Math.max(longestWord, word.length);
    }
  });
  return {
    languages, columns, letterIndex, base, unknown, shortRows, slots, slotMask, costs: costs.slice(0, rows * columns), floors,
    foreign, own, ownCost, sharedCost, words, longestWord, scale: data.scale,
    hits: new Int32Array(rows), touched: new Int32Array(rows), sums: new Int32Array(columns), letterCounts: new Int32Array(base + 1),
  };
}

/**
 * Appends the code units of `s` not seen yet to `units` (in order of appearance); for a cost
 * bucket (`grams`), returns how many n-grams it holds ('|'-separated), else 0.
 */
function addUnits(s: string, grams: boolean, seen: Uint8Array, units: number[]): number {
  let count = grams && s.length > 0 ? 1 : 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === PIPE && grams) count++;
    else if (seen[c] === 0) { seen[c] = 1; units.push(c); }
  }
  return count;
}

/** The n-gram lookup tables while {@link build} fills them (see {@link Model}), and the rows so far. */
interface Tables {
  shortRows: Int32Array;
  slots: Int32Array;
  slotMask: number;
  /** Pairs used in `slots`. */
  trigrams: number;
  rows: number;
}

/**
 * Adds one cost bucket of a profile ('|'-separated n-grams of the same cost) to the lookup tables
 * and the cost rows. A function of its own so that it is optimized after a few of the ~1,000
 * buckets instead of the whole build running in the interpreter.
 */
function addBucket(
  bucket: string, cost: number, column: number, columns: number, base: number,
  letterIndex: Uint8Array | Uint16Array, floors: Uint8Array, tables: Tables, costs: Uint8Array,
): void {
  const direct = base * base;
  let k = 0;
  let n = 0;
  for (let i = 0; i <= bucket.length; i++) {
    const c = i < bucket.length ? bucket.charCodeAt(i) : PIPE;
    if (c !== PIPE) { k = k * base + letterIndex[c]!; n++; continue; }
    if (n > 0) {
      let row = k < direct ? tables.shortRows[k]! : trigramRowOf(tables, k);
      if (row < 0) {
        row = tables.rows++;
        if (k < direct) tables.shortRows[k] = row;
        else addTrigram(tables, k, row);
        costs.fill(floors[n - 1]!, row * columns, row * columns + columns);
      }
      costs[row * columns + column] = cost;
    }
    k = 0;
    n = 0;
  }
}

/** Row of a trigram key in the pair table, −1 when absent (the same probe as detect's). */
function trigramRowOf(tables: Tables, key: number): number {
  const { slots, slotMask } = tables;
  let slot = slotOf(key, slotMask);
  for (;;) {
    const stored = slots[slot * 2]!;
    if (stored === key + 1) return slots[slot * 2 + 1]!;
    if (stored === 0) return -1;
    slot = (slot + 1) & slotMask;
  }
}

/** Adds a trigram's row to the pair table, doubling the table when it would be over half full. */
function addTrigram(tables: Tables, key: number, row: number): void {
  if ((tables.trigrams + 1) * 2 > tables.slotMask + 1) {
    const old = tables.slots;
    tables.slots = new Int32Array(old.length * 2);
    tables.slotMask = old.length - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) insertPair(tables, old[s]! - 1, old[s + 1]!);
  }
  insertPair(tables, key, row);
  tables.trigrams++;
}

function insertPair(tables: Tables, key: number, row: number): void {
  const { slots, slotMask } = tables;
  let slot = slotOf(key, slotMask);
  while (slots[slot * 2] !== 0) slot = (slot + 1) & slotMask;
  slots[slot * 2] = key + 1;
  slots[slot * 2 + 1] = row;
}
