/**
 * The headline and the byline: short lines next to the body that name the article and its author.
 * @module
 */
import { AUTHOR_PREFIXES, ROLE_WORDS } from '../chrome-cues.js';
import type { Byline } from '../../types.js';
import type { LineInfo } from './classify.js';
import { isWireDateline } from './meta.js';

const ROLES = new Set(ROLE_WORDS);
const PARTICLES = new Set(['улы', 'ұлы', 'кызы', 'қызы', 'оглы', 'де', 'ван', 'фон', 'de', 'van', 'von', 'al', 'bin', 'el']);
// Each repetition starts with a hyphen or apostrophe, so matching stays linear.
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.(\p{Lu}\.)?$/u;

function stripAuthorPrefix(text: string): string {
  const lower = text.toLowerCase();
  for (const p of AUTHOR_PREFIXES) {
    if (lower.startsWith(p) && (p.endsWith(':') || /[\s:]/.test(text[p.length] ?? ''))) {
      return text.slice(p.length).replace(/^[\s:]+/, '');
    }
  }
  return text;
}

/**
 * The author's name when a line is a name: two to four capitalised words (initials and name
 * particles allowed), optionally followed by ", Place" ("Айша Тулеубекова , Нур-Султан").
 */
export function nameOf(text: string): string | undefined {
  // A line that ends with a comma continues on the next one: part of a list, not a byline.
  if (text.length > 80 || text.endsWith(',')) return undefined;
  const parts = stripAuthorPrefix(text).split(/[,|•·–—]/).map((p) => p.trim());
  // A name, a role, a place at most: more parts make a list of names (a team), not a byline.
  if (parts.filter((p) => p !== '').length > 3) return undefined;
  const name = (parts[0] ?? '').trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return undefined;
  let capitals = 0;
  for (const w of words) {
    if (NAME_WORD.test(w)) capitals++;
    else if (!INITIAL.test(w) && !PARTICLES.has(w.toLowerCase())) return undefined;
  }
  return capitals >= 1 && capitals + 1 >= words.length ? name : undefined;
}

/** A line under the author's name that gives a role ("старший корреспондент отдела общества"). */
function isRole(l: LineInfo): boolean {
  if (l.cls !== 'short' || l.shape.words > 12) return false;
  if (l.shape.lowerStart) return true;
  return l.text.toLowerCase().split(/[\s,]+/).some((w) => ROLES.has(w));
}

/** A line that can be the headline: a short line of three or more words that is not a name or a label. */
export function isHeadline(l: LineInfo): boolean {
  return l.cls === 'short' && l.shape.words >= 3 && l.shape.words <= 40 && !l.shape.lowerStart &&
    !l.shape.ellipsis && l.shape.last !== ':' && nameOf(l.text) === undefined;
}

/** The byline found near the body, with the indices of its lines. */
export interface FoundByline {
  byline: Byline;
  lines: number[];
}

/**
 * Looks for a byline among `candidates` (non-blank lines next to the body, nearest first for the
 * lines after it). A name counts with a role under it, with an author label, or on its own when
 * it is one of the first lines after the body or the last line before it.
 */
export function findByline(candidates: LineInfo[], after: boolean): FoundByline | undefined {
  for (let i = 0; i < candidates.length; i++) {
    const l = candidates[i] as LineInfo;
    if (l.cls !== 'short' && l.kind !== 'byline') continue;
    const author = nameOf(l.text);
    if (!author) continue;
    // Wire copy runs headline, byline, dateline, story: a name under the dateline is the story's.
    if (!after && candidates.slice(0, i).some((c) => c.cls === 'short' && isWireDateline(c.text))) continue;
    const next = candidates[i + 1];
    if (next && isRole(next)) return { byline: { author, role: next.text }, lines: [l.index, next.index] };
    const labelled = l.kind === 'byline' || stripAuthorPrefix(l.text) !== l.text;
    // Before the body a bare name must be next to it (dates and counters aside): a short
    // title-case headline ("Tokayev Meets Putin") has the same shape.
    const nextToBody = candidates.slice(i + 1).every((c) => c.kind === 'date' || c.kind === 'counter' || c.kind === 'photo' ||
      (c.cls === 'short' && isWireDateline(c.text)));
    if (labelled || (after && i < 3) || (!after && nextToBody)) {
      return { byline: { author }, lines: [l.index] };
    }
  }
  return undefined;
}

/** The first headline-like line among the lines just before the body. */
export function findHeadline(candidates: LineInfo[], skip: Set<number>): LineInfo | undefined {
  return candidates.find((l) => !skip.has(l.index) && isHeadline(l));
}

/** Finds the caller's title among the lines (whitespace and case aside). */
export function findTitleLine(lines: LineInfo[], title: string): LineInfo | undefined {
  const want = title.replace(/\s+/g, ' ').trim().toLowerCase();
  if (want === '') return undefined;
  return lines.find((l) => l.text.length === 0 ? false : l.text.length < want.length + 40 &&
    l.text.replace(/\s+/g, ' ').toLowerCase().includes(want));
}
