/**
 * The statistical layer over the rules: an averaged-perceptron BIO tagger (src/entities/tagger,
 * model data/ru/ner-model.json trained by scripts/train-ru-ner.mjs) reads each sentence with the
 * rules' tags as features ({@link createRussianExtractor}) and decides the spans of people and
 * organizations:
 * - where it agrees with a rule, the rule's candidate stands (it knows the id and normal form);
 * - the sure rules' places and organizations (gazetteer, landmarks, place phrases, site names)
 *   and every country stand unless the tagger reads them as a person; it may retype them;
 * - the weaker rules' names (organization phrases, acronyms, bare quotes, dictionary places) stand
 *   only where the tagger agrees, with its boundaries;
 * - a person or organization only the tagger found is built here when it contains a capitalized
 *   word or an acronym; places are never added by the tagger alone.
 * Every choice above was measured on factRuEval (5-fold cross-validation), Collection5 and NEREL.
 * @module
 */
import type { MentionCandidate } from '../../../entities/assemble.js';
import { spansOf, TaggerModel, viterbi, type TaggerModelJson, type TokenSpan } from '../../../entities/tagger/index.js';
import type { Token } from '../../../text/segment.js';
import { partitionPoint } from '../../../text/sorted.js';
import type { EntityType } from '../../../types.js';
import type { RussianMorphology } from '../morph.js';
import { parsesAt, type RuContext } from './context.js';
import { createRussianExtractor, type RuleTag, type RussianExtractor } from './features.js';
import { entityId, personId } from './ids.js';
import { LEGAL_FORMS } from './lexicon.js';
import { nameReadings } from './names.js';
import { normalizeInContext } from './people.js';
import { nominativePhrase } from './phrase.js';

/** A loaded Russian tagger: the model and the extractor it was trained with. */
export interface RussianTagger {
  readonly model: TaggerModel;
  /** The extractor; its keys are views valid until its next call (decode them at once). */
  readonly extract: RussianExtractor;
}

/** Loads a tagger from its model JSON over a morphology. */
export function createRussianTagger(json: TaggerModelJson, morph: RussianMorphology): RussianTagger {
  // Views, not copies: tagDocument decodes each sentence's keys before extracting the next.
  return { model: new TaggerModel(json), extract: createRussianExtractor(morph, true) };
}

/**
 * Rules whose places and organizations the tagger cannot drop: on factRuEval and Collection5
 * 80-100% of their spans are exactly right, more than the tagger's own reading of them.
 */
const STRONG_RULES: ReadonlySet<string> = new Set(['gazetteer', 'landmark', 'placePhrase', 'site']);

/** Types the tagger decides, as the library's entity types. */
const TAGGED: ReadonlySet<EntityType> = new Set<EntityType>(['person', 'country', 'place', 'organization']);

/** The tagger's label type of an entity type (`country` and `place` are both `LOC`). */
export function labelOf(type: EntityType): string {
  return type === 'person' ? 'PER' : type === 'organization' ? 'ORG' : type === 'event' ? 'EVENT' : 'LOC';
}

/** One sentence as the tagger sees it: token indices `[from, to)` of the document. */
export interface TaggerSentence {
  readonly from: number;
  readonly to: number;
}

/** The document's sentences as token ranges (tokens outside every sentence are skipped). */
export function sentenceRanges(ctx: RuContext): TaggerSentence[] {
  const { tokens, doc } = ctx;
  const out: TaggerSentence[] = [];
  let k = 0;
  for (const s of doc.sentences) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.end <= s.end) k++;
    if (k > from) out.push({ from, to: k });
  }
  return out;
}

/** Per token, what the rules said ({@link RuleTag}), from the name candidates so far. */
export function ruleTags(ctx: RuContext, sources: ReadonlyMap<MentionCandidate, string>): (RuleTag | undefined)[] {
  const { tokens } = ctx;
  const tags: (RuleTag | undefined)[] = new Array(tokens.length).fill(undefined);
  const byStart = tokenIndexByStart(tokens);
  // Longer candidates first, so an inner one (the country in "МИД России") overwrites its tokens.
  const sorted = ctx.candidates.filter((c) => c.kind === 'name').sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const c of sorted) {
    const first = byStart.get(c.start);
    if (first === undefined) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= c.end) last++;
    const source = sources.get(c) ?? 'rule';
    for (let k = first; k <= last; k++) tags[k] = { source, type: c.type, position: k === first ? 'B' : 'I', length: last - first + 1 };
  }
  return tags;
}

function tokenIndexByStart(tokens: readonly Token[]): Map<number, number> {
  const map = new Map<number, number>();
  tokens.forEach((t, i) => map.set(t.start, i));
  return map;
}

/** The tagger's spans over the whole document, as token ranges `[start, end)` of `ctx.tokens`. */
export function tagDocument(ctx: RuContext, tagger: RussianTagger, tags: readonly (RuleTag | undefined)[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const { from, to } of sentenceRanges(ctx)) {
    const words: string[] = [];
    for (let k = from; k < to; k++) words.push(ctx.tokens[k]!.text);
    const path = viterbi(tagger.model, tagger.extract(words, tags.slice(from, to)));
    for (const s of spansOf(tagger.model.labels, path)) spans.push({ start: s.start + from, end: s.end + from, type: s.type });
  }
  return spans;
}

/**
 * Replaces the rules' person, place and organization names by the tagger's reading (see the
 * module comment). `sources` names the rule behind each candidate.
 */
export function applyTagger(ctx: RuContext, tagger: RussianTagger, sources: ReadonlyMap<MentionCandidate, string>): void {
  const spans = tagDocument(ctx, tagger, ruleTags(ctx, sources)).filter((s) => s.type === 'PER' || s.type === 'LOC' || s.type === 'ORG');
  const { tokens } = ctx;
  const charSpans = spans.map((s) => ({ start: tokens[s.start]!.start, end: tokens[s.end - 1]!.end, type: s.type, from: s.start, to: s.end - 1 }));
  const kept: MentionCandidate[] = [];
  const covered = new Set<string>();
  // Spans come in text order and never overlap: overlap queries are a binary search, so a
  // megabyte of names stays linear-logarithmic.
  const over = (c: { start: number; end: number }) => overlapping(charSpans, c.start, c.end);
  for (const c of ctx.candidates) {
    if (c.kind !== 'name' || !TAGGED.has(c.type)) {
      kept.push(c);
      continue;
    }
    const near = over(c);
    const exact = near.find((s) => s.start === c.start && s.end === c.end);
    if (exact && exact.type === labelOf(c.type)) {
      kept.push(c);
      covered.add(`${exact.start}:${exact.end}`);
    } else if (c.type === 'country' || (c.type !== 'person' && STRONG_RULES.has(sources.get(c) ?? '') && !near.some((s) => s.type === 'PER'))) {
      // Countries always stand (tags and the article's country list rely on them), and the
      // sure rules' places and organizations unless the tagger reads them as a person: "Москвы"
      // in "Департамента здравоохранения Москвы" stays a place inside the tagger's organization.
      // The tagger may still retype the very same words ("Сколково" the foundation).
      if (exact && exact.type !== 'PER' && exact.type !== labelOf(c.type)) kept.push(retyped(c, exact.type));
      else kept.push(c);
      if (exact) covered.add(`${exact.start}:${exact.end}`);
    } else if (c.type === 'person') {
      // A rule's person stands unless the tagger bounds it otherwise ("Марин Ле Пен" for "Марин")
      // or reads its words as a place or organization and nowhere as a person ("агентство Рейтер").
      if (near.length === 0) kept.push(c);
    } else if (exact && exact.type !== 'PER') {
      // Same words, other type: "Сколково" the foundation, "Кремль" the administration.
      kept.push(retyped(c, exact.type));
      covered.add(`${exact.start}:${exact.end}`);
    } else if (c.type === 'organization' && prefixedName(ctx, c, near)) {
      // The tagger reads only the name after an agency or legal form ("Новости" of "РИА
      // Новости", "Белтрансгаз" of "ОАО «Белтрансгаз»"): corpora disagree on whether the prefix
      // belongs to the name; the whole phrase is the one a reader would give.
      kept.push(c);
      for (const s of near) covered.add(`${s.start}:${s.end}`);
    }
  }
  const keptLabels = labelsByToken(ctx, kept);
  for (const s of charSpans) {
    // Places the tagger alone finds are mostly people and organizations it misreads (measured on
    // Collection5); places come from the gazetteer and the place rules.
    if (covered.has(`${s.start}:${s.end}`) || s.type === 'LOC') continue;
    // A part of a name the rules kept whole ("Черкесии" of "Карачаево-Черкесии") adds nothing.
    if (keptLabels[s.from]?.has(s.type) && keptLabels[s.to]?.has(s.type)) continue;
    // A span no rule backs must at least look like a name: a capitalized word or an acronym.
    // (Lower-case descriptions, "правительство", are names in one corpus's conventions only.)
    if (!hasNameWord(ctx, s.from, s.to)) continue;
    const candidate = s.type === 'PER' ? personCandidate(ctx, s.from, s.to) : spanCandidate(ctx, s.from, s.to, s.type);
    if (candidate) kept.push(candidate);
  }
  ctx.candidates.length = 0;
  ctx.candidates.push(...kept);
}

/** Words that precede an organization's name in its full form: legal forms and news agency prefixes. */
const NAME_PREFIXES: ReadonlySet<string> = new Set([...LEGAL_FORMS, 'ИА', 'РИА', 'ИТАР-ТАСС', 'ГК', 'НК', 'АК', 'ИК', 'УК', 'ФК', 'ХК']);

/**
 * The candidate is a prefix word (legal form, agency) and quotes around a name the tagger tagged
 * alone ("РИА «Новости»" with "Новости"); nothing the tagger found reaches outside it.
 * `spans` are the tagger's spans overlapping the candidate.
 */
function prefixedName(ctx: RuContext, c: MentionCandidate, spans: readonly { start: number; end: number; type: string; from: number }[]): boolean {
  const inner = spans.find((s) => s.type === 'ORG' && s.start > c.start && s.end <= c.end);
  if (!inner || spans.length !== 1) return false;
  for (let k = inner.from - 1; k >= 0 && ctx.tokens[k]!.start >= c.start; k--) {
    const t = ctx.tokens[k]!.text;
    if (t !== '«' && t !== '"' && t !== '„' && !NAME_PREFIXES.has(t)) return false;
  }
  return true;
}

/** The spans (sorted by start, not overlapping) that overlap `[start, end)`. */
function overlapping<S extends { start: number; end: number }>(spans: readonly S[], start: number, end: number): S[] {
  const lo = partitionPoint(spans, (s) => s.end <= start);
  const out: S[] = [];
  for (let k = lo; k < spans.length && spans[k]!.start < end; k++) out.push(spans[k]!);
  return out;
}

/** Per token, the labels of the kept name candidates covering it. */
function labelsByToken(ctx: RuContext, kept: readonly MentionCandidate[]): (Set<string> | undefined)[] {
  const byStart = tokenIndexByStart(ctx.tokens);
  const out: (Set<string> | undefined)[] = new Array(ctx.tokens.length);
  for (const c of kept) {
    if (c.kind !== 'name') continue;
    const first = byStart.get(c.start);
    if (first === undefined) continue;
    for (let k = first; k < ctx.tokens.length && ctx.tokens[k]!.end <= c.end; k++) (out[k] ??= new Set()).add(labelOf(c.type));
  }
  return out;
}

/** A candidate moved to the tagger's type, its normal form kept. */
function retyped(c: MentionCandidate, label: string): MentionCandidate {
  const type: EntityType = label === 'ORG' ? 'organization' : 'place';
  return { ...c, type, id: entityId(type === 'organization' ? 'org' : 'place', c.name) };
}

/**
 * A candidate for a span only the tagger found: its normal form puts the adjectives and head noun
 * in the nominative ("Национального фронта" → "Национальный фронт"); a span with punctuation
 * inside ("Лента.ру") is kept as written.
 */
function spanCandidate(ctx: RuContext, from: number, to: number, label: string): MentionCandidate | undefined {
  const { tokens } = ctx;
  const words: string[] = [];
  let plain = true;
  for (let k = from; k <= to; k++) {
    words.push(tokens[k]!.text);
    if (tokens[k]!.kind !== 'word' || (k > from && tokens[k]!.start !== tokens[k - 1]!.end + 1)) plain = false;
  }
  const surface = ctx.doc.text.slice(tokens[from]!.start, tokens[to]!.end);
  const name = plain ? nominativePhrase(ctx, words, headIndex(ctx, from, to)) : surface;
  if (!name.trim()) return undefined;
  const type: EntityType = label === 'ORG' ? 'organization' : 'place';
  return { start: tokens[from]!.start, end: tokens[to]!.end, type, kind: 'name', id: entityId(type === 'organization' ? 'org' : 'place', name), name };
}

/**
 * A person only the tagger found (or bounded otherwise than the rules): the name's words put in
 * the nominative of the gender and case that agree best across them and with the words around
 * (a verb's or title's gender, a preposition's case), as the rules do.
 */
function personCandidate(ctx: RuContext, from: number, to: number): MentionCandidate | undefined {
  const words: string[] = [];
  for (let k = from; k <= to; k++) if (ctx.tokens[k]!.kind === 'word') words.push(ctx.tokens[k]!.text);
  if (words.length === 0) return undefined;
  const normal = normalizeInContext(ctx, from, to, words, words.map((w) => nameReadings(w, ctx.morph)));
  return { start: ctx.tokens[from]!.start, end: ctx.tokens[to]!.end, type: 'person', kind: 'name', id: personId(normal.key), name: normal.name };
}

/** Some token of `[from, to]` is a capitalized word or an acronym other than a Roman numeral. */
function hasNameWord(ctx: RuContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ctx.capital[k] || (ctx.acronym[k] && !/^[IVXLCDM]+$/.test(ctx.tokens[k]!.text))) return true;
  return false;
}

/** The phrase's head: the first word that is not an adjective or participle. */
function headIndex(ctx: RuContext, from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const pos = parsesAt(ctx, k)[0]?.pos;
    if (pos !== 'ADJF' && pos !== 'PRTF') return k - from;
  }
  return 0;
}
