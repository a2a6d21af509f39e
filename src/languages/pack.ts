/**
 * The language pack interface: everything language-specific sits behind it, so adding a language
 * is adding a folder under `src/languages/`. Packs are passed to {@link createEnricher} explicitly
 * (no global self-registration: bundlers would drop such side-effect imports).
 * @module
 */
import type { ArticleDocument } from '../text/document.js';
import type { Entity } from '../types.js';

/**
 * Resources a pack has loaded. Every hook is optional: a stage whose hook a pack lacks yields
 * nothing for that language rather than guessing with another language's rules.
 * @example
 * ```ts
 * // What a minimal pack's load() resolves to: keywords get stopwords, nothing else is language-specific.
 * const loaded: LoadedLanguage = { code: 'uz', stopwords: new Set(['va', 'bu', 'bilan']) };
 * ```
 */
export interface LoadedLanguage {
  /** ISO 639-1 code. */
  readonly code: string;
  /**
   * Named entities of the document's body, resolved (one entity per real-world referent) and
   * linked (language-independent ids). Offsets index `doc.text`.
   */
  readonly recognizeEntities?: (doc: ArticleDocument) => Entity[];
  /** Dictionary form of a word, lower case (for keywords and normal forms). */
  readonly lemmatize?: (word: string) => string;
  /** All morphological readings of a word, most likely first (languages with a dictionary). */
  readonly analyze?: (word: string) => readonly WordAnalysis[];
  /** The word put into the given grammemes (OpenCorpora names, e.g. ['nomn', 'sing']). */
  readonly inflect?: (word: string, grammemes: readonly string[]) => string | undefined;
  /** Words never to be keywords on their own (lower case). */
  readonly stopwords?: ReadonlySet<string>;
}

/** One morphological reading of a word (OpenCorpora grammeme names). */
export interface WordAnalysis {
  /** Dictionary form, lower case ("президента" → "президент"). */
  lemma: string;
  /** NOUN, ADJF, VERB, INFN, PRTF, NUMR, PREP, CONJ, ... */
  pos: string;
  /** nomn, gent, datv, accs, ablt, loct, ... (nouns, adjectives, participles). */
  case?: string;
  /** masc, femn, neut, ms-f. */
  gender?: string;
  /** sing, plur. */
  number?: string;
  /** Name, Surn, Patr, Geox, Orgn, Abbr, Init, anim, inan, Fixd, ... */
  grammemes: readonly string[];
  /** How likely this reading is, 0..1 (the readings of a word sum to about 1). */
  score: number;
}

/**
 * A language pack: cheap to import, its heavy resources load in {@link LanguagePack.load}.
 * @example
 * ```ts
 * import { createEnricher } from 'news-enrich';
 * import { kk } from 'news-enrich/kk';
 * import { en } from 'news-enrich/en';
 * const enricher = await createEnricher({ packs: [kk, en] }); // no Russian: no dictionary to load
 * ```
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  readonly code: string;
  /** English name of the language. */
  readonly name: string;
  /** Loads the pack's resources once; called by `createEnricher`. */
  load(): Promise<LoadedLanguage>;
}

/** Builds a pack whose resources are loaded lazily on first `load()` and then shared. */
export function definePack(code: string, name: string, loader: () => Promise<LoadedLanguage>): LanguagePack {
  let loading: Promise<LoadedLanguage> | undefined;
  return {
    code,
    name,
    load: () => (loading ??= loader()),
  };
}

/**
 * A value built on first call and then shared: what a pack's `load()` uses to put off work the
 * first article in its language needs but an enricher that never sees one does not (decoding a
 * NER model costs ~40-120 ms and a few MB; measured on createEnricher() with all three packs).
 * `build` must be synchronous: the pipeline calls the hooks synchronously.
 * @example
 * ```ts
 * const tagger = onFirstUse(() => createTagger(model, keys));
 * return { code: 'kk', recognizeEntities: (doc) => recognize(doc, tagger()) };
 * ```
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
