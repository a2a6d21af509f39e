/**
 * Page layout: where the article body is in text copied from a news page, and which lines around
 * and inside it are page chrome (headline, byline, counters, photo credits, lists of other
 * headlines, share widgets, templates, ads).
 *
 * The method is structural so that it carries over to unseen sites and languages: lines are
 * classified by form (prose closes with sentence punctuation; list items and headlines do not)
 * and by short cue lists (`chrome-cues.ts`); prose lines are grouped into segments
 * that chrome runs separate; the largest segment is the article, and the body spans the
 * neighbouring segments that nothing marks as another text (`layout/extend.ts`). Text with no
 * chrome cue at all (a CMS body field, a dataset fragment) is all body but its headline and byline:
 * a wire dateline, a table of results or a list in it is the article's own.
 * @module
 */
import type { Body, ChromeKind } from '../types.js';
import { classifyLine, type LineInfo } from './layout/classify.js';
import { splitLines, trimmedExtent } from './layout/lines.js';
import { joinWrapped, markCaptions, markPeriodHeadline } from './layout/neighbours.js';
import { findByline, findHeadline, findTitleLine, type FoundByline } from './layout/people.js';
import { markTeaser, pickBody, segmentsOf } from './layout/segments.js';
import { isPlain, plainEnd, plainStart, spanSegments } from './layout/extend.js';
import { isWireDateline } from './layout/meta.js';
import { chromeSpans } from './layout/spans.js';

/** Options of {@link findBody}. */
export interface LayoutOptions {
  /** The article's headline when the caller knows it (from HTML or a CMS); helps to find the body. */
  title?: string;
}

/** Lines after the body searched for a byline. */
const BYLINE_AFTER = 4;

/** Non-blank lines from `from` walking by `step` until prose or a block label. */
function neighbours(lines: LineInfo[], from: number, step: 1 | -1, teasers: Set<number>): LineInfo[] {
  const out: LineInfo[] = [];
  for (let i = from; i >= 0 && i < lines.length; i += step) {
    const l = lines[i] as LineInfo;
    if (l.cls === 'blank') continue;
    if ((l.cls === 'prose' && !teasers.has(l.index)) || l.block || teasers.has(l.index)) break;
    out.push(l);
  }
  return out;
}

/**
 * A byline found after the body. In plain text it must close the text: a name-like line with more
 * lines under it is a heading of the article's own table ("American League").
 */
function signOff(lines: LineInfo[], found: FoundByline | undefined, plain: boolean): FoundByline | undefined {
  if (!found || !plain) return found;
  const lastLine = Math.max(...found.lines);
  for (let i = lastLine + 1; i < lines.length; i++) if ((lines[i] as LineInfo).cls !== 'blank') return undefined;
  return found;
}

/**
 * Finds the article body in text copied from a news page, and marks the chrome around and inside it.
 *
 * `start..end` runs from the first body paragraph to the last (JS string indices, `end`
 * exclusive). `chrome` lists the chrome spans sorted by start; some may lie inside the body (a
 * photo credit between paragraphs). Text without chrome is all body (trimmed), apart from a
 * headline or byline line above it.
 * Synchronous, pure and linear in the text's length; never throws.
 */
export function findBody(text: string, options: LayoutOptions = {}): Body {
  if (typeof text !== 'string' || text.length === 0) return { start: 0, end: 0, chrome: [] };
  const lines = splitLines(text).map(classifyLine);
  joinWrapped(lines);
  markCaptions(lines);
  markPeriodHeadline(lines);
  const teasers = markTeaser(lines);
  const titleLine = options.title ? findTitleLine(lines, options.title) : undefined;
  const segments = segmentsOf(lines, teasers, titleLine?.index);
  const segment = pickBody(segments, titleLine?.index);
  if (!segment) return { ...trimmedExtent(text), chrome: [], ...(options.title ? { title: options.title } : {}) };
  const plain = isPlain(lines, teasers);
  const extent = spanSegments(segments, segment, plain);

  const assigned = new Map<number, ChromeKind>();
  for (const t of teasers) assigned.set(t, 'other');
  const before = neighbours(lines, extent.first - 1, -1, teasers).reverse();
  const after = neighbours(lines, extent.last + 1, 1, teasers).slice(0, BYLINE_AFTER);
  const found = findByline(before, false) ?? signOff(lines, findByline(after, true), plain);
  for (const i of found?.lines ?? []) assigned.set(i, 'byline');
  const headline = titleLine ?? findHeadline(before, new Set(found?.lines));

  let { first, last } = extent;
  if (plain) {
    // Nothing marks any line as page chrome: the lines around the paragraphs are the article's own.
    const taken = new Set([...(found?.lines ?? []), ...(headline ? [headline.index] : [])]);
    if (first === segments[0]?.first) first = plainStart(lines, first, taken);
    if (last === segments[segments.length - 1]?.last) last = plainEnd(lines, last, taken);
  } else {
    const above = before[before.length - 1];
    if (above && above.cls === 'short' && isWireDateline(above.text)) first = above.index;
  }
  const range = { start: (lines[first] as LineInfo).bodyStart, end: (lines[last] as LineInfo).bodyEnd };
  if (headline && (headline.end <= range.start || headline.start >= range.end)) assigned.set(headline.index, 'headline');

  const body: Body = { ...range, chrome: chromeSpans(text, lines, range, assigned) };
  const title = options.title ?? headline?.text;
  if (title) body.title = title;
  if (found) body.byline = found.byline;
  return body;
}
