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
 * at run time (the model stores the keys, not the features). `context`, when the language uses
 * document-level features, is what its `documentContext` computed from the whole document.
 */
export type FeatureExtractor<C = unknown> = (words: readonly string[], context?: C) => SentenceFeatures;

/** A trained tagger for one language. */
export interface SequenceTagger {
  /** Labels the model knows (`O`, `B-PER`, ...). */
  readonly labels: readonly string[];
  /** Typed spans over the sentence's word indices; `context` from {@link SequenceTagger.documentContext}. */
  tag(words: readonly string[], context?: unknown): TokenSpan[];
  /**
   * What the tagger wants to know about the whole document before tagging its sentences
   * (document-level features); optional, and passed to {@link SequenceTagger.tag}.
   */
  documentContext?(sentences: readonly (readonly string[])[]): unknown;
}

/**
 * Builds a tagger from a model JSON and the language's feature extractor; `documentContext`
 * (optional) computes the extractor's document-level context once per document.
 */
export function createTagger<C = unknown>(
  json: TaggerModelJson,
  extract: FeatureExtractor<C>,
  documentContext?: (sentences: readonly (readonly string[])[]) => C,
): SequenceTagger {
  const model = new TaggerModel(json);
  return {
    labels: model.labels,
    tag(words, context) {
      if (words.length === 0) return [];
      return spansOf(model.labels, viterbi(model, extract(words, context as C | undefined)));
    },
    ...(documentContext ? { documentContext } : {}),
  };
}
