/**
 * Spans between quote marks, found by one left-to-right pass with a small state machine (no
 * regular expressions, so an unterminated quote costs one pass, not a backtracking blow-up).
 *
 * - `«…»` nest by counting; straight `"` (the normalized form of “ ” ″) and `„` open or close by
 *   what surrounds them; with straight marks one closing `"` may close two levels when the frame
 *   (`, -`, `.`, end of paragraph) follows it.
 * - A quote still open at the end of a paragraph continues when the next paragraph opens with the
 *   same kind of mark (news style: an opening mark on each paragraph, one closing at the end);
 *   each paragraph becomes its own piece. An unclosed quote that began its paragraph is kept
 *   (closing marks get lost when pages are copied); one that began mid-paragraph is dropped.
 * @module
 */
import type { Span } from '../types.js';
import { isSpace } from './scan.js';

/** A quoted piece of one paragraph. */
export interface MarkedSpan extends Span {
  /** Offset of the opening mark, or of the paragraph start for a continuation without a mark. */
  open: number;
  /** Offset of the closing mark; -1 when the quote is not closed in this paragraph. */
  close: number;
  /** Index of the paragraph in the list given. */
  paragraph: number;
  /** Several pieces of one multi-paragraph quote share a group number. */
  group: number;
}

type Mode = 0 | 1 | 2; // none, guillemets, straight

/** How many paragraphs an unclosed «…» may run on before we give up and rescan them. */
const MAX_RUN_ON = 6;

/** Quote-mark spans of the given paragraphs (sorted spans of `text`). */
export function findMarkedSpans(text: string, paragraphs: readonly Span[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let mode: Mode = 0;
  let depth = 0;
  let open = -1;
  let group = 0;
  // A «…» that began a paragraph and was not closed there may run on over the next paragraphs
  // (one pair of marks around several paragraphs). If no » comes soon, roll back and rescan.
  let runOn: { from: number; outLength: number } | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let i = para.start;
    if (mode !== 0 && !runOn) {
      // Continuing a quote from the previous paragraph: its first character re-opens it.
      open = i;
      depth = 1;
      i++;
    } else if (runOn) {
      open = i - 1; // the piece starts at the paragraph start
    }
    for (; i < para.end; i++) {
      const ch = text[i];
      if (mode === 0) {
        if (ch === '«') start(1, i);
        else if (ch === '„' || (ch === '"' && opensStraight(text, i, para))) start(2, i);
        continue;
      }
      if (mode === 1) {
        if (ch === '«') depth++;
        else if (ch === '»' && --depth === 0) finish(p, i);
        continue;
      }
      if (ch === '„') depth++;
      else if (ch === '"') {
        const opening = opensStraight(text, i, para) && !closesStraight(text, i, para);
        if (opening) depth++;
        else if (depth > 1 && closesAll(text, i, para)) {
          depth = 0;
          finish(p, i);
        } else if (--depth === 0) finish(p, i);
      }
    }
    if (mode === 0) continue;
    const next = paragraphs[p + 1];
    const beganParagraph = open === para.start || runOn !== undefined;
    // Only a quote that began its paragraph continues; one opened mid-paragraph lost its mark.
    const reopens = beganParagraph && next !== undefined && (mode === 1 ? text[next.start] === '«' : text[next.start] === '"' || text[next.start] === '„');
    if (runOn && (reopens || p - runOn.from >= MAX_RUN_ON - 1 || next === undefined)) {
      // Gave up on the run-on: keep the first paragraph's piece, rescan the rest.
      out.length = runOn.outLength;
      p = runOn.from - 1;
      runOn = undefined;
      mode = 0;
      group++;
      continue;
    }
    if (reopens || beganParagraph) out.push({ start: open + 1, end: para.end, open, close: -1, paragraph: p, group });
    if (!reopens && mode === 1 && beganParagraph && !runOn && next !== undefined) {
      runOn = { from: p + 1, outLength: out.length };
      continue;
    }
    if (!reopens && !runOn) {
      mode = 0;
      group++;
    }
  }
  return out;

  function start(m: Mode, i: number): void {
    mode = m;
    depth = 1;
    open = i;
  }
  function finish(p: number, i: number): void {
    out.push({ start: open + 1, end: i, open, close: i, paragraph: p, group });
    mode = 0;
    group++;
    runOn = undefined;
  }
}

/** A straight mark opens when it follows a space, a paragraph start or an opening bracket, and a non-space follows. */
function opensStraight(text: string, i: number, para: Span): boolean {
  if (i + 1 >= para.end || isSpace(text, i + 1)) return false;
  if (i === para.start) return true;
  const prev = text[i - 1]!;
  return isSpace(text, i - 1) || prev === '(' || prev === '[' || prev === '«' || prev === '-' || prev === ':' || prev === '/';
}

/** A straight mark closes when it follows a non-space. */
function closesStraight(text: string, i: number, para: Span): boolean {
  return i > para.start && !isSpace(text, i - 1) && !(text[i - 1] === '(' || text[i - 1] === '[');
}

/** Whether a frame follows the mark at `i`, so it closes every open level (`"… "…", - сказал он`). */
function closesAll(text: string, i: number, para: Span): boolean {
  let j = i + 1;
  while (j < para.end && text[j] === ' ') j++;
  if (j >= para.end) return true;
  const c = text[j]!;
  if (c === ',') {
    let k = j + 1;
    while (k < para.end && text[k] === ' ') k++;
    return text[k] === '-';
  }
  if (c === '-') return j + 1 < para.end && text[j + 1] === ' ';
  return (c === '.' || c === '»') && j + 1 >= para.end;
}
