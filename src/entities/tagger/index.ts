/**
 * A language-independent BIO sequence tagger: a language supplies the feature extractor (what it
 * knows about its words), the model supplies the weights. Synchronous, deterministic, linear.
 * @module
 */
import { spansOf, viterbi, type TokenSpan } from './decode.js';
import { TaggerModel, type TaggerModelJson } from './model.js';

import type { SentenceFeatures } from './keys.js';

export { combine, hashFeature } from './hash.js';
export { fromStrings, KeyBuffer, type SentenceFeatures } from './keys.js';
export { TaggerModel, type TaggerModelJson } from './model.js';
export { spansOf, viterbi, type TokenSpan } from './decode.js';

/**
 * Hashed feature keys of every token of one sentence. Must be the same function at training and
 * at run time (the model stores the keys, not the features).
 */
export type FeatureExtractor = (words: readonly string[]) => SentenceFeatures;

/** A trained tagger for one language. */
export interface SequenceTagger {
  /** Labels the model knows (`O`, `B-PER`, ...). */
  readonly labels: readonly string[];
  /** Typed spans over the sentence's word indices. */
  tag(words: readonly string[]): TokenSpan[];
}

/** Builds a tagger from a model JSON and the language's feature extractor. */
export function createTagger(json: TaggerModelJson, extract: FeatureExtractor): SequenceTagger {
  const model = new TaggerModel(json);
  return {
    labels: model.labels,
    tag(words) {
      if (words.length === 0) return [];
      return spansOf(model.labels, viterbi(model, extract(words)));
    },
  };
}
