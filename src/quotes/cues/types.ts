/**
 * The shape of a language's quoting vocabulary: attribution verbs, role nouns, pronouns.
 * @module
 */

/** Gender/number a verb form or pronoun implies; used to pick among candidate antecedents. */
export type Agreement = 'm' | 'f' | 'pl' | undefined;

/** Quoting vocabulary of one language (all words lower case). */
export interface CueLexicon {
  /** Attribution verb forms → the agreement they imply (`undefined` when they imply none). */
  verbs: ReadonlyMap<string, Agreement>;
  /** Verbs that name the speaker of a quote in their sentence without making it a quote ("X called it "Q""). */
  speakerVerbs?: ReadonlySet<string>;
  /** Verbs that introduce a question (the speaker of an unnamed question is the journalists). */
  questionVerbs: ReadonlySet<string>;
  /** Verbs of an outlet reporting ("передает", "хабарлайды"): never a quote's attribution. */
  reportVerbs: ReadonlySet<string>;
  /** Personal pronouns that may be a speaker → agreement. */
  pronouns: ReadonlyMap<string, Agreement>;
  /** Role nouns that refer back to a named person (stems: matched by prefix). */
  personRoles: readonly string[];
  /** Nouns naming an organisation or a document as a source (stems: matched by prefix). */
  orgRoles: readonly string[];
  /** Roles that are never resolved to a person (the journalists asking). */
  selfRoles: readonly string[];
  /** Prepositions: a capitalised word after one is a place or medium, not the speaker. */
  prepositions: ReadonlySet<string>;
  /** The document's morphology, when the pack has one: may this word be a nominative noun? */
  isNominative?: (word: string) => boolean;
  /** The document's morphology: is this word a first name, surname or patronymic? */
  isPersonName?: (word: string) => boolean;
  /**
   * The document's morphology: the lemma when the word's likeliest reading is an animate noun in the
   * nominative ("швейцар", "голландец"): a person named by what they are, a speaker of its own.
   */
  personNoun?: (word: string) => string | undefined;
  /**
   * The document's morphology: a function word or adverb ("Как", "Примерно", "Вручая") that a
   * capital letter at the sentence start does not make a name.
   */
  isFunctionWord?: (word: string) => boolean;
}

/** Builds verb forms from stems and endings, each with the agreement the ending implies. */
export function verbForms(stems: readonly string[], endings: readonly [string, Agreement][]): [string, Agreement][] {
  const out: [string, Agreement][] = [];
  for (const s of stems) for (const [e, a] of endings) out.push([s + e, a]);
  return out;
}
