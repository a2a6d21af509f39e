/**
 * Single-text language identification: script first, then a naive-Bayes score over character
 * n-grams plus a bonus for function words, among the languages written in that script.
 * @module
 */
import { modelFor, slotOf, wordHashStep } from './model.js';
import {
  normalizeCodes, scriptCodeOf, SCRIPTS, SCRIPT_CYRL, SCRIPT_HAN, SCRIPT_KANA, SCRIPT_LATN, SCRIPT_OTHER, type Script,
} from './normalize.js';

/**
 * Options shared by the detection functions.
 * @example
 * ```ts
 * import { detectLanguage } from 'news-enrich';
 * detectLanguage(text, { languages: ['ru', 'kk'] }); // only Russian, Kazakh or 'und'
 * ```
 */
export interface DetectOptions {
  /**
   * ISO 639-1 codes the caller allows (e.g. a site known to publish only in `ru` and `kk`).
   * Detection picks among these only; text that none of them writes (another script, or
   * letters such as Kazakh қ for `['ru']`) comes out `und` rather than a forced guess.
   */
  languages?: string[];
}

/** A detected language and how sure the detector is (0..1). */
export interface Detection {
  code: string;
  confidence: number;
}

/** Enough text to decide; the rest of a long document only costs time. */
const MAX_CHARS = 20_000;
/** Fewer letters than this say nothing reliable about the language. */
const MIN_LETTERS = 5;
/** Cost units taken off per function word: a whole known word outweighs a few n-grams. */
const WORD_BONUS = 6;

/** Cost units per letter outside a language's alphabet (8 nats at scale 2): a Kazakh қ all but rules out Tatar. */
const FOREIGN_LETTER = 16;

/** Mean cost per n-gram (nats) past which the text is in no language we know (dev max 7.3). */
const UNKNOWN_MEAN_COST = 7.5;

/** U+02BC, the apostrophe kept inside words by normalize. */
const APOSTROPHE_CODE = 0x2bc;
/** Alphabet index of the space that pads every word (see Model.letterIndex). */
const SPACE_INDEX = 1;

const UND: Detection = { code: 'und', confidence: 0 };

/**
 * Drops whitespace-separated tokens that are markup, links or addresses: their Latin letters
 * would otherwise outvote a short Cyrillic sentence. /\S+/g is linear.
 */
function stripMarkup(text: string): string {
  if (!/[<>@]|:\/\/|www\.|\.[a-z]{2,4}\b/i.test(text)) return text;
  return text.replace(/\S+/g, (token) =>
    /^<|>$|:\/\/|^\W*www\.|@|href=|\.(?:com|org|net|ru|kz|by|ua|uz|html?)\b/i.test(token) ? ' ' : token,
  );
}

/** Counts letters per script and returns the dominant one with its letter count. */
function dominantScript(codes: Uint16Array, length: number): { script: Script; letters: number } {
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    if (code !== 0x20) counts[scriptCodeOf(code)]!++;
  }
  let script = SCRIPT_OTHER;
  // A Han character carries about as much as a short Latin word.
  counts[SCRIPT_HAN]! *= 3;
  for (let s = SCRIPT_CYRL; s <= SCRIPT_KANA; s++) if (counts[s]! > counts[script]!) script = s;
  // Japanese mixes Han with kana; Chinese has none.
  if (script === SCRIPT_HAN && counts[SCRIPT_KANA]! > counts[SCRIPT_HAN]! * 0.1) script = SCRIPT_KANA;
  return { script: SCRIPTS[script]!, letters: counts[script]! };
}

/**
 * Maps the score gap to the runner-up, the text's length and how well the winner fits (mean
 * cost per n-gram, in nats; ~5.6 for typical in-language text) to 0..1.
 */
function confidenceOf(gapNats: number, letters: number, meanCost: number): number {
  const margin = 1 - Math.exp(-gapNats / 4);
  const length = letters / (letters + 12);
  const fit = Math.min(1, Math.max(0, (UNKNOWN_MEAN_COST - meanCost) / 1.2));
  return Math.round(margin * length * fit * 1000) / 1000;
}

/** Row of the trigram `key` in the model's pair table, or −1 when no profile has it. */
function trigramRow(slots: Int32Array, mask: number, key: number): number {
  const stored = key + 1;
  let slot = slotOf(key, mask);
  for (;;) {
    const k = slots[slot * 2]!;
    if (k === stored) return slots[slot * 2 + 1]!;
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** See {@link detectLanguage} in index.ts. */
export function detect(text: string, options?: DetectOptions): Detection {
  if (typeof text !== 'string' || text.length === 0) return UND;
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  let normalized = normalizeCodes(stripMarkup(head));
  let { script, letters } = dominantScript(normalized.codes, normalized.length);
  // Nothing but a link: its words are all there is to go on.
  if (letters < MIN_LETTERS) {
    normalized = normalizeCodes(head);
    ({ script, letters } = dominantScript(normalized.codes, normalized.length));
  }
  if (letters < MIN_LETTERS) return UND;
  const allowed = options?.languages;
  if (script === 'Han') {
    if (allowed && !allowed.includes('zh')) return UND;
    return { code: 'zh', confidence: Math.round((letters / (letters + 2)) * 1000) / 1000 };
  }
  if (script !== 'Cyrl' && script !== 'Latn') return UND;

  const model = modelFor(script);
  const scriptCode = script === 'Cyrl' ? SCRIPT_CYRL : SCRIPT_LATN;
  const columns = model.columns;
  const candidates: number[] = [];
  for (let c = 0; c < columns; c++) if (!allowed || allowed.includes(model.languages[c]!)) candidates.push(c);
  if (candidates.length === 0) return UND;
  // All costs are whole numbers until the own-letter term: summed as int32 (exact in any order,
  // and cheaper than float adds in the hottest loop), in the model's scratch row.
  const { letterIndex, base, shortRows, slots, slotMask, costs: table, floors, sums, letterCounts } = model;
  sums.fill(0);
  letterCounts.fill(0);
  const floor1 = floors[0]!;
  const floor2 = floors[1]!;
  const floor3 = floors[2]!;
  /** Cost of n-grams no profile has: the same for every language. */
  let common = 0;
  let grams = 0;
  /** Letters outside the BMP (no alphabet has those); `letterCounts` has the others per alphabet index. */
  let astral = 0;
  let scored = 0;
  // How often each n-gram row occurs (the model's scratch array, all zero between calls) and
  // which rows occurred: costs are summed once per distinct n-gram, after the scan.
  const { hits, touched } = model;
  let rowsTouched = 0;
  const codes = normalized.codes;
  const length = normalized.length;
  // The scratch rows must be all zero again whatever happens.
  try {
    let start = 0;
    while (start < length) {
      if (codes[start] === 0x20) { start++; continue; }
      let end = start + 1;
      while (end < length && codes[end] !== 0x20) end++;
      if (scriptCodeOf(codes[start]!) !== scriptCode) { start = end; continue; }
      // The n-grams of " word ": its letters, all bigrams and all trigrams, spaces included.
      let before = 0;
      let last = SPACE_INDEX;
      let hash = 0;
      for (let i = start; i < end; i++) {
        const code = codes[i]!;
        const x = letterIndex[code]!;
        hash = wordHashStep(hash, code);
        let row = shortRows[x]!;
        if (row < 0) common += floor1;
        else if (hits[row]!++ === 0) touched[rowsTouched++] = row;
        const pair = last * base + x;
        row = shortRows[pair]!;
        if (row < 0) common += floor2;
        else if (hits[row]!++ === 0) touched[rowsTouched++] = row;
        if (i > start) {
          row = trigramRow(slots, slotMask, before * base + x);
          if (row < 0) common += floor3;
          else if (hits[row]!++ === 0) touched[rowsTouched++] = row;
        }
        before = pair;
        last = x;
      }
      let row = shortRows[last * base + SPACE_INDEX]!;
      if (row < 0) common += floor2;
      else if (hits[row]!++ === 0) touched[rowsTouched++] = row;
      row = trigramRow(slots, slotMask, before * base + SPACE_INDEX);
      if (row < 0) common += floor3;
      else if (hits[row]!++ === 0) touched[rowsTouched++] = row;
      grams += 3 * (end - start) + 1;
      // Letters, as code points (the apostrophe is no evidence either way).
      for (let i = start; i < end; i++) {
        const code = codes[i]!;
        if (code >= 0xd800 && code <= 0xdfff) {
          if (code <= 0xdbff && i + 1 < end && codes[i + 1]! >= 0xdc00 && codes[i + 1]! <= 0xdfff) i++;
          astral++;
        } else if (code === APOSTROPHE_CODE) continue;
        else letterCounts[letterIndex[code]!]!++;
        scored++;
      }
      if (end - start <= model.longestWord) {
        const entries = model.words.get(hash);
        if (entries) {
          for (const { word, columns: users } of entries) {
            if (!sameWord(word, codes, start, end)) continue;
            for (const c of users) sums[c] = sums[c]! - WORD_BONUS;
          }
        }
      }
      start = end;
    }
    for (let t = 0; t < rowsTouched; t++) {
      const row = touched[t]!;
      const count = hits[row]!;
      hits[row] = 0;
      const offset = row * columns;
      for (let c = 0; c < columns; c++) sums[c] = sums[c]! + count * table[offset + c]!;
    }
  } finally {
    for (let t = 0; t < rowsTouched; t++) hits[touched[t]!] = 0;
  }
  const costs = new Float64Array(columns);
  const foreign = new Float64Array(columns);
  const ownLetters = new Float64Array(columns);
  for (let c = 0; c < columns; c++) {
    costs[c] = sums[c]! + common + FOREIGN_LETTER * astral;
    foreign[c] = astral;
  }
  for (let index = 1; index <= base; index++) {
    const count = letterCounts[index]!;
    if (count === 0) continue;
    const offset = index * columns;
    for (let c = 0; c < columns; c++) {
      if (model.foreign[offset + c]) {
        costs[c] = costs[c]! + FOREIGN_LETTER * count;
        foreign[c] = foreign[c]! + count;
      }
      if (model.own[offset + c]) ownLetters[c] = ownLetters[c]! + count;
    }
  }
  // How many of the letters are the alphabet's own: Kazakh text without any of ә ғ қ ұ і is
  // unlikely, Kyrgyz without them is normal. Trigram sums barely register such an absence.
  for (let c = 0; c < columns; c++) {
    costs[c]! += model.scale * (ownLetters[c]! * model.ownCost[c]! + (scored - ownLetters[c]!) * model.sharedCost[c]!);
  }
  let best = candidates[0]!;
  for (const c of candidates) if (costs[c]! < costs[best]!) best = c;
  // The rival is any other language, allowed or not: restricting the choice must not make a
  // poor fit look certain.
  let rival = -1;
  for (let c = 0; c < columns; c++) if (c !== best && (rival < 0 || costs[c]! < costs[rival]!)) rival = c;
  const gap = rival < 0 ? 40 : Math.max(0, costs[rival]! - costs[best]!) / model.scale;
  // Text in a language we do not know (Polish, Serbian, Vietnamese...) still has a "best"
  // language; letters that language does not write, and n-grams it has never seen, expose it.
  const mean = costs[best]! / Math.max(1, grams) / model.scale;
  if (foreign[best]! >= 2 && foreign[best]! > scored * 0.03) return UND;
  if (mean > UNKNOWN_MEAN_COST) return UND;
  return { code: model.languages[best]!, confidence: confidenceOf(gap, letters, mean) };
}

/** Whether codes[start..end) spells `word`. */
function sameWord(word: string, codes: Uint16Array, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== codes[start + i]) return false;
  return true;
}
