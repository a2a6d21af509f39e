/**
 * Language of a whole text from its paragraphs.
 * @module
 */
import type { LanguageResult, ParagraphLanguage, Span } from '../types.js';
import { detect, type Detection, type DetectOptions } from './detect.js';

/** One paragraph's detection and how many characters it covers. */
export interface WeightedDetection extends Detection {
  length: number;
}

/**
 * The language covering the most characters among detected paragraphs (`und` ones aside), with
 * its length-weighted mean confidence; ties go to the alphabetically first code, for determinism.
 */
export function aggregateDetections(detections: readonly WeightedDetection[]): Detection {
  const weight = new Map<string, number>();
  const sure = new Map<string, number>();
  let total = 0;
  for (const { code, confidence, length } of detections) {
    if (code === 'und') continue;
    weight.set(code, (weight.get(code) ?? 0) + length);
    sure.set(code, (sure.get(code) ?? 0) + length * confidence);
    total += length;
  }
  let code = 'und';
  for (const [c, w] of weight) if (code === 'und' || w > weight.get(code)! || (w === weight.get(code)! && c < code)) code = c;
  const confidence = code === 'und' ? 0 : Math.round((sure.get(code)! / total) * 1000) / 1000;
  return { code, confidence };
}

/** See {@link detectTextLanguage} in index.ts. */
export function detectParagraphs(text: string, paragraphs: readonly Span[], options?: DetectOptions): LanguageResult {
  if (typeof text !== 'string') return { code: 'und', confidence: 0, paragraphs: [] };
  const spans = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }];
  const detections: WeightedDetection[] = [];
  const out: ParagraphLanguage[] = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(text.length, span.start | 0));
    const end = Math.max(start, Math.min(text.length, span.end | 0));
    const detection = detect(text.slice(start, end), options);
    out.push({ start: span.start, end: span.end, code: detection.code });
    detections.push({ ...detection, length: end - start });
  }
  return { ...aggregateDetections(detections), paragraphs: paragraphs.length > 0 ? out : [] };
}
