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

/** Scoring tables for one script: a cost per language for every known n-gram. */
export interface Model {
  /** Languages scored by this model, in column order. */
  languages: string[];
  /** Letters of at least one of the alphabets. */
  known: Set<string>;
  /** Letter → columns whose alphabet lacks it. */
  foreign: Map<string, number[]>;
  /** Letter → columns for which it is one of the alphabet's own letters (not in Russian / English). */
  own: Map<string, number[]>;
  /** Per column: cost (nats) of one own letter, and of one shared letter. */
  ownCost: Float64Array;
  sharedCost: Float64Array;
  /** n-gram → cost per language (−ln p × scale, rounded); missing n-grams cost `floors`. */
  grams: Map<string, Uint8Array>;
  /** floors[order - 1][language]. */
  floors: Uint8Array[];
  /** Function word → languages (column indexes) that use it. */
  words: Map<string, number[]>;
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

function build(script: Script): Model {
  const all = data.languages as Record<string, LanguageData>;
  const profiles = Object.keys(all).filter((key) => all[key]!.script === script);
  const languages = profiles.map((key) => all[key]!.code);
  // One floor per order for all languages: with per-language floors, the language with the
  // least training text would win every sentence full of words it has never seen.
  const floors = Array.from({ length: data.maxOrder }, (_, n) => {
    const floor = Math.max(...profiles.map((key) => all[key]!.floors[n] ?? 0));
    return new Uint8Array(profiles.length).fill(floor);
  });
  const grams = new Map<string, Uint8Array>();
  const words = new Map<string, number[]>();
  const foreign = new Map<string, number[]>();
  const letters = new Set(profiles.flatMap((key) => [...all[key]!.alphabet]));
  for (const letter of letters) {
    const lacking = profiles.flatMap((key, column) => (all[key]!.alphabet.includes(letter) ? [] : [column]));
    if (lacking.length) foreign.set(letter, lacking);
  }
  const base = script === 'Cyrl' ? 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя' : 'abcdefghijklmnopqrstuvwxyz';
  const own = new Map<string, number[]>();
  const ownCost = new Float64Array(profiles.length);
  const sharedCost = new Float64Array(profiles.length);
  profiles.forEach((key, column) => {
    const profile = all[key]!;
    const rate = profile.ownRate > 0 ? Math.min(0.3, Math.max(0.01, profile.ownRate)) : 0;
    ownCost[column] = rate > 0 ? -Math.log(rate) : 0;
    sharedCost[column] = -Math.log(1 - rate);
    for (const letter of profile.alphabet) {
      if (base.includes(letter) || letter === "'") continue;
      own.set(letter, [...(own.get(letter) ?? []), column]);
    }
    profile.grams.forEach((bucket, cost) => {
      if (!bucket) return;
      for (const gram of bucket.split('|')) {
        let row = grams.get(gram);
        if (!row) {
          row = Uint8Array.from(languages, (_, c) => floors[gram.length - 1]![c]!);
          grams.set(gram, row);
        }
        row[column] = cost;
      }
    });
    for (const word of profile.words) {
      const list = words.get(word) ?? [];
      list.push(column);
      words.set(word, list);
    }
  });
  return { languages, known: letters, foreign, own, ownCost, sharedCost, grams, floors, words, scale: data.scale };
}
