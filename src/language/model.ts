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
 * (`letterIndex`); an n-gram is the base-`base` number of its letters' indexes, looked up in an
 * open-addressing hash table (`slotKeys` → `slotRows`) to a row of `costs`.
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
  /** Hash table: key + 1 (0 = empty slot) and row per slot; `slotMask` = size − 1. */
  slotKeys: Int32Array;
  slotRows: Int32Array;
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
  /** Function words by {@link wordHash}: the word and the columns (languages) that use it. */
  words: Map<number, { word: string; columns: number[] }[]>;
  /** Length of the longest function word (code units). */
  longestWord: number;
  scale: number;
}

const cache = new Map<Script, Model>();

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
  const pipe = '|'.charCodeAt(0);
  let total = 0;
  for (const key of profiles) {
    const profile = all[key]!;
    const texts = [profile.alphabet, ...profile.grams];
    for (let t = 0; t < texts.length; t++) {
      const s = texts[t]!;
      if (t > 0 && s.length > 0) total++;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === pipe && t > 0) total++;
        else if (seen[c] === 0) { seen[c] = 1; units.push(c); }
      }
    }
  }
  // Keys of trigrams must fit an Int32 (plus one): fine up to ~1,200 distinct code units.
  const base = units.length + 2;
  const unknown = base - 1;
  const letterIndex = base <= 0x100 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  letterIndex.fill(unknown);
  units.forEach((c, i) => { letterIndex[c] = i + 1; });

  // N-gram table. Keys: (a·base + b)·base + c over indexes ≥ 1, so orders never collide.
  let size = 1024;
  while (size < total * 2) size *= 2;
  const slotMask = size - 1;
  const slotKeys = new Int32Array(size);
  const slotRows = new Int32Array(size);
  let costs = new Uint8Array(total * columns);
  let rows = 0;
  profiles.forEach((key, column) => {
    const grams = all[key]!.grams;
    for (let cost = 0; cost < grams.length; cost++) {
      const bucket = grams[cost]!;
      let k = 0;
      let n = 0;
      for (let i = 0; i <= bucket.length; i++) {
        const c = i < bucket.length ? bucket.charCodeAt(i) : pipe;
        if (c !== pipe) { k = k * base + letterIndex[c]!; n++; continue; }
        if (n > 0) {
          let slot = slotOf(k, slotMask);
          while (slotKeys[slot] !== 0 && slotKeys[slot] !== k + 1) slot = (slot + 1) & slotMask;
          let row: number;
          if (slotKeys[slot] === 0) {
            row = rows++;
            slotKeys[slot] = k + 1;
            slotRows[slot] = row;
            costs.fill(floors[n - 1]!, row * columns, row * columns + columns);
          } else row = slotRows[slot]!;
          costs[row * columns + column] = cost;
        }
        k = 0;
        n = 0;
      }
    }
  });
  costs = costs.slice(0, rows * columns);

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
    languages, columns, letterIndex, base, unknown, slotKeys, slotRows, slotMask, costs, floors,
    foreign, own, ownCost, sharedCost, words, longestWord, scale: data.scale,
    hits: new Int32Array(rows), touched: new Int32Array(rows),
  };
}
