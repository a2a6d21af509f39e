/**
 * Turns classified lines and the chosen body into sorted, merged chrome spans.
 * @module
 */
import type { ChromeKind, ChromeSpan } from '../../types.js';
import type { LineInfo } from './classify.js';

/** Kinds the layout assigned to whole lines (headline, byline, teaser). */
export type Assigned = Map<number, ChromeKind>;

/**
 * Chrome spans of the page. Outside the body every non-blank line is chrome: its own kind, the
 * kind `assigned` gives it, the kind of the block label above it ("Популярное" makes the list
 * under it `related`), or `other`. Inside the body only lines and parts recognised as chrome are
 * (subheadings and list items are body).
 */
export function chromeSpans(
  text: string,
  lines: LineInfo[], body: { start: number; end: number }, assigned: Assigned): ChromeSpan[] {
  const spans: ChromeSpan[] = [];
  let context: ChromeKind = 'other';
  for (const l of lines) {
    if (l.cls === 'blank') continue;
    const inside = l.start >= body.start && l.end <= body.end;
    const touches = l.end > body.start && l.start < body.end;
    if (l.block) context = l.block === 'related' ? 'related' : 'share';
    else if (touches && l.cls === 'prose') context = 'other';
    const own = assigned.get(l.index);
    if (l.parts.length > 0 && (touches || l.cls === 'chrome') && !own) {
      spans.push(...l.parts);
      continue;
    }
    if (inside || (touches && l.cls === 'prose')) {
      // Dates and numbers between paragraphs are the article's own (a schedule, a table, the
      // times of a live blog): a feed's next item would have ended the body.
      if (l.cls === 'chrome' && l.kind && !(inside && (l.kind === 'date' || l.kind === 'counter'))) {
        spans.push({ start: l.start, end: l.end, kind: l.kind });
      }
      // A link under a related label inside the body ("Читайте также" + headline).
      else if (l.cls === 'short' && context !== 'other') spans.push({ start: l.start, end: l.end, kind: context });
      continue;
    }
    if (touches) continue;
    spans.push({ start: l.start, end: l.end, kind: own ?? l.kind ?? context });
  }
  return merge(text, spans);
}

/** Joins neighbouring spans of one kind (a list of headlines becomes one `related` span). */
function merge(text: string, spans: ChromeSpan[]): ChromeSpan[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: ChromeSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === s.kind && s.start >= prev.end && isBlank(text, prev.end, s.start)) {
      prev.end = Math.max(prev.end, s.end);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i] as string)) return false;
  return true;
}
