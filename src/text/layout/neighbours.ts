/**
 * Corrections that need a line's neighbours: hard-wrapped paragraphs and captions above credits.
 * Each pass is one walk over the lines.
 * @module
 */
import type { LineInfo } from './classify.js';
import { isWireDateline } from './meta.js';
import { nameOf } from './people.js';

/** Width from which an unpunctuated line may be a hard-wrapped part of a paragraph. */
const WRAP_WIDTH = 40;
/** Captions are short. */
const CAPTION_WORDS = 25;
/** Headlines are short, also those that close with a period. */
const HEADLINE_WORDS = 20;

/**
 * Re-labels hard-wrapped paragraph lines as prose: a long unpunctuated line directly followed
 * (no blank line) by prose that starts in lower case continues that prose. Headline lists never
 * do this: their items start with a capital. Walks backwards so that a whole wrapped paragraph
 * joins its last line.
 */
export function joinWrapped(lines: LineInfo[]): void {
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i] as LineInfo;
    const next = lines[i + 1] as LineInfo;
    if (l.cls === 'short' && l.text.length >= WRAP_WIDTH && !l.shape.ellipsis && next.cls === 'prose' && next.shape.lowerStart) {
      l.cls = 'prose';
    }
  }
}

/**
 * Marks a short line directly above a photo credit as the photo's caption, once the article has
 * started (above the first paragraph the same line is more likely the headline).
 */
export function markCaptions(lines: LineInfo[]): void {
  let seenProse = false;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as LineInfo;
    const prev = lines[i - 1] as LineInfo;
    if (prev.cls === 'prose') seenProse = true;
    if (seenProse && l.kind === 'photo' && prev.cls === 'short' && prev.shape.words <= CAPTION_WORDS) {
      prev.cls = 'chrome';
      prev.kind = 'caption';
    }
  }
}

/**
 * Re-labels the text's first line as a short line when it reads as a sentence but an author's
 * name or a wire dateline follows it: a headline that closes with a period ("Brisk economic
 * reports rattle markets anew ." over "Glenn Somerville" or "WASHINGTON 1996-08-30"). Left as
 * prose it would be a paragraph of its own, cut off from the story.
 */
export function markPeriodHeadline(lines: LineInfo[]): void {
  const first = lines.find((l) => l.cls !== 'blank');
  if (!first || first.cls !== 'prose' || first.shape.words > HEADLINE_WORDS || first.parts.length > 0) return;
  const next = lines.find((l) => l.index > first.index && l.cls !== 'blank');
  if (next && next.cls === 'short' && (nameOf(next.text) !== undefined || isWireDateline(next.text))) first.cls = 'short';
}
