/**
 * Language detection for news text in the languages of Russia, Central Asia and the Caucasus,
 * plus the big languages they are quoted next to. Synchronous and self-contained (the data
 * ships in data/langid.json) so that it runs the same in Node and in the browser.
 * @module
 */
import type { LanguageResult, Span } from '../types.js';
import { detect, type DetectOptions } from './detect.js';
import { detectParagraphs } from './paragraphs.js';

export type { DetectOptions } from './detect.js';

/**
 * ISO 639-1 codes this detector can return (besides `und`). Callers validate a user-given
 * `lang` against it rather than trusting codes the rest of the pipeline cannot handle.
 * @example
 * ```ts
 * import { SUPPORTED_LANGUAGES } from 'news-enrich';
 * const lang = SUPPORTED_LANGUAGES.includes(form.lang) ? form.lang : undefined;
 * ```
 */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze([
  'ru', 'kk', 'en', 'uz', 'ky', 'tg', 'tk', 'az', 'tr', 'uk', 'be', 'tt', 'ba', 'mn', 'zh', 'de', 'fr',
]);

/**
 * Language of one piece of text. Returns `und` with confidence 0 when there are too few
 * letters or the script is none of the supported languages', so that a caller never mistakes
 * a guess for a finding; confidence also shrinks for short text, where neighbours such as
 * Kazakh and Kyrgyz differ by a letter or two. Never throws; reads at most the first 20,000
 * characters of very long input.
 * @example
 * ```ts
 * import { detectLanguage } from 'news-enrich';
 * detectLanguage('Астанада халықаралық форум өтті.'); // { code: 'kk', confidence: 0.7 }
 * detectLanguage('Ok');                               // { code: 'und', confidence: 0 }
 * ```
 */
export function detectLanguage(
  text: string,
  options?: DetectOptions,
): {
  /** ISO 639-1 code, or `und` when undetermined. */
  code: string;
  /** 0..1; low for short or ambiguous text. */
  confidence: number;
} {
  try {
    return detect(text, options);
  } catch {
    return { code: 'und', confidence: 0 };
  }
}

/**
 * Language of a document and of each paragraph. Mixed Russian/Kazakh articles are common, so
 * every paragraph (a span of `text`) gets its own code, and the document's code is the one
 * covering the most characters rather than the first paragraph's. An empty `paragraphs` list
 * means "the text is one paragraph" and yields an empty `paragraphs` result.
 */
export function detectTextLanguage(text: string, paragraphs: readonly Span[], options?: DetectOptions): LanguageResult {
  try {
    return detectParagraphs(text, paragraphs, options);
  } catch {
    return { code: 'und', confidence: 0, paragraphs: [] };
  }
}
