/**
 * Text → scoring units. The build script (scripts/build-langid.mjs) applies the same rules to
 * the training text, so the two must change together.
 * @module
 */

/** Highest character n-gram order in data/langid.json. */
export const MAX_ORDER = 3;

/** The one apostrophe kept inside words (a letter, U+02BC, so that \p{L} covers it). */
export const APOSTROPHE = 'ʼ';

/** Scripts the detector tells apart; everything else is `other`. */
export type Script = 'Cyrl' | 'Latn' | 'Han' | 'Kana' | 'other';

/** Latin letters typed for look-alike Cyrillic ones (Belarusian i for і, Kazakh h for һ, ə for ә). */
const LOOKALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  ə: 'ә', ö: 'ө', ü: 'ү',
};

/**
 * Lower-cases, unifies the half-dozen apostrophes typed inside words (Uzbek oʻ/gʻ, English
 * don't), drops combining accents (Russian stress marks), repairs Cyrillic words with Latin
 * look-alike letters, and turns everything else that is not a letter into one space. Every
 * regex is a single character class or a fixed lookaround: linear time.
 */
export function normalize(text: string): string {
  let out = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(?<=\p{L})[ʻʼ‘’`´ʹ'](?=\p{L})|[ʻʼ]/gu, APOSTROPHE)
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}]+/gu, ' ');
  if (/[a-zəöü]/.test(out) && /[\u0400-\u052f]/.test(out)) {
    out = out.replace(/\p{L}+/gu, (word) =>
      /[\u0400-\u052f]/.test(word) ? word.replace(/[acehikmoptxyəöü]/g, (c) => LOOKALIKES[c] ?? c) : word,
    );
  }
  return out;
}

/** Script of one UTF-16 code unit (only BMP letters matter for the supported languages). */
export function scriptOf(code: number): Script {
  if (code < 0x41) return 'other';
  if (code <= 0x24f) return code <= 0x5a || (code >= 0x61 && code <= 0x7a) || code >= 0xc0 ? 'Latn' : 'other';
  if (code >= 0x400 && code <= 0x52f) return 'Cyrl';
  if (code >= 0x1e00 && code <= 0x1eff) return 'Latn';
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff)) return 'Kana';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return 'Han';
  return 'other';
}
