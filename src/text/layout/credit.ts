/**
 * Photo credits and captions, also when the page glued them to a body sentence
 * ("Фото: inbusiness.kz После доклада…"): the credit is chrome, the rest of the line is body.
 * @module
 */
import { CREDIT_SEPARATORS, CREDIT_WORDS, PHOTO_CUES } from '../chrome-cues.js';
import type { ChromeKind } from '../../types.js';
import { isDomain } from './meta.js';
import { isLetter, isProse, isUpper, shapeOf } from './shape.js';

/** A chrome part of one line, offsets relative to the line. */
export interface Part {
  start: number;
  end: number;
  kind: ChromeKind;
}

/** How a line with a photo credit divides into chrome parts and body text. */
export interface CreditSplit {
  parts: Part[];
  /** Body text left on the line, relative offsets; `bodyStart === bodyEnd` when none. */
  bodyStart: number;
  bodyEnd: number;
}

const SEPARATORS = new Set(CREDIT_SEPARATORS);
const WORDS = new Set(CREDIT_WORDS);
/** Credits look at most this far into a line: they are short, and huge lines stay cheap. */
const SCAN = 300;
/** A name in a credit is one or two capitalised words ("Игорь Бургандинов", "Getty Images"). */
const MAX_NAME = 2;

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokenize(line: string, from: number, max: number): Token[] {
  const out: Token[] = [];
  let i = from;
  const limit = Math.min(line.length, from + SCAN);
  while (i < limit && out.length < max) {
    while (i < limit && /\s/.test(line[i] as string)) i++;
    const s = i;
    while (i < line.length && !/\s/.test(line[i] as string)) i++;
    if (i > s) out.push({ start: s, end: i, text: line.slice(s, i) });
  }
  return out;
}

function firstLetterUpper(t: string): boolean | undefined {
  for (const ch of t) if (isLetter(ch)) return isUpper(ch);
  return undefined;
}

/**
 * Where a credit that starts at `from` (just after its label) ends. A credit is a chain of items
 * (a domain, a one- or two-word name, a quoted name, credit words such as "пресс-служба")
 * joined by separators; the first token that is neither ends it.
 */
export function creditEnd(line: string, from: number): number | undefined {
  const tokens = tokenize(line, from, 24);
  let end: number | undefined;
  let expectItem = true;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const bare = t.text.replace(/[,;]$/, '');
    const lower = bare.toLowerCase();
    const comma = bare !== t.text;
    if (SEPARATORS.has(lower)) {
      expectItem = true;
      i++;
      continue;
    }
    if (!expectItem) break;
    if (isDomain(bare) || WORDS.has(lower)) {
      end = t.end;
      expectItem = comma || WORDS.has(lower);
      i++;
      continue;
    }
    if (/^[«"“]/.test(t.text)) {
      let j = i;
      while (j < tokens.length && j < i + 6 && !/[»"”][,.]?$/.test((tokens[j] as Token).text)) j++;
      if (j >= tokens.length || j >= i + 6) break;
      end = (tokens[j] as Token).end;
      expectItem = /,$/.test((tokens[j] as Token).text);
      i = j + 1;
      continue;
    }
    if (firstLetterUpper(t.text) !== true) break;
    let j = i;
    let lastComma = false;
    while (j < tokens.length && j - i < MAX_NAME && firstLetterUpper((tokens[j] as Token).text) === true) {
      lastComma = /,$/.test((tokens[j] as Token).text);
      j++;
      if (lastComma) break;
    }
    const next = tokens[j];
    // "… Бургандинов Эксперт отметил": a capital word followed by a lower-case one starts a sentence.
    if (next && !lastComma && firstLetterUpper(next.text) === false && !SEPARATORS.has(next.text.toLowerCase())) j--;
    if (j <= i) break;
    end = (tokens[j - 1] as Token).end;
    expectItem = lastComma;
    i = j;
  }
  return end;
}

/** Photo labels by their first character, so that scanning a line costs one map lookup per position. */
const CUES_BY_FIRST = new Map<string, string[]>();
for (const cue of PHOTO_CUES) {
  const list = CUES_BY_FIRST.get(cue[0] as string) ?? [];
  list.push(cue);
  CUES_BY_FIRST.set(cue[0] as string, list);
}

function isCueBoundary(ch: string): boolean {
  return ch === ' ' || ch === '(' || ch === '«' || ch === '"' || ch === '\t' || ch === '\u00a0';
}

/** Finds a photo label at the start of the line or after a space or bracket in its first 300 characters. */
function findCue(lower: string): { at: number; cue: string } | undefined {
  const limit = Math.min(lower.length, SCAN);
  for (let i = 0; i < limit; i++) {
    if (i > 0 && !isCueBoundary(lower[i - 1] as string)) continue;
    const candidates = CUES_BY_FIRST.get(lower[i] as string);
    if (!candidates) continue;
    const cue = candidates.find((c) => lower.startsWith(c, i));
    // A label without a colon ("Фото Кабмина…") is a cue only at the start of the line.
    if (cue && (i === 0 || cue.endsWith(':') || cue.length > 7)) return { at: i, cue };
  }
  return undefined;
}

function trimEnd(line: string, e: number): number {
  while (e > 0 && /[\s(«"]/.test(line[e - 1] as string)) e--;
  return e;
}

function trimStart(line: string, s: number): number {
  while (s < line.length && /[\s).,;:»"–—-]/.test(line[s] as string)) s++;
  return s;
}

/**
 * Splits a line that carries a photo label into caption, credit and body text. Returns undefined
 * when the line has no photo label, or the label is not followed by a credit.
 */
export function splitCredit(line: string): CreditSplit | undefined {
  const lower = (line.length > SCAN + 40 ? line.slice(0, SCAN + 40) : line).toLowerCase();
  const found = findCue(lower);
  if (!found) return undefined;
  const afterCue = found.at + found.cue.length;
  let end = creditEnd(line, afterCue);
  if (end === undefined) {
    // "Фото: из архива." or a bare label: the label alone is the credit only on a short line.
    if (found.at > 0 || shapeOf(line).words > 6) return undefined;
    end = line.length;
  }
  if (line[end] === ')') end++;
  const parts: Part[] = [];
  let bodyStart = 0;
  let bodyEnd = 0;
  const before = trimEnd(line, found.at);
  if (before > 0) {
    const prefix = line.slice(0, before);
    // A short text before the label is the photo's caption; a long one is the end of a paragraph.
    if (shapeOf(prefix).words <= 20 && !(prefix.length > 120 && isProse(prefix, shapeOf(prefix)))) {
      parts.push({ start: 0, end: before, kind: 'caption' });
    } else {
      bodyEnd = before;
    }
  }
  parts.push({ start: found.at, end, kind: 'photo' });
  const rest = trimStart(line, end);
  if (rest < line.length) {
    const tail = line.slice(rest);
    const shape = shapeOf(tail);
    if (shape.words >= 4 && isProse(tail, shape)) {
      if (bodyEnd === 0) bodyStart = rest;
      bodyEnd = line.length;
    } else {
      (parts[parts.length - 1] as Part).end = line.length;
    }
  }
  return { parts, bodyStart, bodyEnd };
}
