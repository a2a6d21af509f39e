/**
 * Person names: the nominative of a Russian name (via the pack's morphology), Kazakh case
 * suffixes stripped, and the gender a name implies. Used when the entity stage gave no entity.
 * @module
 */
import type { LoadedLanguage, WordAnalysis } from '../languages/pack.js';
import type { Agreement } from './cues/index.js';

const NAME_TAGS = ['Name', 'Surn', 'Patr'];

/** Name readings of a word (first name, surname, patronymic), most likely first. */
export function nameReadings(word: string, pack: LoadedLanguage | undefined): WordAnalysis[] {
  if (!pack?.analyze) return [];
  try {
    return pack.analyze(word).filter((r) => r.grammemes.some((g) => NAME_TAGS.includes(g)));
  } catch {
    return [];
  }
}

/** Gender of a name from its readings or a Russian/Kazakh surname ending; undefined when unknown. */
export function nameGender(words: readonly string[], pack: LoadedLanguage | undefined): Agreement {
  for (const w of words) {
    // "Альназарову" is a man's dative or a woman's accusative: a word whose readings disagree says nothing.
    const genders = new Set(nameReadings(w, pack).map((r) => r.gender).filter((g) => g === 'masc' || g === 'femn'));
    if (genders.size !== 1) continue;
    return genders.has('masc') ? 'm' : 'f';
  }
  const last = (words.at(-1) ?? '').toLowerCase();
  if (/(ова|ева|ина|ская|қызы|кызы|ova|eva|ina|qyzy)$/u.test(last)) return 'f';
  if (/(ов|ев|ин|ский|ұлы|улы|ov|ev|in|uly)$/u.test(last)) return 'm';
  return undefined;
}

/**
 * The nominative of a Russian person name ("Эмина Гусейнова" → "Эмин Гусейнов"), keeping words the
 * dictionary does not know as written. `gender` (from the verb) picks among ambiguous readings.
 */
export function nominativeName(words: readonly string[], pack: LoadedLanguage | undefined, gender?: Agreement): string {
  if (!pack?.inflect || !pack.analyze) return words.join(' ');
  let g = gender === 'm' || gender === 'f' ? gender : undefined;
  if (!g) {
    const h = nameGender(words.slice(0, 1), pack);
    g = h === 'm' || h === 'f' ? h : undefined;
  }
  return words
    .map((w) => {
      if (w.includes('-')) return w.split('-').map((part) => nominativeWord(part, pack, g)).join('-');
      return nominativeWord(w, pack, g);
    })
    .join(' ');
}

function nominativeWord(word: string, pack: LoadedLanguage, g: Agreement): string {
  const readings = nameReadings(word, pack);
  if (readings.length === 0) return word;
  const want = g === 'f' ? 'femn' : g === 'm' ? 'masc' : undefined;
  const pick = readings.find((r) => !want || r.gender === want || r.gender === undefined) ?? readings[0]!;
  if (pick.case === 'nomn') return word;
  let form: string | undefined;
  try {
    form = pack.inflect!(word, ['nomn', 'sing', ...(want ? [want] : [])]) ?? pack.inflect!(word, ['nomn', 'sing']);
  } catch {
    form = undefined;
  }
  if (!form) return word;
  return word[0] === word[0]!.toUpperCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
}

const KK_SUFFIXES = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді',
  'ты', 'ті', 'мен', 'бен', 'пен', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
  'nyń', 'niń', 'dyń', 'diń', 'tyń', 'tiń', 'nyng', 'ning', 'dyng', 'tyng', 'ǵa', 'ge', 'qa', 'ke', 'ny', 'ni', 'dy', 'ty'];

/** A Kazakh name without its case suffix ("Ахметжановтың" → "Ахметжанов"), after a hyphen or apostrophe too. */
export function stripKazakhCase(word: string): string {
  const cut = word.search(/['-][^'-]*$/u);
  if (cut > 1 && word.length - cut <= 5) return word.slice(0, cut);
  const lower = word.toLowerCase();
  for (const s of KK_SUFFIXES) {
    if (lower.endsWith(s) && word.length - s.length >= 4 && /(ов|ев|ин|ова|ева|ина|ov|ev|in|ova|eva|ina|ұлы|улы|uly|қызы|qyzy)$/u.test(lower.slice(0, -s.length))) {
      return word.slice(0, -s.length);
    }
  }
  return word;
}
