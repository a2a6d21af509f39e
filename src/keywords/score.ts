/**
 * Scoring of candidate phrases: how often and how early the article uses a phrase, whether the
 * title has it, and how rare its words are in the news at large (background document frequency).
 * The text statistics are the YAKE family's (frequency, position, spread); rarity is TF-IDF's.
 * @module
 */
import type { Background } from './background.js';
import type { CandidateOccurrence, TaggedWord } from './candidate.js';

/** A candidate phrase with all its occurrences. */
export interface ScoredCandidate {
  key: string;
  term: string;
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
  /** Multiplier per extra word of a phrase (phrases are rarer, so their counts run lower). */
  phrase: number;
  /** Multiplier of names (entity-like runs; entities are tags of their own). */
  proper: number;
  /** Exponent on the background rarity. */
  idfPower: number;
}

/** Default weights. */
export const DEFAULT_WEIGHTS: ScoreWeights = { tfPower: 1, title: 2.5, titleWords: 1.4, early: 1, phrase: 1.3, proper: 2.5, idfPower: 0.5 };

/** What the scorer reads besides the candidates. */
export interface ScoreContext {
  words: readonly TaggedWord[];
  background: Background;
  /** Candidate keys found in the title. */
  titleKeys: ReadonlySet<string>;
  /** Word keys found in the title. */
  titleWords: ReadonlySet<string>;
  /** Index of the last token (for relative positions). */
  lastIndex: number;
}

/** Scores candidates; best first, ties by key (deterministic). */
export function scoreCandidates(
  occurrences: readonly CandidateOccurrence[],
  ctx: ScoreContext,
  weights: ScoreWeights = DEFAULT_WEIGHTS,
): ScoredCandidate[] {
  const wordCount = new Map<string, number>();
  for (const w of ctx.words) if (w.role !== 'break') wordCount.set(w.key, (wordCount.get(w.key) ?? 0) + 1);
  const groups = new Map<string, CandidateOccurrence[]>();
  for (const occ of occurrences) {
    const list = groups.get(occ.key);
    if (list) list.push(occ);
    else groups.set(occ.key, [occ]);
  }
  mergeShortNames(groups);
  const span = Math.max(1, ctx.lastIndex);
  const out: ScoredCandidate[] = [];
  for (const [key, occs] of groups) {
    const first = occs[0]!;
    const n = first.words.length;
    const inTitle = ctx.titleKeys.has(key);
    const count = n === 1 ? Math.max(occs.length, wordCount.get(key) ?? 0) : occs.length;
    // A phrase seen once and not in the title is usually an accident of syntax.
    if (n > 1 && count < 2 && !inTitle) continue;
    let idf = 0;
    for (const w of first.words) idf += ctx.background.idf(w);
    idf /= n;
    const tf = count ** weights.tfPower;
    const position = 1 + weights.early * (1 - first.index / span);
    const title = inTitle ? weights.title : first.words.every((w) => ctx.titleWords.has(w)) ? weights.titleWords : 1;
    const length = weights.phrase ** (n - 1);
    const proper = first.proper ? weights.proper : 1;
    out.push({ key, term: first.term(), score: tf * idf ** weights.idfPower * position * title * length * proper, occurrences: occs });
  }
  return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
