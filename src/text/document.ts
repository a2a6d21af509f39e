/**
 * The analysed document every later stage reads: the normalized text, the body (what the stages
 * analyse: nothing from the chrome), and its paragraphs, sentences and tokens. The article's own
 * headline is analysed too: it is chrome for body detection, but its names are the article's
 * (a headline often names the person the body then calls by surname only). All spans here are offsets into `text` (normalized); the
 * pipeline maps them back to the caller's text once, at the end.
 * @module
 */
import type { Body, Span } from '../types.js';
import type { NormalizedText } from './normalize.js';
import { splitParagraphs, splitSentences, tokenize, type Token } from './segment.js';

/** A document ready for the language stages. */
export interface ArticleDocument {
  /** Normalized text; every span below indexes it. */
  readonly text: string;
  /** ISO 639-1 code of the article (`und` when unknown). */
  readonly lang: string;
  /** The article body (normalized offsets), chrome included. */
  readonly body: Body;
  /** The headline (when the page has one), then the body paragraphs that are not chrome. */
  readonly paragraphs: readonly Span[];
  /** Sentences of those paragraphs, in order. */
  readonly sentences: readonly Span[];
  /** Tokens of those paragraphs, in order. */
  readonly tokens: readonly Token[];
  /** True when a span lies (partly) in chrome or outside the headline and body: such text is never tagged. */
  isChrome(span: Span): boolean;
}

/** Builds the document from the normalized text, its body and language. */
export function buildDocument(normalized: NormalizedText, body: Body, lang: string): ArticleDocument {
  const { text } = normalized;
  const headlines = body.chrome.filter((c) => c.kind === 'headline' && c.end <= body.start);
  const innerChrome = body.chrome.filter((c) => c.kind !== 'headline' && c.end > body.start && c.start < body.end);
  const bodyParagraphs = splitParagraphs(text, body).flatMap((p) => withoutChrome(p, innerChrome));
  const paragraphs = [...headlines.map(({ start, end }) => ({ start, end })), ...bodyParagraphs];
  const analysed = [...headlines, body];
  // Appended in loops, not flatMap: flatMap's concatenation was a tenth of the document stage.
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    for (const sentence of splitSentences(text, p)) sentences.push(sentence);
    for (const token of tokenize(text, p)) tokens.push(token);
  }
  return {
    text,
    lang,
    body,
    paragraphs,
    sentences,
    tokens,
    isChrome: (span) =>
      !analysed.some((region) => region.start <= span.start && span.end <= region.end) ||
      innerChrome.some((c) => c.start < span.end && span.start < c.end),
  };
}

/** The parts of a paragraph outside chrome spans (a credit glued to a body line is cut off). */
function withoutChrome(paragraph: Span, chrome: readonly Span[]): Span[] {
  let parts: Span[] = [paragraph];
  for (const c of chrome) {
    if (c.end <= paragraph.start || c.start >= paragraph.end) continue;
    parts = parts.flatMap((p) => {
      if (c.end <= p.start || c.start >= p.end) return [p];
      const pieces: Span[] = [];
      if (c.start > p.start) pieces.push({ start: p.start, end: c.start });
      if (c.end < p.end) pieces.push({ start: c.end, end: p.end });
      return pieces;
    });
  }
  return parts;
}
