/**
 * Russian keyphrases, with the OpenCorpora morphology of the ru pack.
 *
 * Patterns (at most 3 words): a head noun, optionally preceded by agreeing adjectives or
 * participles, optionally followed by a genitive group ("экспорт зерна", "экспорт казахстанского
 * зерна"). The canonical phrase puts the head noun in its dictionary form (nominative singular; a
 * plurale tantum stays plural) and makes the adjectives before it agree with it in the nominative
 * ("казахстанского зерна" → "казахстанское зерно"); the genitive group is kept as written, lower-cased,
 * because it depends on the head, not on the sentence. A noun the article uses mostly in the plural
 * is named in the plural ("беженцы", "выборы"; see pluralTerm). Names (capitalized words the dictionary knows
 * as names or places, or any capitalized word inside a sentence, or an acronym) only form whole runs.
 * @module
 */
import type { LoadedLanguage, WordAnalysis } from '../../languages/pack.js';
import type { Background } from '../background.js';
import type { CandidateOccurrence, TaggedWord } from '../candidate.js';
import { simpleLanguage } from './simple.js';
import { foldCase, isAllCaps, isCapitalized, runCandidates, type KeywordLanguage, type KeywordTagger } from './types.js';

const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'];
const ADJECTIVES = new Set(['ADJF', 'PRTF']);
const GENITIVE = new Set(['gent', 'gen2']);
/** Endings an adjective or participle form can have. */
const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей)$/;
/** Roman numerals (centuries: "XVII-XX") are numbers, not words. */
const ROMAN = /^[ivxlcdm]+(?:-[ivxlcdm]+)?$/i;

/** What the scorer's patterns need to know about one Russian word. */
interface RuWord {
  lower: string;
  lemma: string;
  /** Cases the word may have as a noun / as an adjective. */
  nounCases: Set<string>;
  adjCases: Set<string>;
  /** The noun reading (for gender and plurale tantum). */
  noun?: WordAnalysis;
  /** The noun reading's lemma, with a prefix the dictionary's guesser dropped put back. */
  nounLemma?: string;
  /** Grammatical number when every noun reading agrees on it ("депутаты": plur; "стороны": none). */
  number?: 'sing' | 'plur';
}

/** How often a document uses a noun lemma in the singular and in the plural. */
interface NumberUses {
  sing: number;
  plur: number;
  animate: boolean;
}

/** Inflections are the one uncached az call: cache them, bounded, across documents. */
const inflections = new Map<string, string>();

function agreeingForm(pack: LoadedLanguage, adjective: RuWord, head: RuWord, pluralHead: boolean): string {
  const plural = pluralHead || head.noun?.grammemes.includes('Pltm') || head.noun?.number === 'plur' && head.lemma === head.lower;
  const gender = head.noun?.gender;
  const grammemes = plural || gender === undefined || gender === 'GNdr' ? ['nomn', 'plur'] : ['nomn', 'sing', gender];
  const cacheKey = `${adjective.lower}|${grammemes.join(',')}`;
  let form = inflections.get(cacheKey);
  if (form === undefined) {
    const inflected = pack.inflect?.(adjective.lower, grammemes);
    form = inflected === undefined ? adjective.lemma : withDroppedPrefix(adjective.lower, inflected);
    if (inflections.size > 50_000) inflections.clear();
    inflections.set(cacheKey, form);
  }
  return form;
}

/**
 * The dictionary form of `surface` under `reading`. For a word the dictionary does not know, az
 * guesses from a known word inside it and returns that word's lemma without the front part:
 * "кинопремии" → "премия", "криптовалюты" → "валюта", "Обама" → "ама". The front part is put back
 * ("кинопремия", "криптовалюта", "обама"); a lemma that starts like the word is kept as it is.
 */
export function russianLemma(surface: string, reading: WordAnalysis | undefined): string {
  const lemma = reading?.lemma ?? surface;
  if ((reading as { known?: boolean } | undefined)?.known === true) return lemma;
  return withDroppedPrefix(surface, lemma);
}

/** `form` with the front part of `surface` that it lost put back (see {@link russianLemma}). */
function withDroppedPrefix(surface: string, form: string): string {
  if (form.length < 2 || surface.length <= form.length - 2 || surface.startsWith(form.slice(0, 2))) return form;
  // The first place where the rest of the word reads as the form (all but an ending of two letters).
  for (let i = 1; i + 2 <= surface.length; i++) {
    const rest = surface.length - i;
    const need = Math.max(2, Math.min(rest, form.length) - 2);
    let same = 0;
    while (same < rest && same < form.length && surface.charCodeAt(i + same) === form.charCodeAt(same)) same++;
    if (same >= need) return surface.slice(0, i) + form;
  }
  return form;
}

function analyse(pack: LoadedLanguage, lower: string): { word: RuWord; top: WordAnalysis | undefined } {
  const readings = pack.analyze?.(lower) ?? [];
  const top = readings[0];
  const word: RuWord = { lower, lemma: foldCase(russianLemma(lower, top)), nounCases: new Set(), adjCases: new Set() };
  let numbers = 0;
  for (const r of readings) {
    if (r.pos === 'NOUN') {
      if (r.case) word.nounCases.add(r.case);
      word.noun ??= r;
      numbers |= r.number === 'plur' ? 2 : r.number === 'sing' ? 1 : 3;
    } else if (ADJECTIVES.has(r.pos) && r.case) word.adjCases.add(r.case);
  }
  if (word.noun) word.nounLemma = russianLemma(lower, word.noun);
  if (numbers === 1) word.number = 'sing';
  else if (numbers === 2) word.number = 'plur';
  return { word, top };
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Without the pack's `analyze` (a pack built without it), Russian falls back to runs of content
 * words keyed and headed by `lemmatize`: no agreement, but still lemmatized phrases.
 */
const lemmaOnly = (pack: LoadedLanguage | undefined) =>
  simpleLanguage({
    key: (w) => foldCase(pack?.lemmatize?.(w) ?? w),
    head: (w) => pack?.lemmatize?.(w) ?? w,
    skip: (w) => w.length < 3,
  });

/** Russian keyword rules. */
export const russian: KeywordLanguage = {
  tagger(text: string, background: Background, pack: LoadedLanguage | undefined): KeywordTagger {
    if (!pack?.analyze) return lemmaOnly(pack).tagger(text, background, pack);
    const words = new Map<number, RuWord>();
    // A document repeats its words: each form is analysed once (its RuWord is never changed).
    const analysedWords = new Map<string, { word: RuWord; top: WordAnalysis | undefined }>();
    // Singular and plural uses of each noun lemma in the document (see pluralTerm).
    const numberUses = new Map<string, NumberUses>();
    const tag = (surface: string, start: number, end: number, index: number, initial: boolean): TaggedWord => {
      const lower = surface.toLowerCase();
      const folded = foldCase(surface);
      if (!pack?.analyze || background.stopwords.has(folded) || /\d/.test(surface)) {
        return { start, end, index, role: 'break', key: folded };
      }
      let analysed = analysedWords.get(lower);
      if (analysed === undefined) {
        analysed = analyse(pack, lower);
        analysedWords.set(lower, analysed);
      }
      const { word, top } = analysed;
      words.set(index, word);
      const key = word.lemma;
      if (background.stopwords.has(key)) return { start, end, index, role: 'break', key };
      if (surface.length < 3 && !isAllCaps(surface)) return { start, end, index, role: 'break', key };
      const named = top !== undefined && NAME_GRAMMEMES.some((g) => top.grammemes.includes(g));
      const latin = /^[a-z]/i.test(surface);
      if (latin && ROMAN.test(surface)) return { start, end, index, role: 'break', key: folded };
      const adjective = top !== undefined && ADJECTIVES.has(top.pos) && !named;
      if (isAllCaps(surface) || (isCapitalized(surface) && (!initial || named) && !adjective) || (latin && isCapitalized(surface))) {
        // Acronyms and foreign words stay as written; other names take their dictionary form.
        const known = named || top?.pos === 'NOUN';
        return { start, end, index, role: 'proper', key: isAllCaps(surface) || latin || !known ? folded : key };
      }
      if (latin) return { start, end, index, role: 'noun', key: folded };
      if (top?.pos === 'NOUN') {
        if (word.number) {
          const uses = numberUses.get(key) ?? { sing: 0, plur: 0, animate: word.noun?.grammemes.includes('anim') === true };
          uses[word.number]++;
          numberUses.set(key, uses);
        }
        return { start, end, index, role: 'noun', key };
      }
      if (top !== undefined && ADJECTIVES.has(top.pos)) {
        // An unknown indeclinable word ("Тинао") gets a guessed adjective reading: keep it as written.
        if (!ADJECTIVE_ENDING.test(lower)) return { start, end, index, role: 'noun', key: folded };
        return { start, end, index, role: 'adj', key };
      }
      return { start, end, index, role: 'break', key };
    };

    const common = (run: readonly TaggedWord[]): CandidateOccurrence[] => {
      const out: CandidateOccurrence[] = [];
      const info = run.map((w) => words.get(w.index));
      for (let i = 0; i < run.length; i++) {
        for (let j = i; j < Math.min(run.length, i + 3); j++) {
          const head = headOf(run, info, i, j);
          if (head < 0) continue;
          const span = run.slice(i, j + 1);
          const prior = i === j ? nounPrior(info[i]) : 1;
          out.push({
            key: span.map((w) => w.key).join(' '),
            words: span.map((w) => w.key),
            term: () => canonical(pack!, info, i, j, head, text, run, pluralTerm(numberUses, run[head]!.key)),
            start: run[i]!.start,
            end: run[j]!.end,
            index: run[i]!.index,
            proper: false,
            ...(prior !== 1 ? { prior } : {}),
          });
        }
      }
      return out;
    };

    return {
      tag,
      phrases: (run) => runCandidates(run, (part) => () => part.map((w) => w.key).join(' '), common),
    };
  },
};

/**
 * Index (in the run) of the head noun of words i..j, or -1 when they are no phrase: adjectives
 * agreeing with the head, the head, then a genitive group (optional adjectives and a genitive noun).
 */
function headOf(run: readonly TaggedWord[], info: readonly (RuWord | undefined)[], i: number, j: number): number {
  let k = i;
  while (k <= j && run[k]!.role === 'adj') k++;
  if (k > j || run[k]!.role !== 'noun') return -1;
  const head = k;
  const headInfo = info[head];
  for (let a = i; a < head; a++) {
    if (!headInfo || !info[a] || !intersects(info[a]!.adjCases, headInfo.nounCases)) return -1;
  }
  if (head === j) return head;
  // The rest must be genitive: [adj] noun(gent) or noun(gent) noun(gent).
  for (let g = head + 1; g <= j; g++) {
    const w = info[g];
    if (!w) return -1;
    if (run[g]!.role === 'adj') {
      if (g === j || !intersects(w.adjCases, GENITIVE)) return -1;
    } else if (run[g]!.role !== 'noun' || !intersects(w.nounCases, GENITIVE)) return -1;
  }
  return run[j]!.role === 'noun' ? head : -1;
}

function canonical(
  pack: LoadedLanguage,
  info: readonly (RuWord | undefined)[],
  i: number,
  j: number,
  head: number,
  text: string,
  run: readonly TaggedWord[],
  plural: boolean,
): string {
  const headInfo = info[head]!;
  const lemma = headInfo.nounLemma ?? headInfo.lemma;
  const headForm = plural ? pluralOf(pack, lemma) : undefined;
  const parts: string[] = [];
  for (let a = i; a < head; a++) parts.push(agreeingForm(pack, info[a]!, headInfo, headForm !== undefined));
  parts.push(headForm ?? lemma);
  for (let g = head + 1; g <= j; g++) parts.push(text.slice(run[g]!.start, run[g]!.end).toLowerCase());
  return parts.join(' ');
}

/**
 * Whether a noun is named in the plural: the article uses it in the plural more often than in the
 * singular (forms whose number is ambiguous not counted). A story about refugees is tagged
 * "беженцы", about elections "выборы" (the singular "выбор" is another word: "choice"), about
 * sanctions "санкции", as editors write them. An inanimate noun needs three plural uses to one
 * singular ("мячи" in a match report stays "мяч"). With the prefix repair of russianLemma:
 * F1@10 ru-ng / ru-rt .240 / .261 → .245 / .263 (most of it the plural of kinds of people, whose
 * singular the scorer's stemmer does not match: "депутаты" / "депутат").
 */
function pluralTerm(uses: ReadonlyMap<string, NumberUses>, key: string): boolean {
  const u = uses.get(key);
  return u !== undefined && u.plur > (u.animate ? 1 : 3) * u.sing;
}

/** The nominative plural of a noun lemma, or undefined when the dictionary has none. */
function pluralOf(pack: LoadedLanguage, lemma: string): string | undefined {
  const cacheKey = `${lemma}|nomn,plur`;
  let form = inflections.get(cacheKey);
  if (form === undefined) {
    const inflected = pack.inflect?.(lemma, ['nomn', 'plur']);
    form = inflected === undefined ? '' : withDroppedPrefix(lemma, inflected);
    if (inflections.size > 50_000) inflections.clear();
    inflections.set(cacheKey, form);
  }
  return form === '' ? undefined : form;
}

/**
 * The word-class prior of a one-word Russian keyword ({@link CandidateOccurrence.prior}), from the
 * lemma's derivational suffix and animacy. Fitted on the ru-ng and ru-rt dev sets (F1@10 .245 /
 * .263 without it, .247 / .270 with it; a logistic fit on either set alone gains on the other
 * too: ng → rt .268, rt → ng .247): editors name fields and doctrines ("политика", "экономика", "терроризм") far more
 * than the words of a text predict, and rarely name an action ("заявление", "решение") or a kind of
 * person ("житель", "руководитель", "американец").
 */
function nounPrior(word: RuWord | undefined): number {
  const lemma = word?.nounLemma;
  if (word === undefined || lemma === undefined) return 1;
  let prior = word.noun?.grammemes.includes('anim') ? PRIOR.animate : 1;
  if (lemma.endsWith('ика') || lemma.endsWith('изм')) prior *= PRIOR.field;
  else if (lemma.endsWith('ние')) prior *= PRIOR.action;
  else if (lemma.endsWith('тель')) prior *= PRIOR.agent;
  return prior;
}

/** Factors of {@link nounPrior}. */
const PRIOR = { animate: 0.7, field: 3, action: 0.5, agent: 0.2 };
