/**
 * Corrections the English tagger's training data cannot teach: GUM and wikigold have few news
 * titles before names and no sports results. Both work on one sentence's words and the tagger's
 * spans, so they run wherever the tagger runs (the pack, and the scorers measuring it).
 * @module
 */
import type { TokenSpan } from '../../entities/tagger/index.js';
import { startsUpper } from '../../entities/tagger/features.js';
import { loadGazetteer } from '../../entities/link/gazetteer.js';
import { LEADING_TITLE } from './roles.js';

const MAX_NAME_WORDS = 4;

function isNameWord(word: string): boolean {
  return startsUpper(word) && /\p{Ll}/u.test(word) && !LEADING_TITLE.has(word.toLowerCase());
}

/**
 * Names right after a capitalized title ("President Kassym-Jomart Tokayev", "Foreign Minister
 * Murat Nurtleu") are people: an untagged run of up to four capitalized words after one becomes a
 * PER span, and a span the tagger typed otherwise that starts there is retyped. All-caps words
 * never count (headlines say nothing by their case).
 */
export function titleLedNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out = spans.slice();
  const covering = new Int32Array(words.length).fill(-1);
  out.forEach((s, k) => {
    for (let t = s.start; t < s.end; t++) covering[t] = k;
  });
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (!startsUpper(w) || !LEADING_TITLE.has(w.toLowerCase())) continue;
    let j = i + 1;
    if (words[j] === '.') j++;
    if (j >= words.length || !isNameWord(words[j]!)) continue;
    let end = j;
    while (end < words.length && end - j < MAX_NAME_WORDS && isNameWord(words[end]!)) end++;
    const k = covering[j]!;
    if (k < 0) {
      let free = true;
      for (let t = j; t < end; t++) if (covering[t]! >= 0) free = false;
      if (free) out.push({ start: j, end, type: 'PER' });
    } else if (out[k]!.start === j && out[k]!.type !== 'PER') out[k] = { ...out[k]!, type: 'PER' };
    i = end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An initial before a surname is a person ("G. Thorpe", "W. Athey"; the tokenizer splits "G" and
 * "."): an untagged initial-and-name run becomes PER, and a span starting at the surname takes the
 * initial in and becomes PER too.
 */
export function initialNames(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  const out = spans.slice();
  const covering = new Int32Array(words.length).fill(-1);
  out.forEach((s, k) => {
    for (let t = s.start; t < s.end; t++) covering[t] = k;
  });
  for (let i = 0; i + 2 < words.length; i++) {
    if (!/^\p{Lu}$/u.test(words[i]!) || words[i + 1] !== '.' || covering[i]! >= 0 || covering[i + 1]! >= 0) continue;
    const j = i + 2;
    if (!isNameWord(words[j]!)) continue;
    // A sentence-final single capital ("... Plan B. Next") is not an initial.
    if (i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && covering[i - 1]! < 0 && !/^\p{Lu}$/u.test(words[i - 1]!)) continue;
    const k = covering[j]!;
    const before = i > 0 ? covering[i - 1]! : -1;
    if (before >= 0 && out[before]!.type === 'PER' && out[before]!.end === i) {
      // A middle initial ("Robert O. Blake"): the name before it goes on through the surname.
      const end = k >= 0 && out[k]!.start === j ? out[k]!.end : k < 0 ? j + 1 : i;
      if (end > i) {
        out[before] = { ...out[before]!, end };
        if (k >= 0) out[k] = { ...out[k]!, type: '' };
      }
    } else if (k >= 0) {
      if (out[k]!.start === j) out[k] = { start: i, end: out[k]!.end, type: 'PER' };
    } else {
      let end = j + 1;
      while (end < words.length && end - j < 2 && isNameWord(words[end]!) && covering[end]! < 0) end++;
      out.push({ start: i, end, type: 'PER' });
    }
    i = j;
  }
  return out.filter((s) => s.type !== '').sort((a, b) => a.start - b.start);
}

/** Words that may stand between names and scores in a results line ("Essex v Kent", "Mladost ( L )"). */
const RESULT_GLUE = new Set(['v', 'vs', 'at', '(', ')', '-', ',', ':', '/', '.', "'s", '&']);

function isScore(word: string): boolean {
  return /^[\d.:/-]+$/.test(word) && /\d/.test(word);
}

/**
 * Sports results and standings ("Bolton 3 Wimbledon 1", "Reading 4 1 1 2 5 10 4"): in a line of
 * names and numbers only, each run of capitalized words next to a number is a team, an
 * organization, unless it is a country (national teams are places in CoNLL's convention, and
 * people stay people: "1. Rolf Sorensen ( Denmark ) Rabobank 20:36:54").
 */
export function sportsTeams(words: readonly string[], spans: TokenSpan[]): TokenSpan[] {
  let numbers = 0;
  for (const w of words) {
    if (isScore(w)) numbers++;
    else if (!startsUpper(w) && !RESULT_GLUE.has(w.toLowerCase())) return spans;
  }
  if (numbers < 2 || numbers * 4 < words.length) return spans;
  const gazetteer = loadGazetteer();
  const out: TokenSpan[] = [];
  let s = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && startsUpper(words[i]!) && !isScore(words[i]!)) continue;
    if (i > s) {
      const nextToScore = (i < words.length && isScore(words[i]!)) || (s > 0 && isScore(words[s - 1]!));
      const inside = spans.filter((sp) => sp.start < i && sp.end > s);
      if (inside.some((sp) => sp.type === 'PER' || sp.type === 'MISC') || !nextToScore) out.push(...inside);
      else {
        const name = words.slice(s, i).join(' ');
        const country = gazetteer.countryByName(name, 'en') ?? gazetteer.countryByName(name[0] + name.slice(1).toLowerCase(), 'en');
        out.push({ start: s, end: i, type: country ? 'LOC' : 'ORG' });
      }
    }
    s = i + 1;
  }
  // A span crossing two runs ("Mladost ( L )") was kept from both.
  return out.filter((sp, k) => k === 0 || sp.start !== out[k - 1]!.start || sp.end !== out[k - 1]!.end);
}
