/**
 * English keyphrases: lower-case lemmas, the last word of a phrase made singular
 * ("wavelength services" → "wavelength service"); adverbs in -ly are never part of one.
 * @module
 */
import { englishLemma } from './en-lemma.js';
import { simpleLanguage } from './simple.js';
import type { KeywordLanguage } from './types.js';

/** English keyword rules. */
export const english: KeywordLanguage = {
  ...simpleLanguage({
    key: englishLemma,
    head: englishLemma,
    skip: (lower) => (lower.endsWith('ly') && lower.length > 4) || lower.includes("'"),
  }),
  // Phrases are favoured: F1@10 en-inspec / en-kpcrowd .114 / .170 at 1.3 against .093 / .176 at the Russian 0.8.
  weights: { phrase: 1.3 },
};
