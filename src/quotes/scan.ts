/**
 * A tiny bounded tokenizer for reading the words around a quote (the attribution frame). It only
 * ever reads a fixed number of tokens, so attribution stays linear however long the text is.
 * @module
 */

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

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Whether the character at `i` is a letter, mark or digit. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER.test(text[i]!);
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
  return word.toLowerCase().replace(/ё/g, 'е');
}
