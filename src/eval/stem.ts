/**
 * A crude, documented stemmer for keyword matching. It only has to map the inflected forms of a
 * phrase on both sides (gold and predicted) to the same key; it is not a linguistic analyser.
 *
 * - Every language: lower-case, `ё` → `е`, split into words on anything that is not a letter or
 *   a digit (so `центрально-азиатский` is two words).
 * - Russian (`ru`, also used for `uk`/`be`): drop a reflexive `ся`/`сь`, then the longest ending of
 *   {@link RUSSIAN_ENDINGS} that leaves at least {@link MIN_STEM} letters.
 * - English (`en`): "Porter-lite": `-sses`→`-ss`, `-ies`→`-y`, plural `-s` (not `-ss`/`-us`/`-is`),
 *   then `-ing`/`-ed` (undoubling a final double consonant), `-ly`, and a final `-e`, each only when
 *   the stem keeps at least {@link MIN_STEM} letters.
 * - Kazakh and anything else: lower-case only.
 * @module
 */

/** Shortest stem the Russian and English rules may leave. */
export const MIN_STEM = 3;

/**
 * Russian inflectional endings (nouns, adjectives, participles, verbs); the longest one that
 * matches is removed.
 */
export const RUSSIAN_ENDINGS: readonly string[] = [
  // adjectives and participles
  'ими', 'ыми', 'его', 'ого', 'ему', 'ому', 'ее', 'ие', 'ые', 'ое', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом',
  'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею',
  // nouns
  'иями', 'ями', 'ами', 'иях', 'ях', 'ах', 'ием', 'ией', 'ии', 'ия', 'ью', 'ья', 'ье', 'ьи', 'ев', 'ов', 'ам', 'ям',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
  // verbs
  'ать', 'ять', 'ить', 'еть', 'уть', 'ти', 'ть', 'ала', 'али', 'ало', 'ила', 'или', 'ило', 'ела', 'ели', 'ал', 'ил', 'ел',
  'ешь', 'ет', 'ют', 'ут', 'ит', 'ат', 'ят', 'ишь', 'ете', 'ите', 'ем', 'им',
];

const ENDINGS_BY_LENGTH = [...new Set(RUSSIAN_ENDINGS)].sort((a, b) => b.length - a.length);

/** Lower-cases and maps `ё` to `е`. */
export function normalizeCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/** Words of a phrase: runs of letters, digits and combining marks. */
export function words(text: string): string[] {
  return normalizeCase(text).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Stems one Russian word (already lower-cased). */
export function stemRussian(word: string): string {
  let w = word;
  if (/(?:ся|сь)$/.test(w) && w.length - 2 >= MIN_STEM) w = w.slice(0, -2);
  for (const ending of ENDINGS_BY_LENGTH) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) return w.slice(0, -ending.length);
  }
  return w;
}

/** Stems one English word (already lower-cased). */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length - 3 >= MIN_STEM) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      if (/([b-df-hj-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('ly') && w.length - 2 >= MIN_STEM) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length - 1 >= MIN_STEM) w = w.slice(0, -1);
  return w;
}

/** Stems one word by language (ISO 639-1); unknown languages are only lower-cased. */
export function stemWord(word: string, lang: string): string {
  const w = normalizeCase(word);
  if (lang === 'ru' || lang === 'uk' || lang === 'be') return stemRussian(w);
  if (lang === 'en') return stemEnglish(w);
  return w;
}

/**
 * The comparison key of a phrase: its words stemmed and joined by one space.
 * @example
 * ```ts
 * stemPhrase('Информационного пространства', 'ru') === stemPhrase('информационное пространство', 'ru'); // true
 * ```
 */
export function stemPhrase(phrase: string, lang: string): string {
  return words(phrase)
    .map((w) => stemWord(w, lang))
    .join(' ');
}
