/**
 * Kazakh case, possessive and plural suffixes, stripped to find a name's nominative
 * (Қазақстанның → Қазақстан, Республикасында → Республикасы → Республика, Тоқаевқа → Тоқаев).
 *
 * Kazakh picks a suffix's first consonant by the sound it follows (Астанаға, Шымкентке,
 * Ақтауда, Алматыдан, Тоқаевтың), so a suffix is stripped only when the stem's last letter
 * could take that variant: that keeps names which merely end like a suffix (Айдана, Светлана,
 * Дариға with its vowel before ға is the exception we accept) intact more often. Vowel harmony is
 * not checked: loan names break it (Тоқаевтың has a front vowel and a back suffix).
 * @module
 */

/**
 * What the stem ends in, as bits: vowel, nasal, sonorant, voiced ж/з, voiceless (б в г д count
 * here), and possessive ы/і on top of vowel. Bits rather than a Set: this runs for every new word.
 */
const V = 1, N = 2, S = 4, Z = 8, K = 16, P = 32;

const VOWELS = 'аәеиоөұүыіэюяё';

function sounds(last: string): number {
  if (VOWELS.includes(last)) return last === 'ы' || last === 'і' ? V | P : V;
  if (last === 'м' || last === 'н' || last === 'ң') return N;
  if (last === 'л' || last === 'р' || last === 'й' || last === 'у') return S;
  if (last === 'ж' || last === 'з') return Z;
  return K;
}

/** The bit mask of a table's "may follow" letters. */
function mask(after: string): number {
  let m = 0;
  for (const c of after) m |= c === 'V' ? V : c === 'N' ? N : c === 'S' ? S : c === 'Z' ? Z : c === 'K' ? K : P;
  return m;
}

/** Case suffixes, longest first, with the sounds each may follow. */
const CASE_TABLE: readonly (readonly [string, string])[] = [
  ['ндағы', 'P'], ['ндегі', 'P'], ['дағы', 'VNSZ'], ['дегі', 'VNSZ'], ['тағы', 'K'], ['тегі', 'K'],
  ['ның', 'VN'], ['нің', 'VN'], ['дың', 'SZ'], ['дің', 'SZ'], ['тың', 'K'], ['тің', 'K'],
  ['нда', 'P'], ['нде', 'P'], ['нан', 'NP'], ['нен', 'NP'],
  ['дан', 'VSZ'], ['ден', 'VSZ'], ['тан', 'K'], ['тен', 'K'],
  ['мен', 'VNS'], ['бен', 'Z'], ['пен', 'K'],
  ['ға', 'VNSZ'], ['ге', 'VNSZ'], ['қа', 'K'], ['ке', 'K'], ['на', 'P'], ['не', 'P'],
  ['да', 'VNSZ'], ['де', 'VNSZ'], ['та', 'K'], ['те', 'K'],
  ['ны', 'V'], ['ні', 'V'], ['ды', 'NSZ'], ['ді', 'NSZ'], ['ты', 'K'], ['ті', 'K'], ['н', 'P'],
];

const POSSESSIVE = ['сы', 'сі', 'ы', 'і'];
const PLURAL_TABLE: readonly (readonly [string, string])[] = [
  ['лар', 'VSZ'], ['лер', 'VSZ'], ['дар', 'NSZ'], ['дер', 'NSZ'], ['тар', 'K'], ['тер', 'K'],
];

type Table = readonly (readonly [string, number])[];
const CASES: Table = CASE_TABLE.map(([suffix, after]) => [suffix, mask(after)] as const);
const PLURAL: Table = PLURAL_TABLE.map(([suffix, after]) => [suffix, mask(after)] as const);

function stripOne(word: string, table: Table, minStem: number, lower = word.toLowerCase()): string | undefined {
  for (const [suffix, after] of table) {
    const cut = lower.length - suffix.length;
    if (cut < minStem || !lower.endsWith(suffix)) continue;
    // -стан/-стен ends a country's name (Қазақстан, Өзбекстан), not an ablative after -с.
    if ((suffix === 'тан' || suffix === 'тен') && lower[cut - 1] === 'с') continue;
    if (sounds(lower[cut - 1]!) & after) return word.slice(0, cut);
  }
  return undefined;
}

/**
 * The word without one case suffix, or the word itself when it has none
 * (Тоқаевтың → Тоқаев, Астанаға → Астана, Алматы → Алматы). Hyphens and case are kept.
 */
export function stripCase(word: string, minStem = 3): string {
  return stripOne(word, CASES, minStem) ?? word;
}

/** {@link stripCase} of a word already lowercased (the tagger's per-word path: no second lowercasing). */
export function stripCaseLower(lower: string, minStem = 3): string {
  return stripOne(lower, CASES, minStem, lower) ?? lower;
}

/**
 * Candidate nominatives of a word, the word first: without its case suffix, then without the
 * possessive before it, then without a plural (Облысының → Облысы → Облыс). For lookups: try
 * each until one is known.
 */
export function nominativeCandidates(word: string): string[] {
  const out = [word];
  let w = stripOne(word, CASES, 2);
  if (w !== undefined) out.push(w);
  const base = w ?? word;
  const lower = base.toLowerCase();
  for (const p of POSSESSIVE) {
    if (lower.length - p.length >= 3 && lower.endsWith(p)) {
      const stem = base.slice(0, base.length - p.length);
      // сы/сі follow vowels, ы/і follow consonants.
      const vowelBefore = VOWELS.includes(stem[stem.length - 1]!.toLowerCase());
      if ((p.length === 2) === vowelBefore) {
        out.push(stem);
        w = stem;
        break;
      }
    }
  }
  const plural = stripOne(w ?? word, PLURAL, 3);
  if (plural !== undefined) out.push(plural);
  return [...new Set(out)];
}

/** Patronymic endings: Кемелұлы, Әбішқызы, Kemeluly (Cyrillic spellings without Kazakh letters too). */
export function isPatronymic(word: string): boolean {
  const w = stripCase(word).toLowerCase();
  return w.length > 4 && (w.endsWith('ұлы') || w.endsWith('улы') || w.endsWith('қызы') || w.endsWith('кызы'));
}
