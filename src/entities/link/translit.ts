/**
 * Cyrillic → Latin transliteration for Russian and Kazakh, and the Latin keys that make the
 * Russian, Kazakh and English spellings of one name meet.
 *
 * Three levels, from readable to tolerant:
 *
 * 1. {@link transliterate}: letter-for-letter, readable, close to the BGN/PCGN and the Kazakh
 *    passport practice; used for display.
 *
 *    | Cyrillic | Latin | Cyrillic | Latin | Kazakh | Latin |
 *    | --- | --- | --- | --- | --- | --- |
 *    | а б в г д | a b v g d | п р с т у ф | p r s t u f | ә | a |
 *    | е ё э | e | х | kh | ғ | g |
 *    | ж | zh | ц | ts | қ | k |
 *    | з и й | z i i | ч ш щ | ch sh shch | ң | n |
 *    | к л м н о | k l m n o | ы | y | ө | o |
 *    | ъ ь | (dropped) | ю я | yu ya | ұ ү | u |
 *    |  |  |  |  | һ і | h i |
 *
 * 2. {@link latinKey}: the id key (`person:emin-guseinov`). The transliteration, then folds that
 *    make the usual English spellings land on the same key, while staying readable:
 *    diacritics and Turkic Latin letters folded (ş→sh, ç→ch, ğ→g, ı→i, ə→a, q→k); `zh`, `dzh`
 *    and `j` → `j` (Zhomart/Jomart, Zhaparov/Japarov); `x` → `ks`; `ye` → `e` and `yo` after a
 *    vowel → `e` (Tokayev, Yerlan, Mirziyoyev); `y` after a vowel → `i` (Guseynov, Sergey);
 *    word-final `y` after a consonant → `i` (Dmitry/Дмитрий); `ya`/`yu` after a consonant →
 *    `ia`/`iu` and a word-initial `yu` → `iu` (Илья/Ilia, Юрий/Iurii/Yuri, Пашинян/Pashinian);
 *    `uy` before a consonant → `u` (Бауыржан/Baurzhan); a word-final `nder` → `ndr`
 *    (Alexander/Александр); doubled letters collapsed (Kassym/Касым); anything else than
 *    a-z0-9 becomes one `-`.
 *
 * 3. {@link matchKey}: coarse skeleton for fuzzy merging (never an id): also `kh`/`h`/`g` → `g`
 *    (Huseynov/Гусейнов, Akhmet/Ahmet), `w` → `v`, `c` → `k`, `ph` → `f`, `th` → `t`,
 *    `y` → `i`, `ts` → `c`.
 *
 * Known misses of {@link latinKey} (caught by {@link matchKey}): Huseynov ≠ Guseinov,
 * Akhmet ≠ Ahmet, Mukhtar ≠ Muhtar. Western names written in Cyrillic (Джо Байден / Joe Biden)
 * do not meet at either level: that needs a name list, not a transliteration.
 * @module
 */

/** Letter table of {@link transliterate}; Russian, Kazakh, and the Ukrainian/Belarusian extras. */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  є: 'ye', ї: 'yi', ґ: 'g', ў: 'u',
};

/** Latin letters NFD does not decompose, as used in Turkic and European spellings. */
const LATIN_FOLDS: Readonly<Record<string, string>> = {
  ə: 'a', ı: 'i', ş: 'sh', ç: 'ch', ğ: 'g', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd',
  ð: 'd', þ: 'th', ǵ: 'g',
};

/**
 * Transliterates Russian or Kazakh Cyrillic into readable Latin (table in the module docs).
 * Latin and other characters pass through; the case of the first letter is kept.
 * @example transliterate('Қасым-Жомарт Тоқаев') // 'Kasym-Zhomart Tokaev'
 */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = LETTERS[lower];
    if (latin === undefined) out += ch;
    else if (lower !== ch && latin) out += latin[0]!.toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}

/** Lowercase Latin with diacritics and Turkic letters folded; Cyrillic transliterated first. */
function foldedLatin(name: string): string {
  const latin = transliterate(name.toLowerCase());
  let out = '';
  for (const ch of latin.normalize('NFD')) out += LATIN_FOLDS[ch] ?? ch;
  // Combining marks go after NFD; apostrophes (Uzbek o', Xi'an, O'Brien) carry no sound.
  return out.replace(/[\u0300-\u036f'’ʻʼ`]/g, '');
}

/** The readable-but-tolerant folds of {@link latinKey}, on one lowercase Latin word. */
function foldWord(word: string): string {
  return word
    .replace(/dzh|zh|dj/g, 'j')
    // Х is written kh or h in English (Rakhmon / Rahmon, Akhmet / Ahmet): one letter in ids.
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    // Kazakh writes ы after у where English drops it (Бауыржан / Baurzhan).
    .replace(/uy(?=[^aeiouy])/g, 'u')
    // я and ю after a consonant: ya/yu in BGN, ia/iu in passports (Илья / Ilia, Пашинян).
    .replace(/([^aeiouy])y([au])/g, '$1i$2')
    .replace(/^yu/, 'iu')
    // English adds an e before a final r: Alexander / Александр.
    .replace(/nder$/, 'ndr')
    .replace(/([aeiou])yo/g, '$1e')
    .replace(/ye/g, 'e')
    .replace(/([aeiou])y/g, '$1i')
    .replace(/([^aeiou])y$/, '$1i')
    .replace(/([a-z])\1+/g, '$1');
}

/**
 * The Latin key of a name, used in entity ids: `latinKey('Эмин Гусейнов')` is `'emin-guseinov'`.
 * Russian, Kazakh and the usual English spellings of Central Asian names give the same key
 * (Токаев, Тоқаев, Tokayev, Tokaev → `tokaev`). Deterministic and idempotent.
 */
export function latinKey(name: string): string {
  return foldedLatin(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(foldWord)
    .join('-');
}

/**
 * A coarse phonetic skeleton of a name for fuzzy merging of spellings {@link latinKey} keeps
 * apart (Huseynov/Guseinov, Akhmet/Ahmet). Collides more often: compare with it, never use it
 * as an id.
 */
export function matchKey(name: string): string {
  return latinKey(name)
    .split('-')
    .map((w) =>
      w
        // Placeholders keep the digraphs whole while their h, c and s letters are folded.
        .replace(/shch|sh/g, 'S').replace(/ch/g, 'C').replace(/ts/g, 'T')
        .replace(/ph/g, 'f').replace(/th/g, 't')
        .replace(/kh|h/g, 'g')
        .replace(/c/g, 'k').replace(/w/g, 'v').replace(/y/g, 'i')
        .replace(/([a-z])\1+/g, '$1')
        .replace(/S/g, 'sh').replace(/C/g, 'ch').replace(/T/g, 'ts'),
    )
    .join('-');
}
