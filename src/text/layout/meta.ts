/**
 * Metadata lines: dates and datelines, view counters, bare links and breadcrumbs. They are
 * recognised by what their tokens are (numbers, month names, times), so the same code serves
 * every language.
 * @module
 */
import { trimChars, trimEndChars, trimStartChars } from '../trim.js';
import { COUNTER_WORDS, DATE_LINE_WORDS, MONTH_WORDS, NAVIGATION_CUES, normalizeCue } from '../chrome-cues.js';

const MONTHS = new Set(MONTH_WORDS);
const DATE_WORDS = new Set(DATE_LINE_WORDS);
const COUNTERS = new Set(COUNTER_WORDS);
const NAVIGATION = new Set(NAVIGATION_CUES);

// Each pattern is anchored and applies to one short token: linear, no backtracking blow-up.
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?$/;
const NUMBER = /^[+-]?\d[\d.,]*[kкKК]?$/;
/** Punctuation trimmed from both ends of a token (whitespace too). */
const EDGE_PUNCT = ' \t\n,.;:()[]«»"\'|•·–—-';

function clean(token: string): string {
  return trimChars(token, EDGE_PUNCT).toLowerCase();
}

/** Short lines only: metadata lines are never long, and this bounds the work per line. */
function tokensOf(line: string, max: number): string[] | undefined {
  if (line.length > 100) return undefined;
  const tokens = line.split(/\s+/).map(clean).filter((t) => t !== '');
  return tokens.length === 0 || tokens.length > max ? undefined : tokens;
}

/**
 * A date, time or dateline ("27.11.2025, 16:45 15256", "22 июня 2022", "Билік 2 Noyabr 2023 3970").
 * Up to two unknown words (a rubric, a city) may ride along with a real date.
 */
export function isDateLine(line: string): boolean {
  if (!/\d/.test(line)) return false;
  const tokens = tokensOf(line, 10);
  if (!tokens) return false;
  let strong = false;
  let numbers = 0;
  let months = 0;
  let unknown = 0;
  for (const t of tokens) {
    if (NUMERIC_DATE.test(t) || TIME.test(t)) strong = true;
    else if (NUMBER.test(t)) numbers++;
    else if (MONTHS.has(t) || MONTHS.has(t.replace(/\.$/, ''))) months++;
    else if (DATE_WORDS.has(t)) continue;
    else if (/^\d{4}-\d{2}-\d{2}/.test(t)) strong = true;
    else unknown++;
  }
  if (months > 0 && numbers > 0) strong = true;
  return strong && unknown <= 2 && unknown < tokens.length;
}

/**
 * A wire-copy dateline: a place in capitals before the date ("LONDON 1996-08-30", "NICE , France
 * 1996-08-30"). It opens the story, so it is body, unlike a page's own date line ("14 November
 * 2025, 10:15", "Politics 2 Nov 2023 3970", "ПОЛИТИКА 12.03.2025 10:15").
 */
export function isWireDateline(line: string): boolean {
  const word = /^[\p{L}.'-]+/u.exec(line.slice(0, 40))?.[0] ?? '';
  if (word.replace(/[.'-]/g, '').length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  // A time marks a page's publication line ("ПОЛИТИКА 12.03.2025 10:15"): wire datelines carry none.
  return !/\d:\d\d/.test(line) && isDateLine(line);
}

/** A view, comment or subscriber counter ("1854", "👁 1 854", "20,9 тыс подписчиков"). */
export function isCounterLine(line: string): boolean {
  if (!/\d/.test(line)) return false;
  const tokens = tokensOf(line, 6);
  if (!tokens) return false;
  let numbers = 0;
  for (const t of tokens) {
    if (NUMBER.test(t)) numbers++;
    else if (!COUNTERS.has(t) && /[\p{L}\p{N}]/u.test(t)) return false;
  }
  return numbers > 0;
}

function isLinkToken(t: string): boolean {
  if (/^(https?:\/\/|www\.)/i.test(t)) return true;
  // "kant.kg", "Kazpravda.kz": a dot followed by a 2-6 letter top-level domain.
  return /^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.[a-zа-яё]{2,6}\/?$/iu.test(t);
}

/** A token that is a web address or a domain name. */
export function isDomain(token: string): boolean {
  if (token.length > 100) return false;
  return isLinkToken(trimEndChars(trimStartChars(token, '(«"'), ')»",.;:'));
}

/** A line of links, handles and separators only ("- kant.kg - https://kant.kg -", "@sputnikKZ"). */
export function isLinkLine(line: string): boolean {
  if (line.length > 200 || !/[.@]/.test(line)) return false;
  const tokens = line.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length === 0 || tokens.length > 6) return false;
  return tokens.every((t) => isDomain(t) || /^@[\w.]+$/u.test(t));
}

/**
 * A breadcrumb trail: short items joined by "/", "›", ">", "»" or "|" ("Главная / Новости / Политика").
 * Two items are enough when the first is a navigation word ("Басты бет » Экономика"): a
 * two-item trail is otherwise too easily a headline with a separator in it.
 */
export function isBreadcrumb(line: string): boolean {
  if (line.length > 150 || !/\s[\/›>»|→]\s/.test(line)) return false;
  const items = line.split(/\s[\/›>»|→]\s/);
  if (items.length < 2 || (items.length === 2 && !NAVIGATION.has(normalizeCue(items[0]!)))) return false;
  // Items are words ("Главная / Новости"); a table header of letters ("W D L G / F G / A P") is not a trail.
  return items.every((item) => item.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(item.trim()) && /\p{L}{2}/u.test(item));
}
