/**
 * Kazakh case suffixes removed by rule: Kazakh is agglutinative ("экспорты", "экспортының",
 * "экспортына", "экспортында" are one word for a keyword), and the case ending is always last. Only
 * case endings go; plural and possessive suffixes stay, because they carry meaning ("астық
 * экспорты": the possessive marks the compound). Rules are guarded by a minimum stem length and by
 * vowel harmony, so "сауда" (trade) or "Астана" keep their final syllable. Shared by the runtime
 * and the build script (document-frequency keys).
 * @module
 */

const BACK = new Set(['а', 'о', 'ұ', 'ы', 'я']);
const FRONT = new Set(['ә', 'е', 'ө', 'ү', 'і', 'э']);
const VOWELS = new Set([...BACK, ...FRONT, 'у', 'и', 'ю', 'ё']);

/** Case endings, longest first; `after` limits an ending to stems ending in one of those letters. */
const ENDINGS: readonly { suffix: string; after?: string }[] = [
  // ablative, locative, genitive, dative, accusative after the 3rd person possessive (-ы/-і)
  { suffix: 'нан', after: 'ыі' }, { suffix: 'нен', after: 'ыі' },
  { suffix: 'нда', after: 'ыі' }, { suffix: 'нде', after: 'ыі' },
  { suffix: 'ның' }, { suffix: 'нің' }, { suffix: 'дың' }, { suffix: 'дің' }, { suffix: 'тың' }, { suffix: 'тің' },
  { suffix: 'дан' }, { suffix: 'ден' }, { suffix: 'тан' }, { suffix: 'тен' },
  { suffix: 'мен' }, { suffix: 'бен' }, { suffix: 'пен' },
  { suffix: 'ға' }, { suffix: 'ге' }, { suffix: 'қа' }, { suffix: 'ке' },
  { suffix: 'на', after: 'ыі' }, { suffix: 'не', after: 'ыі' },
  { suffix: 'да' }, { suffix: 'де' }, { suffix: 'та' }, { suffix: 'те' },
  { suffix: 'ны' }, { suffix: 'ні' }, { suffix: 'ды' }, { suffix: 'ді' }, { suffix: 'ты' }, { suffix: 'ті' },
  { suffix: 'н', after: 'ыі' },
];

const VOICELESS = new Set(['п', 'к', 'қ', 'т', 'с', 'ш', 'щ', 'ф', 'х', 'һ', 'ц', 'ч']);

/**
 * Whether the suffix's first consonant fits the stem's last sound: Kazakh assimilates it
 * (т-, қ-, к-, п- after voiceless consonants; н- after vowels and nasals; д-, ғ-, г-, б-, м- elsewhere).
 */
function assimilates(stem: string, suffix: string): boolean {
  const last = stem[stem.length - 1]!;
  const first = suffix[0]!;
  if (first === 'т' || first === 'қ' || first === 'к' || first === 'п') return VOICELESS.has(last);
  if (first === 'н') return VOWELS.has(last) || 'мнң'.includes(last);
  if (first === 'м') return VOWELS.has(last) || 'рйулң'.includes(last);
  return !VOICELESS.has(last);
}

/** Shortest stem a rule may leave (in letters). */
const MIN_STEM = 4;

function lastVowel(word: string): string | undefined {
  for (let i = word.length - 1; i >= 0; i--) if (VOWELS.has(word[i]!)) return word[i];
  return undefined;
}

/** Whether the suffix's vowel class fits the stem's last vowel (neutral vowels fit both). */
function harmonizes(stem: string, suffix: string): boolean {
  const sv = lastVowel(suffix);
  const tv = lastVowel(stem);
  if (sv === undefined || tv === undefined) return true;
  if (BACK.has(sv)) return !FRONT.has(tv);
  if (FRONT.has(sv)) return !BACK.has(tv);
  return true;
}

/**
 * A Kazakh word without its case ending, lower case.
 * @example
 * ```ts
 * kazakhCaseless('экспортының'); // 'экспорты'
 * kazakhCaseless('Қазақстанда'); // 'қазақстан'
 * kazakhCaseless('сауда'); // 'сауда'
 * ```
 */
export function kazakhCaseless(word: string): string {
  const w = word.toLowerCase();
  for (const { suffix, after } of ENDINGS) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem.length < MIN_STEM) continue;
    if (after !== undefined && !after.includes(stem[stem.length - 1]!)) continue;
    if (!harmonizes(stem, suffix) || !assimilates(stem, suffix)) continue;
    return stem;
  }
  return w;
}
