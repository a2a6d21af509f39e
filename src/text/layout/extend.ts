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
import { isHeadline } from './people.js';
import type { Segment } from './segments.js';

/** Headline-like lines in a row after the body that make an unlabelled list of other articles on a page. */
const HEADLINE_LIST = 3;

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
 * more lines are boundaries: a person's name (an author box with a bio under it), a headline above
 * the body, three headlines below it, and a run of paragraphs each under its own short line (a
 * list of teasers). In plain text a name-like line is a subheading ("Всё-таки Проди") and such a
 * run is the article's own list (of quotes, of items).
 */
export function spanSegments(segments: readonly Segment[], best: Segment, plain: boolean): Extent {
  const open = (s: Segment): boolean => !s.hardBefore && (plain || !s.nameBefore);
  const article = (s: Segment): boolean => plain || !isTeaserList(s);
  let at = segments.indexOf(best);
  let from = at;
  // On a page, a headline above the body starts the article: prose above it is something else.
  while (from > 0 && open(segments[from] as Segment) && (plain || (segments[from] as Segment).headlinesBefore === 0) &&
    article(segments[from - 1] as Segment)) from--;
  // After the body, a run of headlines with no label is still a list of other articles.
  while (at + 1 < segments.length && open(segments[at + 1] as Segment) &&
    (plain || (segments[at + 1] as Segment).headlinesBefore < HEADLINE_LIST) && article(segments[at + 1] as Segment)) at++;
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
    // A time is the page's publication line ("18 февраля 2022, 12:53 - Агентство"), not the story.
    if (taken.has(l.index) || l.cls !== 'short' || TIME.test(l.text)) break;
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
  let run = 0;
  let beforeRun = last;
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i] as LineInfo;
    if (l.cls === 'blank') continue;
    if (l.kind === 'date' || l.kind === 'counter') {
      if (l.item) end = i;
      run = 0;
      continue;
    }
    if (taken.has(l.index) || l.cls !== 'short') break;
    if (!isHeadlineRow(l)) run = 0;
    else if (run++ === 0) beforeRun = end;
    // Three headlines in a row under the text: other articles, copied without their label.
    if (run >= HEADLINE_LIST) return beforeRun;
    // A label ("Сейчас читают", "(Фото: site.kz)") ends the body only with body lines under it (a table's heading).
    if (!isLabel(l)) end = i;
  }
  return end;
}

/** Times of day ("12:53"). */
const TIME = /\d:\d\d/;

/** A short label: up to three words without digits or final punctuation, or a line in brackets. */
function isLabel(l: LineInfo): boolean {
  if (/^\(.*\)$/.test(l.text)) return true;
  return l.shape.words <= 3 && !/\d/.test(l.text) && !/[.!?;:,"»)]$/.test(l.text);
}

/**
 * A line that reads as another article's headline: words only. Rows of a table have numbers
 * (scores, times, ranks) or are in capitals; list items have markers.
 */
function isHeadlineRow(l: LineInfo): boolean {
  return isHeadline(l) && !l.item && !/\d/.test(l.text) && /\p{Ll}/u.test(l.text);
}
