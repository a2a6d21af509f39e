/**
 * Groups prose lines into segments and picks the article body among them. Two or more chrome or
 * short lines in a row (a headline and a byline, a list of other headlines, an author box) or a
 * block label ("Популярное") separate segments; a single short line (a subheading, a photo
 * credit) does not. The article is the segment with the most prose; each segment also records
 * what separated it from the previous one, so that `extend.ts` can join the article's other parts.
 * @module
 */
import type { LineInfo } from './classify.js';
import { isHeadline, nameOf } from './people.js';

/** A run of prose lines not separated by chrome. */
export interface Segment {
  /** Line index of the first and last prose line. */
  first: number;
  last: number;
  /** Characters of body prose. */
  size: number;
  /** A block label ("Читайте также", "Комментарии") came between the previous segment and this one. */
  afterBlock: boolean;
  /** Some segment comes before this one. */
  hasPrevious: boolean;
  /** Prose lines, and single non-prose lines between them (subheadings, credits, links). */
  prose: number;
  gaps: number;
  /**
   * Only a related label and at most one link separate this segment from the previous one
   * ("Читайте также" + a headline in the middle of an article).
   */
  soft: boolean;
  /**
   * Something between the previous segment and this one marks a boundary between texts: a block
   * label, a teaser, the caller's title, a chrome line of a page-furniture kind, or a date next to
   * a headline (the next item of a feed). Without it the lines in between are part of one article
   * (a table of results, a list, a subheading) and the body may span both.
   */
  hardBefore: boolean;
  /** A line between the previous segment and this one is a person's name (an author box on a page). */
  nameBefore: boolean;
  /** Headline-like lines between the previous segment and this one. */
  headlinesBefore: number;
}

/** Weight of segments that follow a block label after earlier prose: likely teasers of other articles. */
const AFTER_BLOCK_WEIGHT = 0.25;
/** Weight of segments that end before the caller's title: the article follows its headline. */
const BEFORE_TITLE_WEIGHT = 0.25;
/** A single paragraph after a related label joins the body only when this long: teasers are shorter. */
const MIN_SOFT_SIZE = 300;
/**
 * A feed item's header is a date and a headline (two or three lines); a longer run with dates in
 * it is a table inside the article (a schedule, results).
 */
const FEED_GAP = 3;
/** Unknown or chrome lines in a row that end a segment. */
const BREAK = 2;

function dedupKey(text: string): string {
  return text.slice(0, 200).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 60);
}

/**
 * Marks the page's first prose line as a duplicate teaser when a later prose line starts the
 * same way (a lead shown above the article and repeated in it, or the whole article run together
 * in one paragraph). Only the first prose line: later repeats are pull quotes, inside the body.
 */
export function markTeaser(lines: LineInfo[]): Set<number> {
  const teasers = new Set<number>();
  const first = lines.find((l) => l.cls === 'prose');
  if (!first || first.text.length < 80) return teasers;
  const key = dedupKey(first.text);
  if (key.length < 40) return teasers;
  for (let i = first.index + 1; i < lines.length; i++) {
    const l = lines[i] as LineInfo;
    if (l.cls === 'prose' && l.text.length <= first.text.length && dedupKey(l.text) === key) {
      teasers.add(first.index);
      break;
    }
  }
  return teasers;
}

/**
 * Splits the page into prose segments. `teasers` are prose lines to treat as chrome; the
 * caller's title line, when known, always starts a new segment (a new article starts there).
 */
export function segmentsOf(lines: LineInfo[], teasers: Set<number>, titleLine?: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let run = 0;
  let block: LineInfo['block'];
  let gapLines = 0;
  let listOpen = false;
  const gap: Gap = { hard: false, meta: false, headline: false, name: false, headlines: 0 };
  for (const l of lines) {
    if (l.cls === 'blank') continue;
    if (l.cls === 'prose' && !teasers.has(l.index)) {
      if (!current || run >= BREAK || block) {
        const soft = current !== undefined && block === 'related' && gapLines <= 2 && run < BREAK + 1;
        current = {
          first: l.index, last: l.index, size: 0, afterBlock: block !== undefined, hasPrevious: segments.length > 0,
          prose: 0, gaps: 0, soft, hardBefore: gap.hard || (gap.meta && gap.headline && gapLines <= FEED_GAP), nameBefore: gap.name, headlinesBefore: gap.headlines,
        };
        segments.push(current);
      } else if (gapLines > 0) {
        current.gaps++;
      }
      current.last = l.index;
      current.size += l.bodyEnd - l.bodyStart;
      current.prose++;
      run = 0;
      gapLines = 0;
      block = undefined;
      listOpen = l.text.endsWith(':');
      gap.hard = gap.meta = gap.headline = gap.name = false;
      gap.headlines = 0;
      continue;
    }
    gapLines++;
    noteGapLine(gap, l, teasers.has(l.index) || l.index === titleLine);
    if (l.block) block = block ?? l.block;
    else if (teasers.has(l.index) || l.index === titleLine) run += BREAK + 1;
    else if (listOpen && l.item && l.cls === 'short') continue; // items of a list the body introduced
    else if (l.kind === 'photo' || l.kind === 'caption' || l.kind === 'ad') continue; // between paragraphs
    else run++;
    listOpen = false;
  }
  return mergeSoft(segments);
}

/** Soft chrome kinds: they sit between paragraphs of one article. */
const BETWEEN_PARAGRAPHS = new Set(['photo', 'caption', 'ad']);

/** Records what one non-prose line between segments says about the boundary (see {@link Segment.hardBefore}). */
/** What the lines between two segments held so far. */
interface Gap {
  hard: boolean;
  meta: boolean;
  headline: boolean;
  name: boolean;
  headlines: number;
}

function noteGapLine(gap: Gap, l: LineInfo, marked: boolean): void {
  if (marked || l.block) gap.hard = true;
  else if (l.cls === 'chrome') {
    if (l.kind === 'date' || l.kind === 'counter') gap.meta = true;
    else if (!BETWEEN_PARAGRAPHS.has(l.kind ?? '')) gap.hard = true;
  } else if (nameOf(l.text) !== undefined) gap.name = true;
  else if (isHeadline(l)) {
    gap.headline = true;
    gap.headlines++;
  }
}

/**
 * Joins a segment to the one before it when only a related label and one link separate them,
 * unless the segment looks like a list of teasers (a link line between most of its paragraphs, or
 * one short paragraph under one headline).
 */
function mergeSoft(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && s.soft && s.gaps * 2 < s.prose && (s.prose >= 2 || s.size >= MIN_SOFT_SIZE)) {
      prev.last = s.last;
      prev.size += s.size;
      prev.prose += s.prose;
      prev.gaps += s.gaps + 1;
    } else {
      out.push(s);
    }
  }
  return out;
}

/** The segment that is the article body, or undefined when the page has no prose. */
export function pickBody(segments: Segment[], titleLine?: number): Segment | undefined {
  let best: Segment | undefined;
  let bestScore = -1;
  for (const s of segments) {
    let score = s.size;
    if (s.afterBlock && s.hasPrevious) score *= AFTER_BLOCK_WEIGHT;
    if (titleLine !== undefined && s.last < titleLine) score *= BEFORE_TITLE_WEIGHT;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
