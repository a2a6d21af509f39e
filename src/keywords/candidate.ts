/**
 * What the language modules give the scorer: tagged words and candidate phrase occurrences.
 * @module
 */
import type { EntityType } from '../types.js';

/**
 * The role of one word for keyphrases. `noun` and `adj` build common phrases; `proper` words build
 * names (only whole runs, never a fragment); `break` ends every phrase (stop words, verbs,
 * numbers, punctuation, entity names).
 */
export type WordRole = 'noun' | 'adj' | 'proper' | 'break';

/** One word of the body with what the scorer needs. */
export interface TaggedWord {
  /** Offsets into the document text. */
  start: number;
  end: number;
  /** Index among the document's tokens (adjacency = consecutive indices). */
  index: number;
  role: WordRole;
  /** Lemma key: what document frequencies and word statistics are counted by. */
  key: string;
  /** Lies in a mention of an entity (an adjective or role linked to it): never a keyword alone. */
  entityish?: boolean;
}

/** One occurrence of a candidate phrase. */
export interface CandidateOccurrence {
  /** Keys of the phrase's words, joined by one space: occurrences with the same key are one candidate. */
  key: string;
  /** Lemma keys of its words (for background rarity). */
  words: readonly string[];
  /** Readable canonical phrase (lower case, lemmatized per the language's rules). */
  term: () => string;
  start: number;
  end: number;
  /** Index of its first word among the document's tokens. */
  index: number;
  proper: boolean;
  /**
   * How much more (above 1) or less (below 1) a common word of this kind is an editor's keyword
   * than a plain noun, by its word class (see the language modules); 1 when absent.
   */
  prior?: number;
  /** The entity type when the candidate is a recognized entity's name (see index.ts). */
  entity?: EntityType;
}
