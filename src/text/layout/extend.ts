/**
 * Widens the chosen body segment to the whole article. Picking the segment with the most prose
 * finds the article, but an article is often cut into several segments by lines that are not
 * prose: a table of results, a list, a run of quotes, a subheading with a date. Nothing marks
 * those lines as chrome, so the body spans every neighbouring segment up to the first boundary a
 * cue or a structure marks (see `Segment.hardBefore`).
 *
 * Plain text (a CMS body field, a dataset fragment: no chrome cue anywhere) is all body apart
 * from its headline and byline, also before the first and after the last paragraph.
 * @module
 */
import type { LineInfo } from './classify.js';
import type { Segment } from './segments.js';

/** First and last line of the body. */
export interface Extent {
  first: number;
  last: number;
}

/**
 * A run of paragraphs each under its own short line (a headline and a lead, repeated) is a list
 * of teasers, not a continuation of the article.
 */
function isTeaserList(s: Segment): boolean {
  return s.gaps >= 2 && s.gaps * 2 >= s.prose;
}

/**
 * The body segment joined with every neighbour that no hard boundary separates from it. On a page
 * a person's name between two segments is a boundary too (an author box with a bio under it), and
 * a run of short lines each over one paragraph is a list of teasers; in plain text a name-like
 * line is a subheading ("Всё-таки Проди") and such a run is the article's own list (of quotes, of
 * items).
 */
export function spanSegments(segments: readonly Segment[], best: Segment, plain: boolean): Extent {
  const open = (s: Segment): boolean => !s.hardBefore && (plain || !s.nameBefore);
  const article = (s: Segment): boolean => plain || !isTeaserList(s);
  let at = segments.indexOf(best);
  let from = at;
  while (from > 0 && open(segments[from] as Segment) && article(segments[from - 1] as Segment)) from--;
  while (at + 1 < segments.length && open(segments[at + 1] as Segment) && article(segments[at + 1] as Segment)) at++;
  return { first: (segments[from] as Segment).first, last: (segments[at] as Segment).last };
}

/** Date and counter lines alone do not make a page: wire copy opens with a dateline, tables hold numbers. */
function isPageCue(l: LineInfo, teasers: ReadonlySet<number>): boolean {
  if (l.block || teasers.has(l.index)) return true;
  return l.cls === 'chrome' && l.kind !== 'date' && l.kind !== 'counter';
}

/** True when no line of the text is page chrome recognised by a cue. */
export function isPlain(lines: readonly LineInfo[], teasers: ReadonlySet<number>): boolean {
  return !lines.some((l) => isPageCue(l, teasers));
}

/**
 * Where a plain text's body starts: walking back from the first paragraph over short lines (a
 * wire dateline is one) up to the headline or byline (`taken`). A date or number line does not
 * stop the walk (a table row, a dateline's date) but the body does not start on one.
 */
export function plainStart(lines: readonly LineInfo[], first: number, taken: ReadonlySet<number>): number {
  let start = first;
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i] as LineInfo;
    if (l.cls === 'blank' || l.kind === 'date' || l.kind === 'counter') continue;
    if (taken.has(l.index) || l.cls !== 'short') break;
    start = i;
  }
  return start;
}

/**
 * Where a plain text's body ends: after the last paragraph, short lines (a table, a list, a
 * sign-off) stay body up to the byline (`taken`). Date and number lines do not stop the table, but
 * the body ends on one only when it is a list item ("9. Andersson 1:34"): a date under the text is
 * the page's.
 */
export function plainEnd(lines: readonly LineInfo[], last: number, taken: ReadonlySet<number>): number {
  let end = last;
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i] as LineInfo;
    if (l.cls === 'blank') continue;
    if (l.kind === 'date' || l.kind === 'counter') {
      if (l.item) end = i;
      continue;
    }
    if (taken.has(l.index) || l.cls !== 'short') break;
    end = i;
  }
  return end;
}
