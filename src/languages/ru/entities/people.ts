/**
 * People: runs of capitalized words the morphology knows as first names, surnames and
 * patronymics (in any case and order), initials ("Н.А. Назарбаев", "М. Әйтенов"), name particles
 * (Алимханулы, Ибрагим оглы), and surnames it does not know, guessed from their endings
 * (-ов/-ева/-ин/-ский/-енко/-ян/-швили/-улы...) when not at the start of a sentence.
 * @module
 */
import { personId } from './ids.js';
import type { Token } from '../../../text/segment.js';
import type { RussianMorphology } from '../morph.js';
import { accept, adjacent, isCapitalized, isCyrillic, isKnown, isWord, lemmaAt, parsesAt, type RuContext } from './context.js';
import { NAME_PARTICLES, NOT_NAMES, TITLES } from './lexicon.js';
import { adjectivalSurnameReadings, guessedSurnameReadings, nameKey, nameReadings, normalizeName, type NameReading, type NormalName } from './names.js';
import { roleBefore } from './roles.js';

/** How sure a single word is to be part of a person's name. */
const enum Evidence {
  None = 0,
  /** Guessed from the ending only. */
  Weak = 1,
  /** A dictionary name, surname or patronymic. */
  Strong = 2,
}

interface NameWord {
  readings: NameReading[];
  evidence: Evidence;
  /** The top dictionary reading is a name (not a common noun that can also be one: "Роза", "Лев"). */
  nameFirst: boolean;
  /** The dictionary knows the word as a place (Ростов, Киев). */
  place: boolean;
  /** The dictionary's most likely reading is a common word. */
  common: boolean;
}

/** Finds person names in unclaimed tokens and adds them as candidates. */
export function matchPeople(ctx: RuContext): void {
  const { tokens } = ctx;
  const runs: { from: number; to: number; words: { text: string; readings: NameReading[] }[]; gender?: 'masc' | 'femn'; subject?: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A name starts with a capital or an initial: skip the rest without asking the morphology.
    if (ctx.claimed[i] || !isWord(tokens[i]) || (!ctx.capital[i] && !isInitial(tokens[i]!))) continue;
    const run = nameRun(ctx, i);
    if (!run) continue;
    const given = givenNameBefore(ctx, run);
    const full = given ? { from: run.from - 1, to: run.to, words: [given, ...run.words] } : run;
    runs.push({ ...full, ...genderAround(ctx, full.from, full.to) });
    i = run.to;
  }
  // A first name the text shows feminine once ("Асия Биби была", "христианке Асии") is feminine
  // in its other mentions too, where the case alone leaves it open.
  const feminine = new Set<string>();
  for (const r of runs) {
    if (r.gender !== 'femn') continue;
    const normal = normalizeName(r.words.map((w) => w.text), r.words.map((w) => w.readings), r.subject, 'femn', r.subject);
    if (normal.gender !== 'femn') continue;
    const names = normal.name.split(' ');
    normal.parts.forEach((part, k) => part === 'first' && names[k] !== undefined && feminine.add(names[k]!));
  }
  for (const { from, to, words, gender, subject } of runs) {
    const readings = words.map((w) => (feminine.size === 0 ? w.readings : w.readings.map((x) => (x.gender === 'femn' && feminine.has(x.nominative) ? { ...x, weight: x.weight + 0.2 } : x))));
    const normal = normalizeInContext(ctx, from, to, words.map((w) => w.text), readings, { gender, subject });
    const id = personId(normal.key);
    const role = roleBefore(ctx, from);
    accept(ctx, from, to, { type: 'person', kind: 'name', id, name: normal.name, ...(role ? { role } : {}) });
  }
}

/**
 * The normal form of the name at tokens `[from, to]` as its sentence reads it: the gender a verb
 * or noun around it shows ({@link genderAround}, unless `around` gives it already), the
 * nominative when it is a verb's subject, the cases the word before it allows.
 */
export function normalizeInContext(ctx: RuContext, from: number, to: number, words: readonly string[], readings: readonly NameReading[][], around = genderAround(ctx, from, to)): NormalName {
  // A verb's gender tells only about its subject: the name in the nominative.
  return normalizeName(words, readings, subjectOfVerbAfter(ctx, from, to), around.gender, around.subject, casesBefore(ctx, from));
}

/**
 * The name looks like the subject of the verb right after it: a singular past or present verb
 * ("Балашова выступила", "Иванов считает"), or a plural one only when the name ends a list
 * ("Иванов и Петрова заявили"). A plural verb after one person has another, unnamed subject: the
 * name is its object ("Александра Бортникова назначили директором" is a man in the accusative).
 */
function subjectOfVerbAfter(ctx: RuContext, from: number, to: number): boolean {
  const next = ctx.tokens[to + 1];
  if (next === undefined || next.kind !== 'word') return false;
  if (/(л|ла|лось|лся|лась|ет|ит)$/.test(next.text)) return true;
  if (!/ли$/.test(next.text)) return false;
  const prev = ctx.tokens[from - 1]?.text;
  return prev === 'и' || prev === ',';
}

/**
 * A capitalized common word right before a surname inside a sentence is a given name the
 * dictionary lacks ("Каната Бозумбаева": канат is a rope, Канат a Kazakh name).
 */
function givenNameBefore(ctx: RuContext, run: { from: number; words: { text: string; readings: NameReading[] }[] }): { text: string; readings: NameReading[] } | undefined {
  const p = run.from - 1;
  const prev = ctx.tokens[p];
  const head = run.words[0]!;
  if (!isWord(prev) || ctx.claimed[p] || !ctx.capital[p] || ctx.sentenceStart[p] || !isCyrillic(prev.text) || !adjacent(ctx.doc.text, prev, ctx.tokens[run.from]!)) return undefined;
  if (head.readings.some((r) => r.part === 'first') || !surnameShaped(head.readings) || head.text.endsWith('.')) return undefined;
  const lower = ctx.lower[p]!;
  if (NOT_NAMES.has(lower) || TITLES.has(lower) || TITLES.has(lemmaAt(ctx, p))) return undefined;
  const w = wordEvidence(ctx, prev.text);
  if (w.evidence !== Evidence.None || w.place) return undefined;
  return { text: prev.text, readings: guessedSurnameReadings(prev.text).map((r) => ({ ...r, part: 'first' as const })) };
}

/** Cases a preposition governs (the ones a name after it can be in). */
const PREPOSITION_CASES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['у', 'от', 'из', 'без', 'для', 'до', 'около', 'после', 'против', 'среди', 'возле', 'кроме', 'вокруг', 'мимо', 'ради'].map((w) => [w, ['gent']] as const),
  ...['к', 'ко', 'по', 'благодаря', 'согласно', 'вопреки'].map((w) => [w, ['datv']] as const),
  ...['про', 'через', 'сквозь'].map((w) => [w, ['accs']] as const),
  ...['с', 'со'].map((w) => [w, ['ablt', 'gent']] as const),
  ...['над', 'перед', 'между'].map((w) => [w, ['ablt']] as const),
  ...['под', 'за'].map((w) => [w, ['ablt', 'accs']] as const),
  ...['о', 'об', 'обо', 'при'].map((w) => [w, ['loct']] as const),
  ...['в', 'во', 'на'].map((w) => [w, ['loct', 'accs']] as const),
]);

/**
 * The cases the word right before a name allows: a preposition's ("у Петра Порошенко"), or an
 * animate noun's when it cannot be a nominative ("президента Петра Порошенко": the name is in
 * apposition, same case, or the title's possessor, genitive). A nominative title says nothing
 * ("советник Петра Порошенко" is a genitive after a nominative).
 */
function casesBefore(ctx: RuContext, from: number): ReadonlySet<string> | undefined {
  const prev = ctx.tokens[from - 1];
  if (!isWord(prev) || !adjacent(ctx.doc.text, prev, ctx.tokens[from]!) || (ctx.capital[from - 1] && !ctx.sentenceStart[from - 1])) return undefined;
  const governed = PREPOSITION_CASES.get(ctx.lower[from - 1]!);
  if (governed) return new Set(governed);
  const parses = parsesAt(ctx, from - 1);
  const top = parses[0];
  if (!top || top.pos !== 'NOUN' || !top.grammemes.includes('anim') || top.grammemes.includes('Name') || top.grammemes.includes('Surn')) return undefined;
  const readings = parses.filter((p) => p.pos === 'NOUN' && p.lemma === top.lemma && p.case !== undefined);
  if (readings.some((p) => p.case === 'nomn')) return undefined;
  return new Set(['gent', ...readings.map((p) => p.case!)]);
}

/**
 * The gender the words around a name give it: a past-tense verb or short participle right after
 * ("Асия была", "Бхатти был", "освобождена"), or a feminine noun right before ("христианке Асии").
 */
function genderAround(ctx: RuContext, from: number, to: number): { gender?: 'masc' | 'femn'; subject?: boolean } {
  const prev = ctx.tokens[from - 1];
  if (isWord(prev) && adjacent(ctx.doc.text, prev, ctx.tokens[from]!) && (!ctx.capital[from - 1] || ctx.sentenceStart[from - 1])) {
    const top = parsesAt(ctx, from - 1)[0];
    if (top && top.pos === 'NOUN' && top.gender === 'femn' && top.grammemes.includes('anim')) return { gender: 'femn' };
  }
  const next = ctx.tokens[to + 1];
  if (isWord(next) && adjacent(ctx.doc.text, ctx.tokens[to]!, next) && !ctx.capital[to + 1]) {
    const top = parsesAt(ctx, to + 1)[0];
    if (top && (top.pos === 'VERB' || top.pos === 'PRTS') && (top.gender === 'femn' || top.gender === 'masc')) return { gender: top.gender, subject: true };
  }
  return {};
}

/** The longest name starting at token i, or undefined. */
function nameRun(ctx: RuContext, i: number): { from: number; to: number; words: { text: string; readings: NameReading[] }[] } | undefined {
  const { tokens } = ctx;
  const text = ctx.doc.text;
  const words: { text: string; readings: NameReading[] }[] = [];
  let j = i;
  let strong = 0;
  let weak = 0;
  let initials = 0;
  let firstNameFirst = false;
  let firstCommon = false;
  let lastTo = i - 1;
  while (j < tokens.length && words.length < 5) {
    const t = tokens[j]!;
    if (ctx.claimed[j] || !isWord(t)) break;
    if (words.length > 0 && !adjacent(text, tokens[lastTo]!, t) && !isInitialDot(tokens[lastTo]!)) break;
    // An initial: one capital letter and a period ("Н." "А.").
    if (isInitial(t) && tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === t.end) {
      words.push({ text: t.text + '.', readings: [] });
      initials++;
      lastTo = j + 1;
      j += 2;
      continue;
    }
    const w = wordEvidence(ctx, t.text);
    const afterFirst = words.length > 0 && words[words.length - 1]!.readings.some((r) => r.part === 'first') && isCapitalized(t.text) && isCyrillic(t.text);
    if (w.evidence === Evidence.None && afterFirst && !w.place) {
      // Any capitalized word right after a first name is its surname ("Герольд Кемпинг", "Джон Бенер").
      words.push({ text: t.text, readings: w.readings.length > 0 ? w.readings : [] });
      weak++;
      lastTo = j;
      j++;
      continue;
    }
    if (w.evidence === Evidence.None) {
      if (words.length > 0 && NAME_PARTICLES.has(t.text.toLowerCase())) {
        words.push({ text: t.text.toLowerCase(), readings: w.readings });
        lastTo = j;
        j++;
        continue;
      }
      break;
    }
    if (w.place && words.length === 0 && !nextIsName(ctx, j, w.nameFirst)) break;
    if (words.length === 0) {
      firstNameFirst = w.nameFirst;
      firstCommon = w.common;
    }
    if (w.evidence === Evidence.Strong) strong++;
    else weak++;
    words.push({ text: t.text, readings: w.readings });
    lastTo = j;
    j++;
  }
  // Trailing initials after a surname ("Назарбаев Н.А.") stay; a lone initial is not a name.
  const real = words.length - initials;
  if (real === 0) return undefined;
  const start = ctx.sentenceStart[i]!;
  if (real === 1) {
    const only = strong === 1 ? Evidence.Strong : Evidence.Weak;
    // "Аким Костанайской области": a title that is also a name (Аким, Мэр) heads a description.
    if (initials === 0 && TITLES.has(words[0]!.text.toLowerCase())) return undefined;
    if (initials === 0) {
      if (firstCommon || quoted(ctx, i)) return undefined;
      const next = ctx.tokens[lastTo + 1];
      const subject = isWord(next) && /(л|ла|ли|лась|лся)$/.test(next.text) && next.text === next.text.toLowerCase();
      if (start && !(subject && surnameShaped(words[0]!.readings)) && (only !== Evidence.Strong || !firstNameFirst)) return undefined;
      if (only === Evidence.Weak && !surnameShaped(words[0]!.readings)) return undefined;
    }
  } else if (start && strong === 0 && initials === 0) {
    return undefined;
  }
  // Drop trailing particles and a final dangling initial-less fragment.
  while (words.length > 1 && words[words.length - 1]!.readings.length === 1 && words[words.length - 1]!.readings[0]!.part === 'particle' && !/^(оглы|улы|кызы|ұлы|қызы|уулу)$/.test(words[words.length - 1]!.text)) {
    words.pop();
    lastTo--;
  }
  void weak;
  return { from: i, to: lastTo, words };
}

/** The word alone in quotes: a title or brand («Спартак»), not a person. */
function quoted(ctx: RuContext, i: number): boolean {
  const prev = ctx.tokens[i - 1]?.text;
  const next = ctx.tokens[i + 1]?.text;
  return (prev === '«' || prev === '"') && (next === '»' || next === '"');
}

function isInitial(t: Token): boolean {
  return t.text.length === 1 && t.text !== t.text.toLowerCase();
}

function isInitialDot(t: Token): boolean {
  return t.text === '.';
}

/**
 * The word after a place-like word j is a name, so j starts one ("Виктория Балашова"). After a
 * word read first as a given name, a dictionary surname that is also a town (Балашов, Королёв)
 * is enough: a place rarely stands right before a surname-shaped word.
 */
function nextIsName(ctx: RuContext, j: number, givenFirst: boolean): boolean {
  const t = ctx.tokens[j + 1];
  if (!isWord(t) || !adjacent(ctx.doc.text, ctx.tokens[j]!, t)) return false;
  const next = wordEvidence(ctx, t.text);
  if (next.evidence === Evidence.Strong) return true;
  return givenFirst && next.evidence === Evidence.Weak && next.readings.some((r) => r.part === 'surname' && r.weight >= 0.9);
}

function surnameShaped(readings: readonly NameReading[]): boolean {
  return readings.some((r) => r.part === 'surname' && r.weight >= 0.5);
}

/** Evidence per word, per morphology: it depends on the word alone, and names recur across articles. */
const cache = new WeakMap<RussianMorphology, Map<string, NameWord>>();
const MAX_CACHED_WORDS = 50_000;

/** Evidence that a word is part of a name (cached; bounded so an archive does not grow it). */
function wordEvidence(ctx: RuContext, word: string): NameWord {
  let memo = cache.get(ctx.morph);
  if (!memo) cache.set(ctx.morph, (memo = new Map()));
  let hit = memo.get(word);
  if (!hit) {
    if (memo.size >= MAX_CACHED_WORDS) memo.clear();
    memo.set(word, (hit = computeEvidence(ctx, word)));
  }
  return hit;
}

function computeEvidence(ctx: RuContext, word: string): NameWord {
  const none: NameWord = { readings: [], evidence: Evidence.None, nameFirst: false, place: false, common: true };
  if (!isCapitalized(word) || !isCyrillic(word) || word.length < 2 || NOT_NAMES.has(word.toLowerCase())) return none;
  const parses = ctx.morph.parse(word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word);
  const known = isKnown(parses);
  const top = parses[0];
  const isName = (g: string) => g === 'Name' || g === 'Surn' || g === 'Patr';
  const dictName = parses.some((p) => p.known && p.grammemes.some(isName));
  const nameFirst = top !== undefined && top.grammemes.some(isName);
  const place = parses.some((p) => p.known && (p.grammemes.includes('Geox') || p.grammemes.includes('Orgn')));
  const readings = nameReadings(word, ctx.morph);
  // A known common word ("Культура", "Таковых", "Московскому") is a name only next to a real one.
  const common = known && !nameFirst;
  // A common word that is also a name ("Хана": хан, or the name Хана) may be a declined surname too.
  if (dictName) return { readings: common ? [...readings, ...guessedSurnameReadings(word)] : readings, evidence: common ? Evidence.Weak : Evidence.Strong, nameFirst, place, common };
  if (known) return { readings: [...readings, ...guessedSurnameReadings(word), ...adjectivalSurnameReadings(word, ctx.morph)], evidence: Evidence.None, nameFirst: false, place, common: true };
  // Both halves capitalized and unknown: a hyphenated given name (Касым-Жомарт, Ахмат-Хаджи).
  if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word) && !readings.some((r) => r.part === 'first')) {
    const given = guessedSurnameReadings(word).map((r) => ({ ...r, part: 'first' as const, weight: r.weight + 0.3 }));
    return { readings: [...given, ...readings], evidence: Evidence.Strong, nameFirst: true, place, common: false };
  }
  const ruled = readings.some((r) => r.part === 'patronymic' || r.part === 'particle' || (r.part === 'surname' && r.case === '*'));
  if (ruled) return { readings, evidence: Evidence.Strong, nameFirst: true, place, common: false };
  return { readings: [...readings, ...guessedSurnameReadings(word)], evidence: Evidence.Weak, nameFirst, place, common: false };
}

/**
 * A word of a full name seen earlier or later in the text is that person wherever it stands
 * ("Лофнеру предъявлено...", "Брод напомнил"), even at a sentence start or unknown to the dictionary.
 */
export function matchKnownNameWords(ctx: RuContext): void {
  const known = new Map<string, string>();
  for (const c of ctx.candidates) {
    if (c.type !== 'person' || c.kind !== 'name') continue;
    const parts = c.name.split(' ');
    if (parts.length < 2) continue;
    for (const w of parts) if (w.length > 2 && !w.endsWith('.')) known.set(nameKey(w), w);
  }
  if (known.size === 0) return;
  ctx.tokens.forEach((t, i) => {
    if (ctx.claimed[i] || !isWord(t) || !isCapitalized(t.text) || !isCyrillic(t.text) || NOT_NAMES.has(t.text.toLowerCase())) return;
    const w = wordEvidence(ctx, t.text);
    const options = [t.text, ...w.readings.map((r) => r.nominative)];
    for (const o of options) {
      const word = known.get(nameKey(o));
      if (word === undefined) continue;
      accept(ctx, i, i, { type: 'person', kind: 'name', id: personId(word), name: word });
      return;
    }
  });
}
