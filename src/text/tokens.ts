/**
 * Tokenization: words, numbers, punctuation and symbols with offsets, in one linear pass and without
 * regular expressions on the hot path. Meant for `normalize`d text (one dash, straight quotes);
 * raw text works too, less precisely.
 *
 * Rules, and why:
 * - Letters are `\p{L}` and `\p{M}` of any script, so Kazakh ә ғ қ ң ө ұ ү һ і, Tatar/Bashkir/Tajik
 *   җ ҙ ҫ ҡ ӣ ӯ ҷ ў ҳ, Ukrainian ї є ґ, Turkic Latin ı ğ ş ə ň ý and Uzbek ʻ need no list.
 * - A hyphen between two letters or digits joins: "Касым-Жомарт", "Северо-Казахстанская",
 *   "медиа-проект", "Open-2026", "COVID-19" are one `word`; "2026-2030" is one `number`. A spaced dash
 *   ("тесное, - отметил") is `punct`.
 * - An apostrophe between letters joins: "O'Brien", "don't", Uzbek "o'zbek" (ʻ is a letter anyway).
 *   The English possessive is split off as its own word: "Tokayev's" → "Tokayev" + "'s", so the
 *   people recognizer sees the bare name.
 * - Numbers: digits with `.` `,` `:` between digits ("12.5", "1,5", "12.03.2026", "10:30") and
 *   thousands groups separated by one space, NBSP, narrow NBSP or thin space ("1 854", "3 000 000";
 *   only after a first group of 1-3 digits, and the group must be exactly 3 digits followed by no
 *   letter, digit or hyphen). Such a token's text contains the space. Digits followed by letters make
 *   a word ("5G", "10-летие"). Signs are separate: "$240" → `symbol` "$" + `number` "240", "50%" →
 *   `number` "50" + `symbol` "%", "-5" → `punct` "-" + `number` "5".
 * - Periods are always separate `punct` tokens: an initial is its letter ("Н.А. Назарбаев" → "Н" "."
 *   "А" "." "Назарбаев"), an abbreviation its parts ("т.е." → "т" "." "е" "."). Later stages read
 *   Initial + "." + Surname from the token stream; the sentence splitter reads abbreviations the same way.
 * - A run of `. ! ? …` is one `punct` token ("...", "?!", "!!!"); any other punctuation mark is one
 *   token per character.
 * - A symbol token is one code point with its marks, variation selectors, emoji skin tones, ZWJ
 *   sequences and flag pairs (one token per visible emoji).
 * - Whitespace, controls and invisible characters separate tokens; an invisible character between two
 *   letters (a soft hyphen in raw text) stays inside the word.
 * @module
 */

import type { Span } from '../types.js';
import * as chars from './chars.js';

// Local copies: dev transforms (tsx, vitest) compile imports to live-binding getters, which made
// this hot loop several times slower.
const { classAt, classBefore, widthAt } = chars;
const { DIGIT, INVISIBLE, LETTER, MARK, NUMERAL, PUNCT, SPACE, SYMBOL } = chars;

/** A token: a span of the text, its exact text and what it is. */
export interface Token extends Span {
  /** Exactly `text.slice(start, end)`. */
  text: string;
  /**
   * `word`: letters, possibly with digits, hyphens and inner apostrophes ("Open-2026", "don't", "'s").
   * `number`: digits with separators and no letter ("1 854", "12.5", "2026-2030").
   * `punct`: punctuation, one mark per token except runs of `. ! ? …`.
   * `symbol`: everything else visible: currency, %, №, emoji, lone surrogates.
   */
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

/** Clamps an optional span to the text (integers, start ≤ end); the default is the whole text. */
export function clampSpan(text: string, within?: Span): [number, number] {
  const n = text.length;
  if (within === undefined || within === null) return [0, n];
  const s = Number.isFinite(within.start) ? Math.min(Math.max(Math.trunc(within.start), 0), n) : 0;
  const e = Number.isFinite(within.end) ? Math.min(Math.max(Math.trunc(within.end), 0), n) : n;
  return [s, Math.max(s, e)];
}

/** Sentence-final marks; a run of them is one token. */
export function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60;
}

/** Spaces allowed between thousands groups ("1 854", "3 000 000"). */
function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlnum(k: number): boolean {
  return k === LETTER || k === MARK || k === DIGIT || k === NUMERAL;
}

function isWordish(k: number): boolean {
  return k === LETTER || k === MARK;
}

/** Whether `'s` at `i` (apostrophe, s, then no letter or digit) is the English possessive clitic. */
function isPossessiveAt(text: string, i: number, end: number): boolean {
  if (!isApostrophe(text.charCodeAt(i)) || i + 1 >= end) return false;
  const s = text.charCodeAt(i + 1);
  if (s !== 0x73 && s !== 0x53) return false;
  return i + 2 >= end || !isAlnum(classAt(text, i + 2));
}

let sawLetter = false;

/** Scans a word or number from `i` (a letter, mark or digit); returns its end and sets {@link sawLetter}. */
function scanAlnum(text: string, i: number, end: number): number {
  let j = i;
  let hasLetter = false;
  let leadDigits = 0; // digits so far while the token is only ASCII digits; -1 once anything else joined
  let inGroups = false;
  while (j < end) {
    const k = classAt(text, j);
    if (k === LETTER) {
      hasLetter = true;
      leadDigits = -1;
      inGroups = false;
      j += widthAt(text, j);
      continue;
    }
    if (k === MARK || k === NUMERAL) {
      leadDigits = -1;
      inGroups = false;
      j += widthAt(text, j);
      continue;
    }
    const c = text.charCodeAt(j);
    if (k === DIGIT) {
      if (leadDigits >= 0 && isAsciiDigit(c)) leadDigits++;
      else leadDigits = -1;
      j += widthAt(text, j);
      continue;
    }
    const before = classBefore(text, j);
    const after = j + 1 < end ? classAt(text, j + 1) : SPACE;
    if ((c === 0x2e || c === 0x2c || c === 0x3a) && before === DIGIT && after === DIGIT) {
      leadDigits = -1;
      inGroups = false;
      j++;
      continue;
    }
    if (isGroupSpace(c) && (inGroups || (leadDigits >= 1 && leadDigits <= 3)) && j + 3 < end) {
      const g = j + 4;
      if (
        isAsciiDigit(text.charCodeAt(j + 1)) &&
        isAsciiDigit(text.charCodeAt(j + 2)) &&
        isAsciiDigit(text.charCodeAt(j + 3)) &&
        (g >= end || (!isAlnum(classAt(text, g)) && !isHyphen(text.charCodeAt(g))))
      ) {
        inGroups = true;
        leadDigits = -1;
        j = g;
        continue;
      }
      break;
    }
    if (isApostrophe(c) && isWordish(before) && after === LETTER && !isPossessiveAt(text, j, end)) {
      j++;
      continue;
    }
    if (isHyphen(c) && isAlnum(before) && isAlnum(after)) {
      leadDigits = -1;
      inGroups = false;
      j++;
      continue;
    }
    if (k === INVISIBLE && isWordish(before) && isWordish(after)) {
      j++;
      continue;
    }
    break;
  }
  sawLetter = hasLetter;
  return j;
}

/** Scans a symbol from `i`: the code point plus marks, skin tones, ZWJ sequences and a flag's second half. */
function scanSymbol(text: string, i: number, end: number): number {
  const first = text.codePointAt(i) ?? 0;
  let j = i + widthAt(text, i);
  if (first >= 0x1f1e6 && first <= 0x1f1ff) {
    const second = text.codePointAt(j) ?? 0;
    if (j < end && second >= 0x1f1e6 && second <= 0x1f1ff) j += 2;
  }
  while (j < end) {
    const cp = text.codePointAt(j) ?? 0;
    if (classAt(text, j) === MARK || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
      j += widthAt(text, j);
    } else if (cp === 0x200d && j + 1 < end && classAt(text, j + 1) === SYMBOL) {
      j += 1;
      j += widthAt(text, j);
    } else {
      break;
    }
  }
  return Math.min(j, end);
}

/**
 * Tokens of `text` inside `within` (default: the whole text), sorted, non-overlapping, each with
 * `text === text.slice(start, end)`; a token never crosses `within`. Linear time; never throws.
 * See the module comment for the rules (hyphens, apostrophes, numbers, periods, symbols).
 */
export function tokenize(text: string, within?: Span): Token[] {
  if (typeof text !== 'string') return [];
  const [start, end] = clampSpan(text, within);
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const k = classAt(text, i);
    if (k === SPACE || k === INVISIBLE) {
      i += widthAt(text, i);
      continue;
    }
    let j: number;
    let kind: Token['kind'];
    if (isAlnum(k)) {
      j = scanAlnum(text, i, end);
      kind = sawLetter ? 'word' : k === DIGIT || k === NUMERAL ? 'number' : 'symbol';
    } else if (k === PUNCT) {
      const c = text.charCodeAt(i);
      const last = tokens[tokens.length - 1];
      if (last !== undefined && last.end === i && last.kind === 'word' && isPossessiveAt(text, i, end)) {
        j = i + 2;
        kind = 'word';
      } else if (isTerminal(c)) {
        j = i + 1;
        while (j < end && isTerminal(text.charCodeAt(j))) j++;
        kind = 'punct';
      } else {
        j = i + 1;
        kind = 'punct';
      }
    } else {
      j = scanSymbol(text, i, end);
      kind = 'symbol';
    }
    tokens.push({ start: i, end: j, text: text.slice(i, j), kind });
    i = j;
  }
  return tokens;
}
