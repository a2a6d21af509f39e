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

/** What the stem ends in: vowel, nasal, sonorant, voiced ж/з, voiceless (б в г д count here), possessive ы/і. */
type Sound = 'V' | 'N' | 'S' | 'Z' | 'K' | 'P';

const VOWELS = new Set('аәеиоөұүыіэюяё');
const NASALS = new Set('мнң');
const SONORANTS = new Set('лрйу');
const VOICED = new Set('жз');

function sounds(stem: string): Set<Sound> {
  const last = stem[stem.length - 1] ?? '';
  const out = new Set<Sound>();
  if (VOWELS.has(last)) out.add('V');
  else if (NASALS.has(last)) out.add('N');
  else if (SONORANTS.has(last)) out.add('S');
  else if (VOICED.has(last)) out.add('Z');
  else out.add('K');
  if (last === 'ы' || last === 'і') out.add('P');
  return out;
}

/** Case suffixes, longest first, with the sounds each may follow. */
const CASES: readonly (readonly [string, string])[] = [
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
const PLURAL: readonly (readonly [string, string])[] = [
  ['лар', 'VSZ'], ['лер', 'VSZ'], ['дар', 'NSZ'], ['дер', 'NSZ'], ['тар', 'K'], ['тер', 'K'],
];

function stripOne(word: string, table: readonly (readonly [string, string])[], minStem: number): string | undefined {
  const lower = word.toLowerCase();
  for (const [suffix, after] of table) {
    if (lower.length - suffix.length < minStem || !lower.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    for (const s of sounds(stem.toLowerCase())) if (after.includes(s)) return stem;
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
      const vowelBefore = VOWELS.has(stem[stem.length - 1]!.toLowerCase());
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
