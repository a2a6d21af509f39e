/**
 * A tiny bounded tokenizer for reading the words around a quote (the attribution frame). It only
 * ever reads a fixed number of tokens, so attribution stays linear however long the text is.
 * @module
 */

import * as chars from '../text/chars.js';

// Local copies: dev transforms (tsx, vitest) compile imports to live-binding getters (see text/tokens.ts).
const { unitClassOf, LETTER, MARK, DIGIT, NUMERAL } = chars;

/** A word or a single punctuation character, with offsets into the text. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** `w` word (letters/digits, inner hyphens and apostrophes), `p` one punctuation or symbol character. */
  kind: 'w' | 'p';
  /** A line break lies between this token and the previous one. */
  afterBreak: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether the code unit at `i` is a letter, mark or digit (`[\p{L}\p{M}\p{N}]`; a surrogate is
 * not). Through the shared class table: the regex per character was an eighth of the quote stage.
 */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // Past the end (NaN): what the regex made of `undefined`, so that nothing changes there either.
  if (c !== c) return WORD_CHAR.test(text[i]!);
  const k = unitClassOf(c);
  return k === LETTER || k === MARK || k === DIGIT || k === NUMERAL;
}

/** Whether the character at `i` is whitespace (space or a line break). */
export function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Up to `max` tokens of `text` from `from` forward, stopping at `limit`. */
export function tokensAfter(text: string, from: number, limit: number, max: number): Tok[] {
  const out: Tok[] = [];
  let i = from;
  let brk = false;
  while (i < limit && out.length < max) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i)) {
      if (c === 0x0a) brk = true;
      i++;
      continue;
    }
    const s = i;
    if (isWordChar(text, i)) {
      i++;
      while (i < limit) {
        if (isWordChar(text, i)) i++;
        else if ((text[i] === '-' || text[i] === "'" || text[i] === '.') && i + 1 < limit && isWordChar(text, i + 1) && text[i] !== '.') i++;
        else break;
      }
      out.push({ start: s, end: i, text: text.slice(s, i), kind: 'w', afterBreak: brk });
    } else {
      i++;
      out.push({ start: s, end: i, text: text[s]!, kind: 'p', afterBreak: brk });
    }
    brk = false;
  }
  return out;
}

/** Up to `max` tokens of `text` before `to` (not before `limit`), in text order. */
export function tokensBefore(text: string, to: number, limit: number, max: number): Tok[] {
  // Walk back over `max` token-ish units, then tokenize forward from there.
  let i = to;
  let n = 0;
  while (i > limit && n < max) {
    i--;
    if (isSpace(text, i)) continue;
    if (isWordChar(text, i)) {
      while (i > limit && (isWordChar(text, i - 1) || ((text[i - 1] === '-' || text[i - 1] === "'") && i - 2 >= limit && isWordChar(text, i - 2)))) i--;
    }
    n++;
  }
  return tokensAfter(text, i, to, max + 2).filter((t) => t.end <= to);
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const ch = word[0] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Lower case with `ё` → `е` (the lexicons' spelling). */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no ё: a scan is cheaper than running the regex replace on every word.
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}
