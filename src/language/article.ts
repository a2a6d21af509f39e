/**
 * The language stage of the pipeline: the article's language from its body paragraphs (chrome
 * such as lists of other headlines says little about the article), every paragraph's own code,
 * and the caller's `lang`, which wins over detection.
 * @module
 */
import type { Body, LanguageResult, Span } from '../types.js';
import { detectLanguage, detectTextLanguage, type DetectOptions } from './index.js';

/** Detects the article's language; `callerLang` (ISO 639-1), when given, wins with confidence 1. */
export function detectArticleLanguage(
  text: string,
  paragraphs: readonly Span[],
  body: Body,
  callerLang: string | undefined,
  options: DetectOptions,
): LanguageResult {
  const bodyParagraphs = paragraphs.filter((p) => isInBody(p, body));
  const fromBody = detectTextLanguage(text, bodyParagraphs.length > 0 ? bodyParagraphs : paragraphs, options);
  const documentCode = callerLang ?? fromBody.code;
  const perParagraph = paragraphs.map((p) => {
    const own = detectLanguage(text.slice(p.start, p.end), options);
    // A name or a date line alone is too little evidence to contradict the article around it.
    const code = own.confidence < WEAK_PARAGRAPH && documentCode !== 'und' ? documentCode : own.code;
    return { start: p.start, end: p.end, code };
  });
  return { code: documentCode, confidence: callerLang ? 1 : fromBody.confidence, paragraphs: perParagraph };
}

/** Paragraph detections below this confidence take the article's language instead. */
const WEAK_PARAGRAPH = 0.3;

/** A paragraph is body text when it lies in the body range and is not itself a chrome span. */
function isInBody(paragraph: Span, body: Body): boolean {
  if (paragraph.start < body.start || paragraph.end > body.end) return false;
  return !body.chrome.some((c) => c.start <= paragraph.start && c.end >= paragraph.end);
}
