/**
 * The keyword stage: keyphrases of the body (1 to 3 words, lemmatized per language), scored by
 * their use in the article and their rarity in the news (see score.ts). Words of entity names are
 * never part of a keyphrase: keywords are about themes, entities are their own tags.
 * @module
 */
import type { LoadedLanguage } from '../languages/pack.js';
import type { ArticleDocument } from '../text/document.js';
import { tokenize } from '../text/segment.js';
import { partitionPoint } from '../text/sorted.js';
import type { Entity, Keyword, Span } from '../types.js';
import { backgroundFor, type Background } from './background.js';
import type { CandidateOccurrence, TaggedWord } from './candidate.js';
import { english } from './languages/en.js';
import { kazakh } from './languages/kk.js';
import { russian } from './languages/ru.js';
import { foldCase, type KeywordLanguage, type KeywordTagger } from './languages/types.js';
import { DEFAULT_WEIGHTS, candidateFeatures, scoreCandidates, type CandidateFeatures, type ScoreContext } from './score.js';

const LANGUAGES: Readonly<Record<string, KeywordLanguage>> = { ru: russian, kk: kazakh, en: english };

/** Keywords returned at most: the first ten are the article's keyphrases, all of them tag it. */
const MAX_KEYWORDS = 40;

/**
 * Whether a recognized entity competes as one keyword under its normal name ("дональд трамп"),
 * with all its mentions. Its words never form other phrases either way, so a keyword is never a
 * fragment of a name; `false` leaves names to the entity tags alone. On the dev sets, whose editors'
 * keywords are largely names, `true` measured F1@10 .205 / .208 (ru-ng / ru-rt, first 100 articles)
 * against .132 / .070 with names left out. Re-measured on all 500 + 500 with this version: .250 /
 * .273 against .152 / .097 (about 30% of the distinct gold keys of both sets are names of the
 * article's entities; 62% / 65% of those were in the top 10 before this version). English moves
 * little either way (en-kpcrowd .168 with names, .174 without; en-inspec .115 / .110): one rule
 * for all languages.
 */
export const ENTITY_KEYWORDS = true;

/**
 * Keyphrases of the document's body, best first, each with the spans of its occurrences.
 * Empty for languages without keyword rules (or without the pack's morphology, for Russian).
 * Never throws; deterministic.
 */
export function extractKeywords(
  doc: ArticleDocument,
  entities: readonly Entity[],
  pack: LoadedLanguage | undefined,
  limit = MAX_KEYWORDS,
): Keyword[] {
  const language = LANGUAGES[doc.lang];
  const background = backgroundFor(doc.lang);
  if (!language || !background || doc.tokens.length === 0) return [];
  try {
    return keywordsOf(doc, entities, language, background, pack, limit);
  } catch {
    // A keyword failure must not lose the rest of the enrichment.
    return [];
  }
}

function keywordsOf(
  doc: ArticleDocument,
  entities: readonly Entity[],
  language: KeywordLanguage,
  background: Background,
  pack: LoadedLanguage | undefined,
  limit: number,
): Keyword[] {
  const weights = language.weights ? { ...DEFAULT_WEIGHTS, ...language.weights } : DEFAULT_WEIGHTS;
  const { candidates, context } = analysisOf(doc, entities, language, background, pack);
  const scored = scoreCandidates(candidates, context, weights);
  const keywords: Keyword[] = [];
  const seen = new Set<string>();
  for (const c of scored) {
    if (keywords.length >= limit) break;
    const term = c.term();
    if (term === '' || seen.has(term)) continue;
    seen.add(term);
    keywords.push({
      term,
      score: Math.round(c.score * 1e4) / 1e4,
      mentions: c.occurrences.map((o) => ({ start: o.start, end: o.end })),
    });
  }
  return keywords;
}

/**
 * Every candidate of the document measured, unranked (for tuning the weights of score.ts on
 * labelled data); empty where {@link extractKeywords} would be.
 */
export function keywordFeatures(doc: ArticleDocument, entities: readonly Entity[], pack: LoadedLanguage | undefined): CandidateFeatures[] {
  const language = LANGUAGES[doc.lang];
  const background = backgroundFor(doc.lang);
  if (!language || !background || doc.tokens.length === 0) return [];
  const { candidates, context } = analysisOf(doc, entities, language, background, pack);
  return candidateFeatures(candidates, context);
}

/**
 * The candidates and what the scorer reads besides them. An entity the headline names is in the
 * title like a phrase the headline has: its name is found there by the last word of any of its
 * name mentions in the body ("Эрдогана" in the headline, "Реджеп Эрдоган" in the body), as the
 * headline's own words are not analysed for entities. Measured: F1@10 ru-ng / ru-rt
 * .248 / .270 without, .250 / .273 with (en-kpcrowd .168 either way).
 */
function analysisOf(
  doc: ArticleDocument,
  entities: readonly Entity[],
  language: KeywordLanguage,
  background: Background,
  pack: LoadedLanguage | undefined,
): { candidates: { words: TaggedWord[]; occurrences: CandidateOccurrence[] }; context: ScoreContext } {
  const candidates = candidatesOf(doc, entities, language, background, pack);
  const context = contextOf(doc, language, background, pack);
  if (ENTITY_KEYWORDS && context.titleWords.size > 0 && entities.length > 0) {
    const titleKeys = new Set(context.titleKeys);
    for (const e of entities) {
      if (entityNamedIn(e, candidates.words, context.titleWords)) titleKeys.add(entityKey(e, pack));
    }
    return { candidates, context: { ...context, titleKeys } };
  }
  return { candidates, context };
}

/** Whether the last word of one of the entity's name mentions is a word of the title (`words` in text order). */
function entityNamedIn(e: Entity, words: readonly TaggedWord[], titleWords: ReadonlySet<string>): boolean {
  for (const m of e.mentions) {
    if (m.kind !== 'name') continue;
    // The last word that starts inside the mention.
    const last = words[partitionPoint(words, (w) => w.start < m.end) - 1];
    if (last !== undefined && last.start >= m.start && last.key.length > 1 && titleWords.has(last.key)) return true;
  }
  return false;
}

/** The candidate key of an entity: its normal name's lemmas (see {@link entityOccurrences}). */
function entityKey(e: Entity, pack: LoadedLanguage | undefined): string {
  const words = foldCase(e.name.trim()).split(/\s+/).slice(0, 4);
  return `=${words.map((w) => foldCase(pack?.lemmatize?.(w) ?? w)).join(' ')}`;
}

/** Candidate occurrences of the body: common phrases and names, plus entities. */
function candidatesOf(
  doc: ArticleDocument,
  entities: readonly Entity[],
  language: KeywordLanguage,
  background: Background,
  pack: LoadedLanguage | undefined,
): { words: TaggedWord[]; occurrences: CandidateOccurrence[] } {
  const tagger = language.tagger(doc.text, background, pack);
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const { names, linked } = entitySpans(entities);
  const found = collect(doc.text, doc.tokens, sentenceStarts, tagger, names, linked);
  if (ENTITY_KEYWORDS) found.occurrences.push(...entityOccurrences(entities, doc.tokens, pack));
  return found;
}

/** What the scorer reads besides the candidates: the title's phrases and words. */
function contextOf(
  doc: ArticleDocument,
  language: KeywordLanguage,
  background: Background,
  pack: LoadedLanguage | undefined,
): ScoreContext {
  const titleKeys = new Set<string>();
  const titleWords = new Set<string>();
  const title = doc.body.title;
  if (title) {
    const titleTagger = language.tagger(title, background, pack);
    const found = collect(title, tokenize(title), [0], titleTagger, [], []);
    for (const w of found.words) if (w.role !== 'break') titleWords.add(w.key);
    for (const o of found.occurrences) titleKeys.add(o.key);
  }
  return { background, titleKeys, titleWords, lastIndex: doc.tokens.length - 1 };
}

/**
 * One candidate per entity: its normal name, lower case, at each mention by name or by adjective
 * ("российские военные" is about Russia as much as "Россия" is). Entities whose names have the
 * same lemmas ("Петр Порошенко", "Петра Порошенко" when resolution split them) are one candidate.
 */
function entityOccurrences(entities: readonly Entity[], tokens: readonly Span[], pack: LoadedLanguage | undefined): CandidateOccurrence[] {
  const out: CandidateOccurrence[] = [];
  for (const e of entities) {
    const term = foldCase(e.name.trim());
    if (term === '') continue;
    const words = term.split(/\s+/).slice(0, 4);
    const key = entityKey(e, pack);
    const mentions = e.mentions.filter((m) => m.kind === 'name' || m.kind === 'adjective');
    // Only an adjective ("американский" in passing) is not enough without a name when it is rare.
    if (!e.mentions.some((m) => m.kind === 'name') && mentions.length < 2) continue;
    for (const m of mentions) {
      out.push({ key, words, term: () => term, start: m.start, end: m.end, index: tokenIndexAt(tokens, m.start), proper: true, entity: e.type });
    }
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
function tokenIndexAt(tokens: readonly Span[], offset: number): number {
  return partitionPoint(tokens, (t) => t.start < offset);
}

/** Name spans (their words break phrases) and linked spans (adjectives, roles: never alone). */
function entitySpans(entities: readonly Entity[]): { names: Span[]; linked: Span[] } {
  const names: Span[] = [];
  const linked: Span[] = [];
  for (const e of entities) {
    for (const m of e.mentions) (m.kind === 'name' || m.kind === 'pronoun' ? names : linked).push(m);
  }
  const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
  return { names: names.sort(byStart), linked: linked.sort(byStart) };
}

/** A cursor over sorted spans: whether a token overlaps one, in one forward pass. */
function overlapCursor(spans: readonly Span[]): (start: number, end: number) => boolean {
  let i = 0;
  let maxEnd = -1;
  return (start, end) => {
    while (i < spans.length && spans[i]!.start < end) {
      maxEnd = Math.max(maxEnd, spans[i]!.end);
      i++;
    }
    return maxEnd > start;
  };
}

function collect(
  text: string,
  tokens: readonly { start: number; end: number; text: string; kind: string }[],
  sentenceStarts: readonly number[],
  tagger: KeywordTagger,
  names: readonly Span[],
  linked: readonly Span[],
): { words: TaggedWord[]; occurrences: CandidateOccurrence[] } {
  const inName = overlapCursor(names);
  const inLinked = overlapCursor(linked);
  const words: TaggedWord[] = [];
  const occurrences: CandidateOccurrence[] = [];
  let run: TaggedWord[] = [];
  const flush = () => {
    if (run.length > 0) {
      for (const o of tagger.phrases(run)) {
        // A single linked word ("казахстанский", "эксперт") is the entity again, not a theme.
        if (!(o.words.length === 1 && run.some((w) => w.start === o.start && w.entityish))) occurrences.push(o);
      }
    }
    run = [];
  };
  let sentence = 0;
  let initial = true;
  let code = false;
  for (let index = 0; index < tokens.length; index++) {
    const t = tokens[index]!;
    while (sentence < sentenceStarts.length && sentenceStarts[sentence]! <= t.start) {
      const next = sentenceStarts[sentence + 1] ?? text.length;
      code = looksLikeCode(text, sentenceStarts[sentence]!, next);
      sentence++;
      initial = true;
    }
    if (code) {
      flush();
      continue;
    }
    const named = inName(t.start, t.end);
    const isLinked = inLinked(t.start, t.end);
    if (t.kind !== 'word') {
      flush();
      continue;
    }
    const w = tagger.tag(t.text, t.start, t.end, index, initial);
    initial = false;
    if (named) w.role = 'break';
    if (isLinked) w.entityish = true;
    words.push(w);
    if (w.role === 'break') flush();
    else run.push(w);
  }
  flush();
  return { words, occurrences };
}

/**
 * Whether a sentence is script or markup pasted with the article (embedded players, tracking
 * code): its identifiers are not themes. Counts code punctuation in one pass.
 */
function looksLikeCode(text: string, start: number, end: number): boolean {
  let marks = 0;
  for (let i = start; i < end && i < start + 2000; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x7d || c === 0x3d || c === 0x3b || c === 0x3c || c === 0x3e) {
      if (++marks >= 3) return true;
    }
  }
  return false;
}
