/**
 * The language stage of the pipeline: the article's language from its body paragraphs (chrome
 * such as lists of other headlines says little about the article), every paragraph's own code,
 * and the caller's `lang`, which wins over detection.
 * @module
 */
import type { Body, LanguageResult, Span } from '../types.js';
import { detectLanguage, type DetectOptions } from './index.js';
import { aggregateDetections, type WeightedDetection } from './paragraphs.js';

/** Paragraph detections below this confidence take the article's language instead. */
const WEAK_PARAGRAPH = 0.3;
/**
 * Characters of a paragraph read for detection: 600 characters decide a paragraph's language
 * as well as all of it does (dev paragraphs of 400+ characters are all right), and a long
 * paragraph then costs no more than a short one.
 */
const PARAGRAPH_SAMPLE = 600;

/** Detects the article's language; `callerLang` (ISO 639-1), when given, wins with confidence 1. */
export function detectArticleLanguage(
  text: string,
  paragraphs: readonly Span[],
  body: Body,
  callerLang: string | undefined,
  options: DetectOptions,
): LanguageResult {
  const detections: WeightedDetection[] = paragraphs.map((p) => ({
    ...detectLanguage(text.slice(p.start, Math.min(p.end, p.start + PARAGRAPH_SAMPLE)), options),
    length: p.end - p.start,
  }));
  const inBody = detections.filter((_, i) => isInBody(paragraphs[i]!, body));
  const article = aggregateDetections(inBody.length > 0 ? inBody : detections);
  const documentCode = callerLang ?? article.code;
  const perParagraph = paragraphs.map((p, i) => {
    const own = detections[i]!;
    // A name or a date line alone is too little evidence to contradict the article around it.
    const code = own.confidence < WEAK_PARAGRAPH && documentCode !== 'und' ? documentCode : own.code;
    return { start: p.start, end: p.end, code };
  });
  return { code: documentCode, confidence: callerLang ? 1 : article.confidence, paragraphs: perParagraph };
}

/** A paragraph is body text when it lies in the body range and is not itself a chrome span. */
function isInBody(paragraph: Span, body: Body): boolean {
  if (paragraph.start < body.start || paragraph.end > body.end) return false;
  return !body.chrome.some((c) => c.start <= paragraph.start && c.end >= paragraph.end);
}
