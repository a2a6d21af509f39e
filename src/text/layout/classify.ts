/**
 * Classifies each line of a page: body prose, a short unknown line (headline, list item,
 * subheading, name), or chrome recognised by a cue or by its form.
 * @module
 */
import {
  AD_CUES, AD_SLOT_PREFIXES, AUTHOR_PREFIXES, FOOTER_PREFIXES, NAVIGATION_CUES, RELATED_BLOCK_CUES, RELATED_BLOCK_PREFIXES, RELATED_LINK_PREFIXES,
  TAG_PREFIXES,
  SHARE_CUES, SOCIAL_BLOCK_CUES, SOURCE_PREFIXES, SUBSCRIBE_PREFIXES, normalizeCue,
} from '../chrome-cues.js';
import type { ChromeKind } from '../../types.js';
import { splitCredit, type Part } from './credit.js';
import type { Line } from './lines.js';
import { isBreadcrumb, isCounterLine, isDateLine, isDomain, isLinkLine, isWireDateline } from './meta.js';
import { isProse, shapeOf, type Shape } from './shape.js';

/** What a line is, as far as one line can tell. */
export interface LineInfo extends Line {
  cls: 'blank' | 'prose' | 'short' | 'chrome';
  /** The chrome kind of a `chrome` line. */
  kind?: ChromeKind;
  /** The line opens a block of other headlines or a comments widget: the article is over. */
  block?: 'related' | 'social';
  /** Starts with a list marker ("- ", "• ", "1) "). */
  item: boolean;
  shape: Shape;
  /** Chrome parts of a prose line (a glued photo credit), absolute offsets. */
  parts: Part[];
  /** The body text of a prose line, absolute offsets (narrower than the line when a credit is glued to it). */
  bodyStart: number;
  bodyEnd: number;
}

const RELATED = new Set(RELATED_BLOCK_CUES);
const SOCIAL = new Set(SOCIAL_BLOCK_CUES);
const SHARE = new Set(SHARE_CUES);
const NAVIGATION = new Set(NAVIGATION_CUES);
const ADS = new Set(AD_CUES);
/** Shared by blank lines and lines without parts (never mutated): a page may have a million lines. */
const NO_PARTS: Part[] = [];
const BLANK_SHAPE: Shape = { words: 0, last: '', ellipsis: false, capitalStart: false, lowerStart: false };
/** Cue lookups only on lines this short: labels are short, and prose that starts like one is not a label. */
const CUE_LINE = 80;

function startsWithAny(lower: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => lower.startsWith(p));
}

/** "Читайте также: Заголовок" — a related link on one line, inside or after the body. */
function isInlineRelated(lower: string): boolean {
  if (!/[:—–-]/.test(lower.slice(0, 48))) return false;
  for (const cue of RELATED_BLOCK_CUES) {
    if (cue.length < 6 || !lower.startsWith(cue)) continue;
    const rest = lower.slice(cue.length).trimStart();
    if (/^[:—–-]/.test(rest)) return true;
  }
  return false;
}

/** "More from Business": a list label naming a section; short and without final punctuation. */
function isSectionLabel(norm: string, shape: Shape): boolean {
  return shape.words <= 5 && !isProse(norm, shape) && startsWithAny(norm, RELATED_BLOCK_PREFIXES);
}

/** "Теги: налоги, Сенат" */
function isTagLine(lower: string, shape: Shape): boolean {
  return shape.words <= 15 && TAG_PREFIXES.some((p) => lower.startsWith(p) && /^\s*:/.test(lower.slice(p.length)));
}

function isPlaceholder(line: string): boolean {
  return (line.includes('[[') && line.includes(']]')) || (line.includes('{{') && line.includes('}}')) ||
    (line.includes('<%') && line.includes('%>')) || line.includes('${');
}

function isAdSlot(line: string, lower: string): boolean {
  return !/\s/.test(line) && line.length <= 80 && startsWithAny(lower, AD_SLOT_PREFIXES);
}

/** A short line that ends with a bracketed source ("… Nazarbayev (akorda.kz)"): a photo caption. */
function isSourcedCaption(line: string): boolean {
  if (!line.endsWith(')') || line.length > 200) return false;
  const open = line.lastIndexOf('(');
  return open > 0 && isDomain(line.slice(open + 1, -1).trim());
}

function chromeKindOf(line: string, lower: string, norm: string, shape: Shape): LineInfo['kind'] {
  if (isPlaceholder(line)) return 'template';
  if (isAdSlot(line, lower)) return 'ad';
  if (line.length <= CUE_LINE) {
    if (SHARE.has(norm)) return 'share';
    if (NAVIGATION.has(norm)) return 'navigation';
    if (ADS.has(norm)) return 'ad';
    if (isInlineRelated(lower)) return 'related';
    if (isTagLine(lower, shape)) return 'navigation';
    if (shape.words <= 8 && startsWithAny(norm, SOURCE_PREFIXES) && !isProse(line, shape)) return 'other';
    if (shape.words <= 6 && startsWithAny(lower, AUTHOR_PREFIXES) && /^\S+:/.test(lower)) return 'byline';
    if (isDateLine(line) && !isWireDateline(line)) return 'date';
    if (isCounterLine(line)) return 'counter';
    if (isLinkLine(line)) return 'other';
    if (isBreadcrumb(line)) return 'navigation';
  }
  if (line.length <= 400) {
    if (startsWithAny(lower, SUBSCRIBE_PREFIXES)) return 'share';
    if (startsWithAny(lower, FOOTER_PREFIXES)) return 'other';
  }
  if (!isProse(line, shape)) {
    if (isSourcedCaption(line)) return 'caption';
    if (startsWithAny(lower, RELATED_LINK_PREFIXES)) return 'related';
  }
  return undefined;
}

/** Classifies one line. Work is linear in the line's length; cue lookups see at most its first 120 characters. */
export function classifyLine(line: Line): LineInfo {
  const text = line.text;
  const shape = text === '' ? BLANK_SHAPE : shapeOf(text);
  // One object literal with every field, mutated below: object spread is many times slower on
  // Node 20 and this runs once per line of up to 10 MB of text.
  const info: LineInfo = {
    index: line.index, start: line.start, end: line.end, text, cls: 'blank', kind: undefined, block: undefined,
    item: false, shape, parts: NO_PARTS, bodyStart: line.start, bodyEnd: line.end,
  };
  if (text === '') return info;
  info.item = /^([-–—•·*▪►]\s|\d{1,2}[.)]\s)/.test(text);
  const lower = (text.length > 400 ? text.slice(0, 400) : text).toLowerCase();
  const norm = text.length <= CUE_LINE ? normalizeCue(text) : '';
  if (text.length <= CUE_LINE && (RELATED.has(norm) || SOCIAL.has(norm) || isSectionLabel(norm, shape))) {
    const related = !SOCIAL.has(norm);
    info.cls = 'chrome';
    info.kind = related ? 'related' : 'share';
    info.block = related ? 'related' : 'social';
    return info;
  }
  const credit = splitCredit(text);
  if (credit) {
    info.parts = credit.parts.map((p) => ({ start: line.start + p.start, end: line.start + p.end, kind: p.kind }));
    if (credit.bodyEnd > credit.bodyStart) {
      info.cls = 'prose';
      info.bodyStart = line.start + credit.bodyStart;
      info.bodyEnd = line.start + credit.bodyEnd;
    } else {
      info.cls = 'chrome';
      info.kind = info.parts.some((p) => p.kind === 'caption') ? 'caption' : 'photo';
    }
    return info;
  }
  info.kind = chromeKindOf(text, lower, norm, shape);
  info.cls = info.kind ? 'chrome' : isProse(text, shape) ? 'prose' : 'short';
  return info;
}

