/**
 * Text normalization for matching, with an O(1) map from normalized offsets back to the caller's
 * string. Every later stage works on {@link NormalizedText.text} and reports offsets through
 * {@link NormalizedText.toOriginal}, so a CMS can highlight the caller's own string.
 *
 * What changes, and why:
 * - Unicode NFC: text pasted from macOS or PDFs often carries "й" as "и" + U+0306 and "ё" as
 *   "е" + U+0308; gazetteers and dictionaries are precomposed.
 * - Quotes. Marks that carry direction are KEPT because the quote stage needs to know which side
 *   opens: « » (the ru/kk quotes), „ and ‚ (always opening), ‹ ›. Marks whose direction depends
 *   on the language are unified: “ ” ‟ ″ ＂ → `"` (“ opens in English but closes Russian „…“) and
 *   ‘ ’ ‛ ′ ` ʼ ＇ → `'` (’ is also the English apostrophe: "don’t" → "don't"). The Uzbek letter
 *   ʻ (U+02BB, "oʻzbek") is a letter and stays.
 * - Dashes and hyphens ‐ ‑ ‒ – — ― − ﹘ ﹣ － → `-`: the matchers want one dash ("2026–2030",
 *   "Касым‑Жомарт" with a non-breaking hyphen), and the word-joining hyphen vs the spaced dash
 *   (dialogue "– Мы...", "тесное, – отметил") stays distinguishable by the spaces around it.
 * - The ellipsis … stays one character (sentence splitting treats it like "...").
 * - Invisible characters are removed: soft hyphen U+00AD, U+180E, zero-width U+200B–U+200D, word
 *   joiner and invisible operators U+2060–U+2064, BOM U+FEFF, bidi marks U+200E U+200F
 *   U+202A–U+202E U+2066–U+2069. They split words for matching ("Қаза\u00ADқстан").
 * - Spaces: NBSP, narrow NBSP (thousands separator "1 854"), en/em/thin spaces, U+205F, U+3000,
 *   U+1680 and tab → " ". Other C0/C1 controls (NUL, DEL, ...) → " " so they never glue words.
 * - Line breaks: CRLF, CR, U+0085, U+2028, U+2029, VT, FF → "\n" (every newline is a paragraph break).
 * - Lone surrogates → U+FFFD, so `text` is well-formed UTF-16 (safe for `encodeURIComponent`, JSON).
 * @module
 */

/** Text prepared for matching, with a map back to the caller's offsets. */
export interface NormalizedText {
  /**
   * The normalized text (see the module comment for the exact rules): NFC; « » „ ‚ ‹ › kept;
   * “ ” ″ → `"`; ‘ ’ ` ʼ ′ → `'`; all dashes → `-`; … kept; invisible characters removed;
   * Unicode spaces → " "; every line break → "\n". Offsets of all later stages refer to this string.
   */
  text: string;
  /**
   * Offset in the original string for an offset in `text`, in O(1).
   *
   * Each character of `text` comes from a run of the original (one unit, a surrogate pair, "\r\n",
   * a base letter with its combining marks, or a character followed by removed invisible ones: those
   * belong to the character before them). `toOriginal(i)` is where the run of `text[i]` starts, and
   * `toOriginal(text.length)` is `original.length`, so `[toOriginal(s.start), toOriginal(s.end))`
   * covers exactly the original characters of a span. Monotonic non-decreasing; `toOriginal(0)` is
   * always 0 (invisible characters at the very start belong to the first character; if everything
   * was removed, `text` is empty and `toOriginal(0)` is 0). Offsets outside `0..text.length` are
   * clamped; fractions are truncated.
   */
  toOriginal(offset: number): number;
}

const REMOVE = -1;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const DQUOTE = 0x22;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** Any character {@link mapUnit} changes, or a lone surrogate; when absent we may skip all work. */
const NEEDS_MAPPING =
  /[\0-\x09\x0B-\x1F\x60\x7F-\xA0\xAD\u02BC\u1680\u180E\u2000-\u2019\u201B-\u201D\u201F\u2028-\u202F\u2032\u2033\u205F-\u2064\u2066-\u2069\u2212\u3000\uFE58\uFE63\uFEFF\uFF02\uFF07\uFF0D]|\p{Cs}/u;

/** The replacement for one UTF-16 unit: itself, another unit, or {@link REMOVE}. Surrogates pass. */
function mapUnit(c: number): number {
  if (c < 0x80) {
    if (c >= 0x20) return c === 0x60 ? APOSTROPHE : c === 0x7f ? SPACE : c;
    if (c === NEWLINE || c === 0x0b || c === 0x0c || c === 0x0d) return NEWLINE;
    return SPACE; // tab and other C0 controls
  }
  if (c < 0x2000) {
    if (c <= 0xa0) return c === 0x85 ? NEWLINE : SPACE; // C1 controls, NBSP
    if (c === 0xad || c === 0x180e) return REMOVE;
    if (c === 0x02bc) return APOSTROPHE;
    if (c === 0x1680) return SPACE;
    return c;
  }
  if (c <= 0x206f) {
    if (c <= 0x200a) return SPACE;
    if (c <= 0x200f) return REMOVE;
    if (c <= 0x2015) return HYPHEN;
    if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return APOSTROPHE;
    if (c === 0x201c || c === 0x201d || c === 0x201f || c === 0x2033) return DQUOTE;
    if (c === 0x2028 || c === 0x2029) return NEWLINE;
    if (c >= 0x202a && c <= 0x202e) return REMOVE;
    if (c === 0x202f || c === 0x205f) return SPACE;
    if ((c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069)) return REMOVE;
    return c;
  }
  switch (c) {
    case 0x2212:
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
      return HYPHEN;
    case 0x3000:
      return SPACE;
    case 0xfeff:
      return REMOVE;
    case 0xff02:
      return DQUOTE;
    case 0xff07:
      return APOSTROPHE;
    default:
      return c;
  }
}

const MARK = /\p{M}/u;
const MAX_RUN = 32;

/**
 * Characters NFC might change: combining marks and Hangul V/T jamo (they compose with what precedes
 * them) and the singletons NFC replaces (listed by testing every code point under Node 20's ICU).
 * `String#normalize` on the whole text would be simpler, but ICU reorders a long run of marks in
 * quadratic time, so we find the runs ourselves and cap them.
 */
const NFC_SUSPECT =
  /[\p{M}\u1160-\u11FF\uD7B0-\uD7FF\u0340-\u0344\u0374\u037E\u0387\u0958-\u095F\u09DC-\u09DF\u0A33\u0A36\u0A59-\u0A5E\u0B5C\u0B5D\u0F43-\u0FB9\u1F71-\u1FFD\u2126\u212A\u212B\u2329\u232A\u2ADC\uF900-\uFAFF\uFB1D-\uFB4E\u{1D15E}-\u{1D1C0}\u{2F800}-\u{2FA1D}]/u;

/**
 * Characters that continue an NFC composition run after a starter: combining marks, Hangul V/T jamo,
 * and the invisible characters we remove (a soft hyphen between "A" and U+0301 must not keep them apart).
 */
function continuesRun(c: number, ch: string): boolean {
  if (c < 0x300) return c === 0xad;
  if (mapUnit(c) === REMOVE) return true;
  if ((c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff)) return true;
  return MARK.test(ch);
}

/** A lone character NFC leaves alone (fast answers for Latin and Cyrillic, the regex for the rest). */
function isStableSingleton(c: number, ch: string): boolean {
  return c < 0x340 || (c >= 0x400 && c < 0x900) || !NFC_SUSPECT.test(ch);
}

/** Growable output: UTF-16 units and, per unit, its original offset. */
class Output {
  units: Uint16Array;
  map: Uint32Array;
  length = 0;
  private firstOrigin = -1;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.map = new Uint32Array(capacity + 1);
  }
  push(unit: number, origin: number): void {
    if (this.length === this.units.length) {
      const units = new Uint16Array(this.units.length * 2 + 16);
      units.set(this.units);
      this.units = units;
      const map = new Uint32Array(units.length + 1);
      map.set(this.map);
      this.map = map;
    }
    this.units[this.length] = unit;
    // Invisible characters removed at the very start belong to the first character (toOriginal(0) = 0),
    // and so do the other units of that character (a surrogate pair, an NFC expansion).
    if (this.length === 0) this.firstOrigin = origin;
    this.map[this.length] = origin === this.firstOrigin ? 0 : origin;
    this.length++;
  }
  toString(): string {
    const parts: string[] = [];
    const CHUNK = 8192;
    for (let i = 0; i < this.length; i += CHUNK) {
      parts.push(String.fromCharCode.apply(null, this.units.subarray(i, Math.min(i + CHUNK, this.length)) as unknown as number[]));
    }
    return parts.join('');
  }
}

/** Pushes one original unit (or surrogate pair) at `i`; returns the index after it. */
function pushUnit(out: Output, original: string, i: number): number {
  const c = original.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const next = original.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out.push(c, i);
      out.push(next, i + 1);
      return i + 2;
    }
    out.push(0xfffd, i);
    return i + 1;
  }
  if (c === 0x0d && original.charCodeAt(i + 1) === NEWLINE) {
    out.push(NEWLINE, i);
    return i + 2;
  }
  const mapped = mapUnit(c);
  if (mapped !== REMOVE) out.push(mapped, i);
  return i + 1;
}

/**
 * Normalizes `original` for matching and keeps a map back to its offsets (see {@link NormalizedText}).
 * Linear time; never throws. When nothing needs to change, `text` is `original` itself and
 * `toOriginal` is the identity, without allocating a map.
 */
export function normalize(original: string): NormalizedText {
  if (typeof original !== 'string') original = original == null ? '' : String(original);
  const n = original.length;
  const mayCompose = NFC_SUSPECT.test(original);
  if (!mayCompose && !NEEDS_MAPPING.test(original)) {
    return { text: original, toOriginal: (offset) => clamp(offset, n) };
  }

  const out = new Output(n + 16);
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (!mayCompose) {
      i = pushUnit(out, original, i);
      continue;
    }
    // Compose per run (a starter and the marks after it), so the map stays per character.
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(original.charCodeAt(i + 1)) ? 2 : 1);
    const first = j - i;
    // Capped like Unicode's stream-safe format (30 non-starters), so a flood of marks stays linear.
    while (j < n && j - i < MAX_RUN) {
      const d = original.charCodeAt(j);
      const width = d >= 0xd800 && d <= 0xdbff && j + 1 < n && isLowSurrogate(original.charCodeAt(j + 1)) ? 2 : 1;
      if (!continuesRun(d, original.slice(j, j + width))) break;
      j += width;
    }
    if (j - i === first && isStableSingleton(c, original.slice(i, j))) {
      i = pushUnit(out, original, i);
      continue;
    }
    const run = original.slice(i, j);
    let stripped = '';
    for (let k = 0; k < run.length; k++) if (mapUnit(run.charCodeAt(k)) !== REMOVE) stripped += run[k];
    const composed = stripped.normalize('NFC');
    if (composed === run) {
      while (i < j) i = pushUnit(out, original, i);
      continue;
    }
    for (let k = 0; k < composed.length; k++) {
      const unit = composed.charCodeAt(k);
      if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(composed.charCodeAt(k + 1))) {
        out.push(unit, i);
        out.push(composed.charCodeAt(++k), i);
      } else if (unit >= 0xd800 && unit <= 0xdfff) {
        out.push(0xfffd, i);
      } else {
        const mapped = mapUnit(unit);
        if (mapped !== REMOVE) out.push(mapped, i);
      }
    }
    i = j;
  }
  const length = out.length;
  if (length === 0) return { text: '', toOriginal: () => 0 };
  const map = out.map;
  map[length] = n;
  const text = out.toString();
  return {
    text,
    toOriginal: (offset) => map[clamp(offset, length)] ?? n,
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function clamp(offset: number, max: number): number {
  if (!(offset > 0)) return 0; // also NaN
  if (offset >= max) return max;
  return Math.trunc(offset);
}
