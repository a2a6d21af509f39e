/**
 * Maps an Enrichment computed on the normalized text back to the caller's offsets, in one place,
 * so that every stage can work on normalized text and every output offset still indexes the
 * caller's string (`mention.text === original.slice(start, end)`).
 * @module
 */
import type { Enrichment, Span } from '../types.js';
import type { NormalizedText } from './normalize.js';

/** Returns the enrichment with every span mapped to `original` and every span text re-read from it. */
export function toOriginalOffsets(result: Enrichment, normalized: NormalizedText, original: string): Enrichment {
  if (normalized.text === original) return result;
  const at = (offset: number) => normalized.toOriginal(offset);
  const span = <T extends Span>(s: T): T => ({ ...s, start: at(s.start), end: at(s.end) });
  const withText = <T extends Span & { text: string }>(s: T): T => {
    const mapped = span(s);
    return { ...mapped, text: original.slice(mapped.start, mapped.end) };
  };
  return {
    ...result,
    language: { ...result.language, paragraphs: result.language.paragraphs.map(span) },
    body: { ...span(result.body), chrome: result.body.chrome.map(span) },
    entities: result.entities.map((e) => ({ ...e, mentions: e.mentions.map(withText) })),
    quotes: result.quotes.map((q) => ({ ...withText(q), ...(q.cueStart !== undefined ? { cueStart: at(q.cueStart) } : {}) })),
    keywords: result.keywords.map((k) => ({ ...k, mentions: k.mentions.map(span) })),
  };
}
