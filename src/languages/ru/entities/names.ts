/**
 * Person names: which words can be part of one, and their nominative, gender-aware normal form
 * ("Эмина Гусейнова" → "Эмин Гусейнов", "Путинцевой" → "Путинцева"). The words of a name agree in
 * gender and case, so the reading is chosen for the whole name at once.
 * @module
 */
import { matchKey } from '../../../entities/link/translit.js';
import type { RussianMorphology } from '../morph.js';
import { INDECLINABLE_ENDINGS, NAME_PARTICLES } from './lexicon.js';
import { titleCase } from './context.js';

/** What a word of a name is. */
export type NamePart = 'first' | 'surname' | 'patronymic' | 'particle' | 'other';

/** One reading of a name word: gender, case and the nominative of that gender. */
export interface NameReading {
  part: NamePart;
  gender: 'masc' | 'femn' | '*';
  case: string;
  nominative: string;
  weight: number;
  /**
   * The dictionary's probability of this reading (az's score), when it comes from the dictionary:
   * it only breaks ties of weight ("Виктория": Виктория 0.33 over a genitive of Викторий 0.17).
   */
  score?: number;
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/**
 * Surname endings → (gender, cases, how the nominative is rebuilt). Ordered longest first. `base`
 * is the word without the ending; the nominative is base + `masc` or base + `femn`.
 */
const SURNAME_RULES: readonly { end: string; stem: string; gender: 'masc' | 'femn'; cases: readonly string[] }[] = [
  // -ов/-ев/-ин family: Гусейнов, Путинцева, Кошербаева, Назарбаевым
  ...['ов', 'ев', 'ёв', 'ин', 'ын'].flatMap((s) => [
    { end: s, stem: s, gender: 'masc' as const, cases: ['nomn'] },
    { end: s + 'а', stem: s, gender: 'masc' as const, cases: ['gent', 'accs'] },
    { end: s + 'у', stem: s, gender: 'masc' as const, cases: ['datv'] },
    { end: s + 'ым', stem: s, gender: 'masc' as const, cases: ['ablt'] },
    { end: s + 'е', stem: s, gender: 'masc' as const, cases: ['loct'] },
    { end: s + 'а', stem: s + 'а', gender: 'femn' as const, cases: ['nomn'] },
    { end: s + 'ой', stem: s + 'а', gender: 'femn' as const, cases: ['gent', 'datv', 'ablt', 'loct'] },
    { end: s + 'у', stem: s + 'а', gender: 'femn' as const, cases: ['accs'] },
  ]),
  // -ский/-цкий: Вишневский, Вишневской
  ...['ск', 'цк'].flatMap((s) => [
    { end: s + 'ий', stem: s + 'ий', gender: 'masc' as const, cases: ['nomn'] },
    { end: s + 'ого', stem: s + 'ий', gender: 'masc' as const, cases: ['gent', 'accs'] },
    { end: s + 'ому', stem: s + 'ий', gender: 'masc' as const, cases: ['datv'] },
    { end: s + 'им', stem: s + 'ий', gender: 'masc' as const, cases: ['ablt'] },
    { end: s + 'ом', stem: s + 'ий', gender: 'masc' as const, cases: ['loct'] },
    { end: s + 'ая', stem: s + 'ая', gender: 'femn' as const, cases: ['nomn'] },
    { end: s + 'ой', stem: s + 'ая', gender: 'femn' as const, cases: ['gent', 'datv', 'ablt', 'loct'] },
    { end: s + 'ую', stem: s + 'ая', gender: 'femn' as const, cases: ['accs'] },
  ]),
  // -ян, -ич, -ук (men's decline, women's do not): Пашиняна, Милошевичем
  ...['ян', 'ич', 'ук', 'юк', 'як'].flatMap((s) => [
    { end: s, stem: s, gender: 'masc' as const, cases: ['nomn'] },
    { end: s + 'а', stem: s, gender: 'masc' as const, cases: ['gent', 'accs'] },
    { end: s + 'у', stem: s, gender: 'masc' as const, cases: ['datv'] },
    { end: s + 'ом', stem: s, gender: 'masc' as const, cases: ['ablt'] },
    { end: s + 'ем', stem: s, gender: 'masc' as const, cases: ['ablt'] },
    { end: s + 'е', stem: s, gender: 'masc' as const, cases: ['loct'] },
  ]),
];

/** Patronymic endings → nominative ending (Анатольевича → Анатольевич, Абишевны → Абишевна). */
const PATRONYMIC_RULES: readonly { end: string; nom: string; gender: 'masc' | 'femn'; cases: readonly string[] }[] = [
  ...['вич', 'ьич', 'ич'].flatMap((s) => [
    { end: s, nom: s, gender: 'masc' as const, cases: ['nomn'] },
    { end: s + 'а', nom: s, gender: 'masc' as const, cases: ['gent', 'accs'] },
    { end: s + 'у', nom: s, gender: 'masc' as const, cases: ['datv'] },
    { end: s + 'ем', nom: s, gender: 'masc' as const, cases: ['ablt'] },
    { end: s + 'е', nom: s, gender: 'masc' as const, cases: ['loct'] },
  ]),
  ...['вна', 'чна'].flatMap((s) => [
    { end: s, nom: s, gender: 'femn' as const, cases: ['nomn'] },
    { end: s.slice(0, 2) + 'ы', nom: s, gender: 'femn' as const, cases: ['gent'] },
    { end: s.slice(0, 2) + 'е', nom: s, gender: 'femn' as const, cases: ['datv', 'loct'] },
    { end: s.slice(0, 2) + 'у', nom: s, gender: 'femn' as const, cases: ['accs'] },
    { end: s.slice(0, 2) + 'ой', nom: s, gender: 'femn' as const, cases: ['ablt'] },
  ]),
];

/** Readings of a capitalized word as a part of a person's name; empty when it cannot be one. */
export function nameReadings(word: string, morph: RussianMorphology): NameReading[] {
  const lower = word.toLowerCase();
  const out: NameReading[] = [];
  if (NAME_PARTICLES.has(lower)) return [{ part: 'particle', gender: '*', case: '*', nominative: lower, weight: 1 }];
  if (INDECLINABLE_ENDINGS.some((e) => lower.endsWith(e) && lower.length > e.length + 2)) {
    return [{ part: 'surname', gender: '*', case: '*', nominative: word, weight: 1 }];
  }
  for (const r of PATRONYMIC_RULES) {
    if (lower.endsWith(r.end) && lower.length > r.end.length + 3 && /[ьоеи]$/.test(lower.slice(0, -r.end.length))) {
      const nom = word.slice(0, word.length - r.end.length) + r.nom;
      for (const c of r.cases) out.push({ part: 'patronymic', gender: r.gender, case: c, nominative: nom, weight: 1 });
    }
  }
  if (out.length > 0) return out;
  const hyphen = word.lastIndexOf('-');
  // A hyphenated first name declines in its last part only (Касым-Жомарта → Касым-Жомарт).
  const head = hyphen > 0 ? word.slice(0, hyphen + 1) : '';
  const tail = hyphen > 0 ? word.slice(hyphen + 1) : word;
  const parses = morph.parse(tail);
  parses.forEach((p, rank) => {
    const part: NamePart | undefined = p.grammemes.includes('Name') ? 'first' : p.grammemes.includes('Surn') ? 'surname' : p.grammemes.includes('Patr') ? 'patronymic' : undefined;
    if (!part || p.number === 'plur' || !p.case) return;
    // A given name's nominative is the word itself: the dictionary's "Марин" as a nominative of
    // Марина is a colloquial form (the form of address), not how news writes Марина. (Not
    // surnames: the dictionary's lemma of a woman's surname is the man's, Балашова → балашов.)
    if (part === 'first' && p.case === 'nomn' && p.known && fold(p.lemma) !== fold(tail)) return;
    // An indeclinable foreign name az guessed (Бхатти, Кадри, Биби) is every gender and case.
    const fixed = !p.known && p.grammemes.includes('Fixd');
    const gender = fixed ? '*' : p.gender === 'femn' ? 'femn' : p.gender === 'masc' ? 'masc' : '*';
    if (fixed) {
      out.push({ part, gender, case: '*', nominative: word, weight: 0.6 - 0.02 * rank });
      return;
    }
    // A known indeclinable surname (Порошенко, Шойгу) is listed once per case: the order of those
    // readings says nothing, so each case weighs as its first reading (else the surname alone
    // would pull the whole name into the nominative: "Петра Порошенко" read as a woman Петра).
    if (p.known && p.grammemes.includes('Fixd')) {
      const first = parses.findIndex((q) => q.lemma === p.lemma && q.grammemes.includes('Fixd'));
      if (first >= 0) rank = first;
    }
    // az's suffix guesser can drop a guessed word's front part ("обама" → "ама"): such a lemma is not this name.
    if (!p.known && !sameStart(p.lemma, tail)) return;
    let nominative = titleCase(p.lemma);
    if (part === 'surname' && gender === 'femn') nominative = feminineSurname(nominative);
    if (part === 'patronymic') return; // handled by the rules above
    const weight = (p.known ? 1 : 0.6) - 0.02 * rank;
    out.push({ part, gender, case: p.case, nominative: head + stripHead(nominative, head), weight, score: p.score });
  });
  out.push(...feminineIya(word, out));
  const ruled = surnameByRule(word);
  for (const r of ruled) if (!out.some((o) => o.part === 'surname' && o.gender === r.gender && o.case === r.case)) out.push(r);
  return out;
}

/** Endings of a feminine name in -ия by case (Асия, Асии, Асию, Асией). */
const IYA_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ия', ['nomn']], ['ии', ['gent', 'datv', 'loct']], ['ию', ['accs']], ['ией', ['ablt']], ['иею', ['ablt']], ['ие', ['datv', 'loct']],
];

/**
 * Feminine readings of a first name in -ия the dictionary knows only as the masculine -ий (it
 * lacks Асия, Алия, Зулейхия but has Асий): as likely as the dictionary's reading is not, so a
 * little below it; the name's other words, a verb's gender or another mention decide.
 */
function feminineIya(word: string, readings: readonly NameReading[]): NameReading[] {
  const lower = word.toLowerCase();
  // "Асией" is only ever a feminine -ия name's instrumental, even when nothing else reads it as a name.
  if (!readings.some((r) => r.part === 'first') && lower.endsWith('ией') && lower.length > 5) {
    return [{ part: 'first', gender: 'femn', case: 'ablt', nominative: word.slice(0, -3) + 'ия', weight: 0.6 }];
  }
  if (!readings.some((r) => r.part === 'first' && r.gender === 'masc' && r.nominative.endsWith('ий'))) return [];
  if (readings.some((r) => r.part === 'first' && r.gender === 'femn' && r.nominative.endsWith('ия'))) return [];
  for (const [end, cases] of IYA_ENDINGS) {
    if (!lower.endsWith(end) || lower.length < end.length + 2) continue;
    const nominative = word.slice(0, word.length - end.length) + 'ия';
    // Above a dictionary's lower-ranked feminine reading of another name (Асии → Ася), below its top one.
    return cases.map((c) => ({ part: 'first' as const, gender: 'femn' as const, case: c, nominative, weight: 0.95 }));
  }
  return [];
}

/**
 * Readings of a surname declined like an adjective that the dictionary knows only as an adjective
 * ("Навального" → Навальный, "Навальной" → Навальная): low weight, so a dictionary surname
 * (Толстого → Толстой) or a surname rule wins, and below the 0.5 that makes a word surname-shaped
 * on its own (such a word is a surname only next to a real name).
 */
export function adjectivalSurnameReadings(word: string, morph: RussianMorphology): NameReading[] {
  const out: NameReading[] = [];
  const lower = word.toLowerCase();
  morph.parse(lower).forEach((p, index) => {
    if (p.pos !== 'ADJF' || p.number === 'plur' || !p.case || (p.gender !== 'masc' && p.gender !== 'femn')) return;
    if (out.some((o) => o.gender === p.gender && o.case === p.case)) return;
    const form = p.gender === 'masc' ? p.lemma : morph.inflect(lower, ['nomn', 'femn', 'sing'], index);
    if (!form || form.slice(0, 2) !== lower.slice(0, 2)) return;
    out.push({ part: 'surname', gender: p.gender, case: p.case, nominative: titleCase(form), weight: 0.45 });
  });
  return out;
}

/**
 * Weight of a declined reading guessed from an ending that an indeclinable word could also have
 * (Косуги, Гарсия, Кокойты): the same as the indeclinable reading, so it never sets the case on
 * its own; when the name's other words set an oblique case, it is the word's reading in that
 * case ({@link normalizeName} prefers a declined reading to an indeclinable one of equal weight).
 */
const DECLINED_GUESS = 0.3;

/**
 * Readings of a surname nothing else knows: indeclinable, a consonant stem (Уэббера → Уэббер), a
 * soft stem (Скрипаля → Скрипаль, Хемингуэя → Хемингуэй), or a man's surname in -а, declined like
 * a feminine noun (Дерипаски → Дерипаска). The name's other words decide the case.
 */
export function guessedSurnameReadings(word: string): NameReading[] {
  const out: NameReading[] = [{ part: 'surname', gender: '*', case: '*', nominative: word, weight: 0.3 }];
  const add = (nominative: string, gender: 'masc' | '*', cases: readonly string[], weight: number) => {
    for (const c of cases) out.push({ part: 'surname', gender, case: c, nominative, weight });
  };
  const hard = /^(.*[бвгджзклмнпрстфхцчшщ])(а|у|ом|ем|е)$/u.exec(word);
  if (hard) add(hard[1]!, 'masc', hard[2] === 'а' ? ['gent', 'accs'] : hard[2] === 'у' ? ['datv'] : hard[2] === 'е' ? ['loct'] : ['ablt'], 0.35);
  // Soft stems: a consonant before -я/-ем had a soft sign (Черчилля), a vowel had -й (Гуэя); not
  // -ю, a Japanese name's own ending (Ханю) more often than a dative.
  const soft = /^(.*\p{Ll}\p{Ll})(я|ем)$/u.exec(word);
  if (soft && !/[жшчщц]$/u.test(soft[1]!)) {
    const stem = soft[1]!;
    const nominative = /[аеёиоуыэюя]$/u.test(stem) ? stem + 'й' : /[бвдзлмнпрстф]$/u.test(stem) ? stem + 'ь' : undefined;
    if (nominative) add(nominative, 'masc', soft[2] === 'я' ? ['gent', 'accs'] : ['ablt'], DECLINED_GUESS);
  }
  // -ы after a hard consonant (not -овы/-ины, plurals of Russian surnames): a genitive of -а.
  const firstDeclension = /^(.*\p{Ll}[бвдзлмнпрстфхц])ы$/u.exec(word);
  if (firstDeclension && !/(ов|ев|ин|ын)$/u.test(firstDeclension[1]!)) add(firstDeclension[1]! + 'а', '*', ['gent'], DECLINED_GUESS);
  // Not -ски/-цки: a Polish surname (Ковальски, Ковнацки) does not decline.
  const kGenitive = /^(.*\p{Ll}[кгх])и$/u.exec(word);
  if (kGenitive && !/[сц]к$/u.test(kGenitive[1]!)) add(kGenitive[1]! + 'а', '*', ['gent'], DECLINED_GUESS);
  // Its accusative and instrumental (Разу, Разой → Раза), where a hard stem's -у is a dative.
  const firstOblique = /^(.*\p{Ll}[бвгдзклмнпрстфх])(у|ой)$/u.exec(word);
  if (firstOblique && !/(ов|ев|ин|ын)$/u.test(firstOblique[1]!)) add(firstOblique[1]! + 'а', '*', [firstOblique[2] === 'у' ? 'accs' : 'ablt'], DECLINED_GUESS);
  return out;
}

/** The nominative of a surname from its ending alone (for surnames the dictionary lacks). */
export function surnameByRule(word: string): NameReading[] {
  const lower = word.toLowerCase();
  const out: NameReading[] = [];
  for (const r of SURNAME_RULES) {
    if (!lower.endsWith(r.end) || lower.length < r.end.length + 2) continue;
    const nominative = word.slice(0, word.length - r.end.length) + r.stem;
    for (const c of r.cases) out.push({ part: 'surname', gender: r.gender, case: c, nominative, weight: 0.7 });
  }
  return out;
}

/** A word folded for comparison: lower case, ё = е. */
function fold(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** The lemma begins like the word (first two letters, ё = е). */
function sameStart(lemma: string, word: string): boolean {
  const fold = (w: string) => w.slice(0, 2).toLowerCase().replace(/ё/g, 'е');
  return fold(lemma) === fold(word);
}

function stripHead(nominative: string, head: string): string {
  return head && nominative.toLowerCase().startsWith(head.toLowerCase()) ? nominative.slice(head.length) : nominative;
}

/** Feminine nominative from the masculine lemma az gives a feminine surname (путинцев → Путинцева). */
function feminineSurname(masc: string): string {
  const l = masc.toLowerCase();
  if (/(ов|ев|ёв|ин|ын)$/.test(l)) return masc + 'а';
  if (/(ский|цкий)$/.test(l)) return masc.slice(0, -2) + 'ая';
  return masc;
}

/** A chosen normal form of a whole name. */
export interface NormalName {
  /** Nominative, words in the text's order ("Ху Цзиньтао", "Гусейнов Эмин"). */
  name: string;
  /** Nominative, given name first when the dictionary is sure which word is which ("Эмин Гусейнов"): the id's key. */
  key: string;
  gender: 'masc' | 'femn' | '*';
  case: string;
  /** Parts per word, in the text's order. */
  parts: NamePart[];
}

/** How much az's score weighs per word: below the smallest step between weights over five words. */
const TIE_SCALE = 0.001;

/**
 * Picks the gender and case that agree best across the words of a name and returns each word in
 * the nominative of that gender. `readings[i]` are the readings of word i (empty: keep as written).
 * `preferNominative` breaks ties toward the nominative (the word is the subject of a verb);
 * `contextCases` favours the cases the word before the name allows (a preposition, a title in apposition);
 * `preferGender` favours a gender the context shows (only in the nominative when `genderOfSubject`:
 * a verb agrees with its subject alone).
 */
export function normalizeName(words: readonly string[], readings: readonly NameReading[][], preferNominative = false, preferGender?: 'masc' | 'femn', genderOfSubject = false, contextCases?: ReadonlySet<string>): NormalName {
  let best: { score: number; gender: 'masc' | 'femn'; c: string } = { score: -Infinity, gender: 'masc', c: 'nomn' };
  for (const gender of ['masc', 'femn'] as const) {
    for (const c of CASES) {
      let score = 0;
      let sure = false;
      for (const rs of readings) {
        let m = -1;
        let tie = 0;
        for (const r of rs) {
          if ((r.gender === '*' || r.gender === gender) && (r.case === '*' || r.case === c) && r.weight >= m) {
            tie = r.weight > m ? (r.score ?? 0) : Math.max(tie, r.score ?? 0);
            m = r.weight;
          }
          if (r.case === c && r.weight >= 0.9 && (r.gender === '*' || r.gender === gender)) sure = true;
        }
        // Weights step by 0.01 at least; the dictionary's score, scaled to at most 0.001 a word,
        // decides only between readings of equal weight (in the rank order alone "Виктория
        // Балашова" ties a man's genitive "Викторий Балашов" with the woman it names).
        score += rs.length === 0 ? 0 : m + TIE_SCALE * tie;
      }
      // A verb agrees with its subject: a nominative of the other gender is not its subject
      // ("Полёт Гагарина был": Гагарина is a man's genitive, not a woman the verb is about).
      if (preferNominative && c === 'nomn' && !(genderOfSubject && preferGender !== undefined && gender !== preferGender)) score += 0.05;
      // A preposition or an agreeing title before the name shows its case ("у Петра Порошенко",
      // "президента Петра Порошенко"), where the name's own words leave it open.
      // Only for a case a dictionary word reads (guesses from endings alone would follow the context anywhere).
      if (sure && contextCases?.has(c)) score += 0.1;
      if (gender === preferGender && (!genderOfSubject || c === 'nomn')) score += 0.15;
      if (score > best.score + 1e-9) best = { score, gender, c };
    }
  }
  const out: string[] = [];
  const parts: NamePart[] = [];
  const picks: (NameReading | undefined)[] = [];
  let any: 'masc' | 'femn' | '*' = '*';
  readings.forEach((rs, i) => {
    let pick: NameReading | undefined;
    for (const r of rs) {
      if (!(r.gender === '*' || r.gender === best.gender) || !(r.case === '*' || r.case === best.c)) continue;
      // On equal weight, a reading declined in the chosen case beats "indeclinable, as written".
      if (!pick || r.weight > pick.weight || (r.weight === pick.weight && pick.case === '*' && r.case !== '*')) pick = r;
    }
    picks.push(pick);
    if (pick && pick.gender !== '*') any = pick.gender;
    out.push(pick ? (pick.part === 'particle' ? pick.nominative : pick.nominative) : words[i]!);
    parts.push(pick?.part ?? rs[0]?.part ?? 'other');
  });
  // Each mention keeps the text's order (a Chinese name is surname first); the id puts a given
  // name first when both words are sure ("Гусейнов Эмин" and "Эмин Гусейнов" are one person).
  const keyWords = [...out];
  const sure = (k: number) => picks[k] !== undefined && picks[k]!.weight >= 0.9;
  if (parts.length >= 2 && parts[0] === 'surname' && parts[1] === 'first' && sure(0) && sure(1)) keyWords.push(keyWords.shift()!);
  // Initials stay together as written in Russian ("Н.А. Назарбаев").
  const join = (ws: string[]) => ws.join(' ').replace(/(\p{Lu}\.) (?=\p{Lu}\.)/gu, '$1');
  return { name: join(out), key: join(keyWords), gender: any, case: best.c, parts };
}

const keyCache = new Map<string, string>();

/** {@link matchKey}, remembered: a chain of replacements per call, asked of every capitalized word. */
export function nameKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = matchKey(word);
    if (keyCache.size >= 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}
