/**
 * Scoring of candidate phrases: how often and how early the article uses a phrase, whether the
 * title has it, and how rare its words are in the news at large (background document frequency).
 * The text statistics are the YAKE family's (frequency, position, spread); rarity is TF-IDF's.
 * @module
 */
import type { Background } from './background.js';
import type { EntityType } from '../types.js';
import type { CandidateOccurrence, TaggedWord } from './candidate.js';

/** A candidate phrase with all its occurrences. */
export interface ScoredCandidate {
  key: string;
  /** The readable phrase (computed on call). */
  term: () => string;
  score: number;
  occurrences: CandidateOccurrence[];
}

/** Tunable weights (the defaults are what the dev sets measured best). */
export interface ScoreWeights {
  /** Exponent on the frequency: below 1 so a long article's filler does not win by repetition. */
  tfPower: number;
  /** Boost of a candidate the title contains. */
  title: number;
  /** Boost of a candidate whose words are all in the title (in another phrase). */
  titleWords: number;
  /** Boost of a first occurrence at the very start, fading linearly to none at the end. */
  early: number;
  /** Multiplier per extra word of a phrase: below 1, as editors' keywords are mostly single words. */
  phrase: number;
  /** Multiplier of names (entity-like runs; entities are tags of their own). */
  proper: number;
  /** Exponent on the background rarity. */
  idfPower: number;
  /** Rarity above which a common word or phrase gains nothing more. */
  idfCap: number;
  /** Exponent on the background rarity of a recognized entity's name (uncapped). */
  entityIdfPower: number;
  /** Multiplier of a recognized entity by its type (replaces `proper`). */
  entity: Readonly<Record<EntityType, number>>;
}

/**
 * Default weights, tuned on the ru-ng / ru-rt dev sets (F1@10 .238 / .262 over 500 articles each,
 * from .229 / .235; re-checked one weight at a time after the word-class priors, plural terms and
 * headline entities of this version (.250 / .273): none moved both sets up): countries weigh most (editors tag the countries a story is about nearly every
 * time), people least among entities (an article names many people in passing); a rare common
 * word counts no more than one of idf 4 (rarer words are accidents of style more than themes).
 */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  tfPower: 1,
  title: 2.5,
  titleWords: 1.4,
  early: 1,
  phrase: 0.8,
  proper: 2.5,
  idfPower: 0.5,
  idfCap: 4,
  entityIdfPower: 0.25,
  entity: { person: 2, country: 6, place: 2.5, organization: 2.5, event: 2.5 },
};

/** What the scorer reads besides the candidates. */
export interface ScoreContext {
  background: Background;
  /** Candidate keys found in the title. */
  titleKeys: ReadonlySet<string>;
  /** Word keys found in the title. */
  titleWords: ReadonlySet<string>;
  /** Index of the last token (for relative positions). */
  lastIndex: number;
}

/** What the scorer measures of one candidate (all its occurrences together). */
export interface CandidateFeatures {
  key: string;
  occurrences: CandidateOccurrence[];
  /** Words in the phrase. */
  words: number;
  /** Uses in the article (for one word, also inside longer phrases). */
  count: number;
  /** Mean background rarity of its words. */
  idf: number;
  /** Relative position of the first use, 0 (start) to 1 (end). */
  first: number;
  /** The title has the phrase / every word of it. */
  inTitle: boolean;
  titleWords: boolean;
  proper: boolean;
  /** Word-class prior of a common word (see {@link CandidateOccurrence.prior}). */
  prior: number;
  entity?: EntityType;
}

/** Groups occurrences into candidates and measures them; drops phrases that are accidents of syntax. */
export function candidateFeatures(
  { words, occurrences }: { words: readonly TaggedWord[]; occurrences: readonly CandidateOccurrence[] },
  ctx: ScoreContext,
): CandidateFeatures[] {
  const wordCount = new Map<string, number>();
  for (const w of words) if (w.role !== 'break') wordCount.set(w.key, (wordCount.get(w.key) ?? 0) + 1);
  const groups = new Map<string, CandidateOccurrence[]>();
  for (const occ of occurrences) {
    const list = groups.get(occ.key);
    if (list) list.push(occ);
    else groups.set(occ.key, [occ]);
  }
  mergeShortNames(groups);
  const span = Math.max(1, ctx.lastIndex);
  const out: CandidateFeatures[] = [];
  for (const [key, occs] of groups) {
    const first = occs[0]!;
    const n = first.words.length;
    const inTitle = ctx.titleKeys.has(key);
    const count = n === 1 ? Math.max(occs.length, wordCount.get(key) ?? 0) : occs.length;
    // A phrase seen once and not in the title is usually an accident of syntax.
    if (n > 1 && count < 2 && !inTitle) continue;
    let idf = 0;
    for (const w of first.words) idf += ctx.background.idf(w);
    out.push({
      key,
      occurrences: occs,
      words: n,
      count,
      idf: idf / n,
      first: Math.min(1, firstIndex(occs) / span),
      inTitle,
      titleWords: first.words.every((w) => ctx.titleWords.has(w)),
      proper: first.proper,
      prior: first.prior ?? 1,
      ...(first.entity ? { entity: first.entity } : {}),
    });
  }
  return out;
}

/** The score of one measured candidate under `weights`: higher is more of a keyword. */
export function scoreFeatures(f: CandidateFeatures, weights: ScoreWeights = DEFAULT_WEIGHTS): number {
  const tf = f.count ** weights.tfPower;
  const position = 1 + weights.early * (1 - f.first);
  const title = f.inTitle ? weights.title : f.titleWords ? weights.titleWords : 1;
  const length = weights.phrase ** (f.words - 1);
  const kind = f.entity ? weights.entity[f.entity] : f.proper ? weights.proper : 1;
  const rarity = f.entity ? Math.max(0, f.idf) ** weights.entityIdfPower : Math.min(weights.idfCap, Math.max(0, f.idf)) ** weights.idfPower;
  return tf * rarity * position * title * length * kind * f.prior;
}

/**
 * Scores candidates; best first, ties by key (deterministic). The readable term is computed only
 * when asked for (Russian agreement inflects words), so callers read it for the few they keep.
 */
export function scoreCandidates(
  candidates: { words: readonly TaggedWord[]; occurrences: readonly CandidateOccurrence[] },
  ctx: ScoreContext,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoredCandidate[] {
  return candidateFeatures(candidates, ctx)
    .map((f) => ({ key: f.key, term: f.occurrences[0]!.term, score: scoreFeatures(f, weights), occurrences: f.occurrences }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Token index of the earliest occurrence (entity mentions need not come in text order). */
function firstIndex(occs: readonly CandidateOccurrence[]): number {
  let min = Infinity;
  for (const o of occs) min = Math.min(min, o.index);
  return min;
}

/**
 * A one-word name that ends a longer name of the same article ("Трамп" after "Дональд Трамп",
 * "Buble" after "Michael Buble") is that name again: its occurrences join the full name's, so the
 * keyword is never the fragment. Ambiguous endings (two full names) stay as they are.
 */
function mergeShortNames(groups: Map<string, CandidateOccurrence[]>): void {
  const fullByLast = new Map<string, string | null>();
  for (const [key, occs] of groups) {
    const first = occs[0]!;
    if (!first.proper || first.words.length < 2 || key.startsWith('=')) continue;
    const last = first.words[first.words.length - 1]!;
    fullByLast.set(last, fullByLast.has(last) && fullByLast.get(last) !== key ? null : key);
  }
  for (const [key, occs] of [...groups]) {
    if (!occs[0]!.proper || occs[0]!.words.length !== 1) continue;
    const full = fullByLast.get(key);
    if (!full) continue;
    groups.get(full)!.push(...occs);
    groups.delete(key);
  }
}
