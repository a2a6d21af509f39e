/**
 * English keyphrases: lower-case lemmas, the last word of a phrase made singular
 * ("wavelength services" → "wavelength service"); adverbs in -ly are never part of one.
 * @module
 */
import { englishLemma } from './en-lemma.js';
import { simpleLanguage } from './simple.js';
import type { KeywordLanguage } from './types.js';

/** English keyword rules. */
export const english: KeywordLanguage = simpleLanguage({
  key: englishLemma,
  head: englishLemma,
  skip: (lower) => (lower.endsWith('ly') && lower.length > 4) || lower.includes("'"),
});
