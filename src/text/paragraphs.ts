/**
 * Paragraphs: the lines of the text. News copied from a page, a CMS or a wire feed marks paragraphs
 * with a blank line or with a single newline, and a headline or a photo caption is one line, so
 * every line break ends a paragraph, and blank lines are dropped.
 * @module
 */

import type { Span } from '../types.js';
import { classAt, INVISIBLE, SPACE, widthAt } from './chars.js';
import { clampSpan } from './tokens.js';

/** Line breaks of raw or normalized text: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Paragraph spans of `text` inside `within` (default: the whole text): the text between line breaks,
 * trimmed of whitespace and invisible characters (BOM, zero-width), and non-empty. Sorted and
 * disjoint. Linear time; never throws.
 */
export function splitParagraphs(text: string, within?: Span): Span[] {
  if (typeof text !== 'string') return [];
  const [start, end] = clampSpan(text, within);
  const spans: Span[] = [];
  let lineStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isLineBreak(text.charCodeAt(i))) continue;
    const span = trimSpan(text, lineStart, i);
    if (span !== undefined) spans.push(span);
    lineStart = i + 1;
  }
  return spans;
}

/** `[start, end)` without leading and trailing whitespace or invisible characters; undefined if nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  while (s < end && isBlank(classAt(text, s))) s += widthAt(text, s);
  let e = end;
  while (e > s && isBlank(classAt(text, e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}

function isBlank(k: number): boolean {
  return k === SPACE || k === INVISIBLE;
}
