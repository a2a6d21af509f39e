/**
 * Text → scoring units. The build script (scripts/build-langid.mjs) applies the same rules to
 * the training text, so the two must change together.
 * @module
 */

/** Highest character n-gram order in data/langid.json. */
export const MAX_ORDER = 3;

/** The one apostrophe kept inside words (a letter, U+02BC, so that \p{L} covers it). */
export const APOSTROPHE = 'ʼ';
const APOSTROPHE_CODE = 0x2bc;

/** Scripts the detector tells apart; everything else is `other`. */
export type Script = 'Cyrl' | 'Latn' | 'Han' | 'Kana' | 'other';

/** Latin letters typed for look-alike Cyrillic ones (Belarusian i for і, Kazakh h for һ, ə for ә). */
const LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  ə: 'ә', ö: 'ө', ü: 'ү',
};
/** The same as a code-unit table: Latin look-alike → Cyrillic, 0 for everything else. */
const LOOKALIKE_CODES = new Uint16Array(0x260);
for (const [latin, cyrillic] of Object.entries(LOOKALIKES)) LOOKALIKE_CODES[latin.charCodeAt(0)] = cyrillic.charCodeAt(0);

const UNSEEN = 0;
const LETTER = 1;
const MARK = 2;
const OTHER = 3;
/**
 * Class of every BMP code unit (\p{L}, \p{M} or neither), filled in lazily 256 units at a time
 * by the regex engine itself, so that it agrees with the regexes of the build script whatever
 * the Unicode version. Surrogates are classified per code point (see classAt).
 */
const CLASSES = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;

function classifyBlock(code: number): void {
  const start = code & 0xff00;
  for (let c = start; c < start + 0x100; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { CLASSES[c] = OTHER; continue; }
    const ch = String.fromCharCode(c);
    CLASSES[c] = IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : OTHER;
  }
}

/** Class of a supplementary-plane code point (rare in the supported languages: no table). */
function astralClass(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : OTHER;
}

/** Class of the BMP code unit `code` (a lone surrogate is OTHER). */
function unitClass(code: number): number {
  let cls = CLASSES[code]!;
  if (cls === UNSEEN) {
    classifyBlock(code);
    cls = CLASSES[code]!;
  }
  return cls;
}

/** Whether the code point that ends just before `i` is a letter (the regex lookbehind \p{L}). */
function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return astralClass(((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000) === LETTER;
  }
  return unitClass(c) === LETTER;
}

/** Whether the code point starting at `i` is a letter (the regex lookahead \p{L}). */
function letterAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000) === LETTER;
  }
  return unitClass(c) === LETTER;
}

/** Normalized text as UTF-16 code units: `codes[0..length)`. */
export interface NormalizedCodes {
  codes: Uint16Array;
  length: number;
}

/** Output buffer, reused across calls (it grows, never shrinks past what the longest text needed). */
let buffer = new Uint16Array(1024);

/**
 * {@link normalize} without building the string: the result is written to a buffer shared by all
 * calls, valid until the next call. One pass over the text after NFC and lower-casing; linear.
 */
export function normalizeCodes(text: string): NormalizedCodes {
  const s = text.normalize('NFC').toLowerCase();
  const n = s.length;
  // Every output unit comes from at least one input unit, plus at most one trailing space.
  if (buffer.length < n + 1) buffer = new Uint16Array(Math.max(n + 1, buffer.length * 2));
  const out = buffer;
  let length = 0;
  let gap = false;
  let latin = false;
  let cyrillic = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    let cls: number;
    if (c >= 0xd800 && c <= 0xdfff) {
      const low = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        cls = astralClass(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        if (cls === LETTER) {
          if (gap) { out[length++] = 0x20; gap = false; }
          out[length++] = c;
          out[length++] = low;
        } else if (cls === OTHER) gap = true;
        i++;
        continue;
      }
      cls = OTHER;
    } else {
      cls = CLASSES[c]!;
      if (cls === UNSEEN) cls = unitClass(c);
      // Apostrophes: ʻ ʼ always, ‘ ’ ` ´ ʹ ' between two letters (lookbehind/lookahead on the
      // lower-cased text, marks still in it).
      if (c === 0x2bb || c === APOSTROPHE_CODE) {
        c = APOSTROPHE_CODE;
        cls = LETTER;
      } else if (
        (c === 0x27 || c === 0x60 || c === 0xb4 || c === 0x2b9 || c === 0x2018 || c === 0x2019) &&
        letterBefore(s, i) &&
        letterAt(s, i + 1)
      ) {
        c = APOSTROPHE_CODE;
        cls = LETTER;
      }
    }
    if (cls === LETTER) {
      if (gap) { out[length++] = 0x20; gap = false; }
      if (c <= 0x7a ? c >= 0x61 : c === 0xf6 || c === 0xfc || c === 0x259) latin = true;
      else if (c >= 0x400 && c <= 0x52f) cyrillic = true;
      out[length++] = c;
    } else if (cls === OTHER) gap = true;
    // Marks vanish without a trace: they neither end a word nor start a gap.
  }
  if (gap) out[length++] = 0x20;
  if (latin && cyrillic) repairLookalikes(out, length);
  return { codes: out, length };
}

/** In words with a Cyrillic letter, Latin look-alikes become the Cyrillic letters they stand for. */
function repairLookalikes(out: Uint16Array, length: number): void {
  let start = 0;
  while (start < length) {
    if (out[start] === 0x20) { start++; continue; }
    let end = start;
    let cyrillic = false;
    while (end < length && out[end] !== 0x20) {
      const c = out[end]!;
      if (c >= 0x400 && c <= 0x52f) cyrillic = true;
      end++;
    }
    if (cyrillic) {
      for (let i = start; i < end; i++) {
        const c = out[i]!;
        if (c < 0x260) {
          const cyr = LOOKALIKE_CODES[c]!;
          if (cyr !== 0) out[i] = cyr;
        }
      }
    }
    start = end;
  }
}

/** Code units → string, in chunks small enough for fromCharCode's argument list. */
export function codesToString(codes: Uint16Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return s;
}

/**
 * Lower-cases, unifies the half-dozen apostrophes typed inside words (Uzbek oʻ/gʻ, English
 * don't), drops combining accents (Russian stress marks), repairs Cyrillic words with Latin
 * look-alike letters, and turns everything else that is not a letter into one space. Same
 * result as the regex chain in scripts/build-langid.mjs, in one linear pass.
 */
export function normalize(text: string): string {
  const { codes, length } = normalizeCodes(text);
  return codesToString(codes, 0, length);
}

/** Numeric script codes, for hot loops: see {@link scriptCodeOf}. */
export const SCRIPT_OTHER = 0;
export const SCRIPT_CYRL = 1;
export const SCRIPT_LATN = 2;
export const SCRIPT_HAN = 3;
export const SCRIPT_KANA = 4;
/** Script names by numeric code. */
export const SCRIPTS: readonly Script[] = ['other', 'Cyrl', 'Latn', 'Han', 'Kana'];

/** {@link scriptOf} as a number (index into {@link SCRIPTS}). */
export function scriptCodeOf(code: number): number {
  if (code < 0x41) return SCRIPT_OTHER;
  if (code <= 0x24f) return code <= 0x5a || (code >= 0x61 && code <= 0x7a) || code >= 0xc0 ? SCRIPT_LATN : SCRIPT_OTHER;
  if (code >= 0x400 && code <= 0x52f) return SCRIPT_CYRL;
  if (code >= 0x1e00 && code <= 0x1eff) return SCRIPT_LATN;
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff)) return SCRIPT_KANA;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return SCRIPT_HAN;
  return SCRIPT_OTHER;
}

/** Script of one UTF-16 code unit (only BMP letters matter for the supported languages). */
export function scriptOf(code: number): Script {
  return SCRIPTS[scriptCodeOf(code)]!;
}
