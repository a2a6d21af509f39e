/**
 * The interface a language implements for keywords.
 * @module
 */
import type { LoadedLanguage } from '../../languages/pack.js';
import type { Background } from '../background.js';
import type { ScoreWeights } from '../score.js';
import type { CandidateOccurrence, TaggedWord } from '../candidate.js';

/** Per-document keyword analysis of one language. */
export interface KeywordTagger {
  /** Tags one word token; `initial` when it opens its sentence (capitals say less there). */
  tag(word: string, start: number, end: number, index: number, initial: boolean): TaggedWord;
  /** Candidate phrases inside a run of consecutive non-`break` words (1 to 3 words each). */
  phrases(run: readonly TaggedWord[]): CandidateOccurrence[];
}

/** A language's keyword rules. */
export interface KeywordLanguage {
  /**
   * Score weights that differ from the defaults for this language (English keyphrases, as in
   * abstracts and KPCrowd, are more often phrases than Russian editors' keywords).
   */
  weights?: Partial<ScoreWeights>;
  /** Starts the analysis of one document (text = the document text the offsets index). */
  tagger(text: string, background: Background, pack: LoadedLanguage | undefined): KeywordTagger;
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Whether a word of two or more letters is all upper case ("США", "NATO"). */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Lower case with ё as е: how keys and stop words are compared. */
export function foldCase(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** Candidates of a run made of proper words: the whole run or nothing (never a fragment of a name). */
export function nameRun(run: readonly TaggedWord[], term: () => string): CandidateOccurrence | undefined {
  if (run.length === 0 || run.length > 4) return undefined;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return {
    key: run.map((w) => w.key).join(' '),
    words: run.map((w) => w.key),
    term,
    start: first.start,
    end: last.end,
    index: first.index,
    proper: true,
  };
}

/**
 * The candidates of a run: the run is split where proper and common words meet; a part of proper
 * words gives one name candidate ({@link nameRun}), a part of common words goes to `common`.
 */
export function runCandidates(
  run: readonly TaggedWord[],
  nameTerm: (part: readonly TaggedWord[]) => () => string,
  common: (part: readonly TaggedWord[]) => CandidateOccurrence[],
): CandidateOccurrence[] {
  const out: CandidateOccurrence[] = [];
  let s = 0;
  for (let e = 1; e <= run.length; e++) {
    if (e < run.length && (run[e]!.role === 'proper') === (run[s]!.role === 'proper')) continue;
    const part = run.slice(s, e);
    if (run[s]!.role === 'proper') {
      const name = nameRun(part, nameTerm(part));
      if (name) out.push(name);
    } else out.push(...common(part));
    s = e;
  }
  return out;
}
