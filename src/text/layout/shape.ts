/**
 * The shape of a line: how many words, how it starts and ends. Structure, not vocabulary, tells
 * a body paragraph from a headline in a list: both are real prose with names, but only the
 * paragraph is long and closes with sentence punctuation.
 * @module
 */

/** Lines longer than this are prose whatever their ending (a truncated paragraph still is one). */
export const LONG_LINE = 250;

/** What the classifier needs to know about a line's form. */
export interface Shape {
  /** Tokens that contain a letter (capped at 64: only small counts matter). */
  words: number;
  /** Last character after closing quotes and brackets are stripped. */
  last: string;
  /** The line ends with an ellipsis: a truncated headline ("определён победи…"). */
  ellipsis: boolean;
  /** The first letter of the line is upper case (or the line starts with a digit or a quote). */
  capitalStart: boolean;
  /** The first letter is lower case: continuation or role text, never a headline. */
  lowerStart: boolean;
}

const CLOSERS = '»"”’\')]}›';

/** True for letters of any script (fast path for Latin and Cyrillic). */
export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c < 0xc0) return false;
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** True when `ch` is an upper-case letter. */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Computes the {@link Shape} of a trimmed, non-empty line in one pass. */
export function shapeOf(line: string): Shape {
  let words = 0;
  let inToken = false;
  let tokenHasLetter = false;
  let firstLetter = '';
  let firstChar = '';
  for (let i = 0; i < line.length && words < 64; i++) {
    const ch = line[i] as string;
    const space = ch === ' ' || ch === '\t' || ch === '\u00a0';
    if (space) {
      if (inToken && tokenHasLetter) words++;
      inToken = false;
      tokenHasLetter = false;
      continue;
    }
    inToken = true;
    if (!firstChar && /[\p{L}\p{N}«"“„']/u.test(ch)) firstChar = ch;
    if (isLetter(ch)) {
      tokenHasLetter = true;
      if (!firstLetter) firstLetter = ch;
    }
  }
  if (inToken && tokenHasLetter && words < 64) words++;
  let j = line.length - 1;
  // Spaces between the closers too: tokenized copy puts them around punctuation ("said . \"").
  while (j > 0 && (CLOSERS.includes(line[j] as string) || line[j] === ' ')) j--;
  const last = line[j] ?? '';
  const ellipsis = last === '…' || line.slice(Math.max(0, j - 2), j + 1) === '...';
  const capitalStart = firstChar !== '' && (firstChar === firstLetter ? isUpper(firstChar) : true);
  const lowerStart = firstChar !== '' && firstChar === firstLetter && !isUpper(firstChar);
  return { words, last, ellipsis, capitalStart, lowerStart };
}

/**
 * Whether a line reads as a body paragraph. Headlines and list items rarely end with a period;
 * questions are common headlines, so a question needs more words to count as prose.
 */
export function isProse(line: string, shape: Shape): boolean {
  if (line.length >= LONG_LINE) return true;
  if (shape.ellipsis) return shape.words >= 15;
  switch (shape.last) {
    case '.':
    case '!':
    case ';':
      return shape.words >= 2;
    case ':':
      return shape.words >= 4;
    case '?':
      return shape.words >= 9;
    default:
      return false;
  }
}
