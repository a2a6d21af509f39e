/**
 * Character classes shared by the paragraph, sentence and token scanners. One lookup table for the
 * BMP (built on first use from Unicode property escapes, so every script's letters count without
 * hand-kept lists) and a small cache for astral code points.
 * @module
 */

/** Whitespace and control characters: separate tokens, trimmed from paragraphs and sentences. */
export const SPACE = 0;
/** Format characters (soft hyphen, zero-width, bidi, BOM): invisible; kept inside a word, skipped elsewhere. */
export const INVISIBLE = 1;
/** `\p{L}`: letters of every script, including modifier letters such as Uzbek ʻ (U+02BB). */
export const LETTER = 2;
/** `\p{M}`: combining marks; they extend whatever precedes them. */
export const MARK = 3;
/** `\p{Nd}`: decimal digits. */
export const DIGIT = 4;
/** Other numerals (`\p{No}`, `\p{Nl}`: ², ½, Ⅻ). */
export const NUMERAL = 5;
/** Punctuation (`\p{P}` minus the signs listed in {@link SYMBOL}). */
export const PUNCT = 6;
/** Symbols (`\p{S}`), the sign-like `\p{Po}` characters % ‰ # @ & * § ¶ † ‡ •, emoji, and anything unassigned. */
export const SYMBOL = 7;
/** A high surrogate: look at the pair with {@link classAt}. */
export const HIGH = 8;
/** A low surrogate: on its own (lone), it is treated as a symbol. */
export const LOW = 9;

const SIGN_LIKE_PUNCT = new Set([0x25, 0x2030, 0x2031, 0x23, 0x40, 0x26, 0x2a, 0xa7, 0xb6, 0x2020, 0x2021, 0x2022]);

function classify(ch: string, cp: number): number {
  if (/[\s\p{Cc}]/u.test(ch) && cp !== 0xfeff) return SPACE;
  if (/\p{Cf}/u.test(ch)) return INVISIBLE;
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{M}/u.test(ch)) return MARK;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  if (/\p{N}/u.test(ch)) return NUMERAL;
  if (/\p{P}/u.test(ch)) return SIGN_LIKE_PUNCT.has(cp) ? SYMBOL : PUNCT;
  return SYMBOL;
}

/** The table's passes, in order: later passes win (digits over numerals, spaces over letters' neighbours, BOM is invisible). */
const CLASS_PASSES: readonly (readonly [RegExp, number])[] = [
  [/\p{P}/gu, PUNCT],
  [/\p{N}/gu, NUMERAL],
  [/\p{Nd}/gu, DIGIT],
  [/\p{M}/gu, MARK],
  [/\p{L}/gu, LETTER],
  [/[\s\p{Cc}]/gu, SPACE],
  [/\p{Cf}/gu, INVISIBLE],
];

/** Table value of a code unit whose 256-unit block is not classified yet. */
const UNSEEN = 255;

/** The BMP class table, filled one 256-unit block at a time on first sight (see classifyBlock). */
const table = new Uint8Array(0x10000).fill(UNSEEN);

/**
 * Classifies the block of 256 code units holding `c` and returns `c`'s class. Lazily per block
 * because building the whole table took ~25 ms (70 ms through tsx) of the first enrich() call,
 * while a text touches a handful of blocks (Latin-1, Cyrillic, punctuation): about 0.1 ms each.
 * Same passes as for the whole BMP at once (a single-character class matches the same units in
 * any string), so the table is the same: test/text/chars.test.ts checks all 65,536 units.
 */
function classifyBlock(c: number): number {
  const start = c & 0xff00;
  const units = new Uint16Array(0x100);
  for (let i = 0; i < 0x100; i++) units[i] = start + i >= 0xd800 && start + i <= 0xdfff ? 0 : start + i;
  const block = String.fromCharCode.apply(null, units as unknown as number[]);
  table.fill(SYMBOL, start, start + 0x100);
  for (const [re, k] of CLASS_PASSES) for (const m of block.matchAll(re)) table[start + m.index] = k;
  for (const sign of SIGN_LIKE_PUNCT) if (sign >= start && sign < start + 0x100) table[sign] = SYMBOL;
  for (let u = Math.max(start, 0xd800); u < start + 0x100 && u <= 0xdfff; u++) table[u] = u <= 0xdbff ? HIGH : LOW;
  return table[c]!;
}

/** Class of the BMP code unit `c` (HIGH / LOW for surrogates). */
function unitClass(c: number): number {
  const k = table[c]!;
  return k === UNSEEN ? classifyBlock(c) : k;
}

/**
 * Class of one UTF-16 code unit: {@link HIGH} / {@link LOW} for surrogates (see {@link classAt}
 * for code points). For scanners that test units one by one instead of running a regex per unit.
 */
export function unitClassOf(c: number): number {
  return unitClass(c);
}

/**
 * The whole BMP class table (every block classified): for callers that index it directly.
 * The scanners here go through {@link classAt}, which classifies only the blocks a text uses.
 */
export function bmpClasses(): Uint8Array {
  for (let c = 0; c < 0x10000; c += 0x100) if (table[c] === UNSEEN) classifyBlock(c);
  return table;
}

const astral = new Map<number, number>();

/** Class of an astral code point (emoji, CJK extensions, math letters), cached. */
export function astralClass(cp: number): number {
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp), cp);
    if (astral.size < 4096) astral.set(cp, k);
  }
  return k;
}

/**
 * Class of the code point starting at `i` (a surrogate pair counts once; a lone surrogate is a
 * symbol). Returns {@link SPACE} past the end so scanners stop naturally.
 */
export function classAt(text: string, i: number): number {
  if (i >= text.length || i < 0) return SPACE;
  const c = text.charCodeAt(i);
  const k = unitClass(c);
  if (k === HIGH) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    return SYMBOL;
  }
  return k === LOW ? SYMBOL : k;
}

/** Class of the code point that ends just before `i`. */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return SPACE;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return classAt(text, i - 2);
  }
  return classAt(text, i - 1);
}

/** Width in UTF-16 units of the code point at `i` (2 for a well-formed surrogate pair). */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether the code point at `i` is an uppercase or titlecase letter (a sentence may start there). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x42f) return true; // Ѐ-Я
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  return /[\p{Lu}\p{Lt}]/u.test(ch);
}

/** Whether the code point at `i` is a lowercase letter (a sentence cannot start there). */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0x430 && c <= 0x45f) return true; // а-џ
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  return /\p{Ll}/u.test(ch);
}
