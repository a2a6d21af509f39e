/**
 * Single-text language identification: script first, then a naive-Bayes score over character
 * n-grams plus a bonus for function words, among the languages written in that script.
 * @module
 */
import { modelFor } from './model.js';
import { APOSTROPHE, MAX_ORDER, normalize, scriptOf, type Script } from './normalize.js';

/** Options shared by the detection functions. */
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
function dominantScript(text: string): { script: Script; letters: number } {
  const counts: Record<Script, number> = { Cyrl: 0, Latn: 0, Han: 0, Kana: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20) counts[scriptOf(code)]++;
  }
  let script: Script = 'other';
  // A Han character carries about as much as a short Latin word.
  counts.Han *= 3;
  for (const s of ['Cyrl', 'Latn', 'Han', 'Kana'] as const) if (counts[s] > counts[script]) script = s;
  // Japanese mixes Han with kana; Chinese has none.
  if (script === 'Han' && counts.Kana > counts.Han * 0.1) script = 'Kana';
  return { script, letters: counts[script] };
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

/** See {@link detectLanguage} in index.ts. */
export function detect(text: string, options?: DetectOptions): Detection {
  if (typeof text !== 'string' || text.length === 0) return UND;
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  let normalized = normalize(stripMarkup(head));
  let { script, letters } = dominantScript(normalized);
  // Nothing but a link: its words are all there is to go on.
  if (letters < MIN_LETTERS) ({ script, letters } = dominantScript((normalized = normalize(head))));
  if (letters < MIN_LETTERS) return UND;
  const allowed = options?.languages;
  if (script === 'Han') {
    if (allowed && !allowed.includes('zh')) return UND;
    return { code: 'zh', confidence: Math.round((letters / (letters + 2)) * 1000) / 1000 };
  }
  if (script !== 'Cyrl' && script !== 'Latn') return UND;

  const model = modelFor(script);
  const columns = model.languages.map((_, c) => c);
  const candidates = columns.filter((c) => !allowed || allowed.includes(model.languages[c]!));
  if (candidates.length === 0) return UND;
  const costs = new Float64Array(model.languages.length);
  const ownLetters = new Float64Array(model.languages.length);
  const foreign = new Float64Array(model.languages.length);
  let scored = 0;
  let grams = 0;
  for (const word of normalized.split(' ')) {
    if (!word || scriptOf(word.charCodeAt(0)) !== script) continue;
    const padded = ` ${word} `;
    for (let n = 1; n <= MAX_ORDER; n++) {
      const floor = model.floors[n - 1]!;
      for (let i = 0; i + n <= padded.length; i++) {
        if (n === 1 && (i === 0 || i === padded.length - 1)) continue;
        const row = model.grams.get(padded.slice(i, i + n)) ?? floor;
        grams++;
        for (const c of columns) costs[c]! += row[c]!;
      }
    }
    for (const letter of word) {
      if (letter === APOSTROPHE) continue;
      const lacking = model.foreign.get(letter) ?? (model.known.has(letter) ? undefined : columns);
      if (lacking) for (const c of lacking) { costs[c]! += FOREIGN_LETTER; foreign[c]!++; }
      const owners = model.own.get(letter);
      if (owners) for (const c of owners) ownLetters[c]!++;
      scored++;
    }
    const users = model.words.get(word);
    if (users) for (const c of users) costs[c]! -= WORD_BONUS;
  }
  // How many of the letters are the alphabet's own: Kazakh text without any of ә ғ қ ұ і is
  // unlikely, Kyrgyz without them is normal. Trigram sums barely register such an absence.
  for (const c of columns) {
    costs[c]! += model.scale * (ownLetters[c]! * model.ownCost[c]! + (scored - ownLetters[c]!) * model.sharedCost[c]!);
  }
  let best = candidates[0]!;
  for (const c of candidates) if (costs[c]! < costs[best]!) best = c;
  // The rival is any other language, allowed or not: restricting the choice must not make a
  // poor fit look certain.
  let rival = -1;
  for (const c of columns) if (c !== best && (rival < 0 || costs[c]! < costs[rival]!)) rival = c;
  const gap = rival < 0 ? 40 : Math.max(0, costs[rival]! - costs[best]!) / model.scale;
  // Text in a language we do not know (Polish, Serbian, Vietnamese...) still has a "best"
  // language; letters that language does not write, and n-grams it has never seen, expose it.
  const mean = costs[best]! / Math.max(1, grams) / model.scale;
  if (foreign[best]! >= 2 && foreign[best]! > scored * 0.03) return UND;
  if (mean > UNKNOWN_MEAN_COST) return UND;
  return { code: model.languages[best]!, confidence: confidenceOf(gap, letters, mean) };
}
