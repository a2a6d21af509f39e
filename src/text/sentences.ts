/**
 * Sentence splitting on the token stream, in linear time.
 *
 * A sentence ends at a run of `. ! ? …` (with any closing quotes and brackets right after it, which
 * stay in the sentence) when whitespace and then a possible sentence start follow: an uppercase
 * letter, a digit, an opening quote or bracket, a symbol ("$240"), or a dash that is not followed by a
 * lowercase word. So "«Мы готовы!» - сказал он" and "«Мы готовы!», - сказал он" stay one sentence,
 * while the dialogue line "- Мы уже встречаемся как друзья. Наше сотрудничество тесное, - отметил
 * гость." is two. A paragraph (line) boundary always ends a sentence. Terminal marks inside quotes
 * split like anywhere else: a quote of several sentences is several sentences.
 *
 * A single period after a word is first checked against initials and {@link ABBREVIATIONS}:
 * - an initial (one uppercase letter: "М. Әйтенов", "Н.А. Назарбаев", also "U.S.") never ends a sentence;
 * - `prefix` abbreviations ("т.е.", "им.", "Mr.", "e.g.") never do;
 * - `suffix` ones ("т.д.", "т.б.", "Inc.", "млн") end it only before an uppercase word, quote or dash;
 * - `unit` ones ("г.", "гг.", "ж.") act as `suffix` right after a number ("в 2026 г. В Астане" splits)
 *   and as `prefix` otherwise ("г. Астана" does not);
 * - `list` ones ("др.") act as `suffix` after a conjunction ("и др.") and as `prefix` otherwise;
 * - `numeral` ones ("No.", "стр.") never end a sentence before a number.
 * A number alone before the period at the start of a sentence is a list marker ("1. Первое"): no split.
 * @module
 */

import type { Span } from '../types.js';
import { ABBREVIATIONS, abbreviationKind } from './abbreviations.js';
import { isLowerAt, isUpperAt } from './chars.js';
import { splitParagraphs } from './paragraphs.js';
import { isTerminal, tokenize, type Token } from './tokens.js';

const CLOSERS = new Set(['»', '"', "'", ')', ']', '}', '”', '’', '“', '›', '⟩']);
const OPENERS = new Set(['«', '„', '"', "'", '(', '[', '{', '“', '‘', '‹', '‚']);
const DASHES = new Set(['-', '–', '—', '‒', '―', '−']);
const CONJUNCTIONS = new Set(['и', 'а', 'или', 'және', 'мен', 'әрі', 'and', 'or']);
const ROMAN = /^[IVXLCDMІХ]+$/;

/** What the token after a candidate boundary says about it. */
type Start = 'strong' | 'digit' | 'other' | 'none';

/**
 * Sentence spans inside `within` (default: the whole text), trimmed, sorted, disjoint, never crossing
 * a line break. See the module comment for the rules. Linear time; never throws.
 */
export function splitSentences(text: string, within?: Span): Span[] {
  if (typeof text !== 'string') return [];
  const spans: Span[] = [];
  for (const paragraph of splitParagraphs(text, within)) {
    splitTokens(text, tokenize(text, paragraph), spans);
  }
  return spans;
}

function splitTokens(text: string, tokens: Token[], out: Span[]): void {
  let first = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind !== 'punct' || !isTerminal(token.text.charCodeAt(0))) continue;
    let last = t;
    for (let next = tokens[last + 1]; next !== undefined && next.start === tokens[last]!.end && CLOSERS.has(next.text); next = tokens[last + 1]) {
      last++;
    }
    if (endsSentence(text, tokens, first, t, last)) {
      out.push({ start: tokens[first]!.start, end: tokens[last]!.end });
      first = last + 1;
      t = last;
    }
  }
  if (first < tokens.length) out.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end });
}

/** Whether the terminal token `t` (with closers up to `last`) ends the sentence that began at `first`. */
function endsSentence(text: string, tokens: Token[], first: number, t: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined) return true;
  if (next.start === tokens[last]!.end) return false; // "kazinform.kz", "сказал.«Да": no space, no split
  const start = startOf(text, tokens, last + 1);
  if (start === 'none') return false;
  const terminal = tokens[t]!;
  if (terminal.text !== '.') return true;
  const prev = tokens[t - 1];
  if (prev === undefined) return true;
  if (prev.kind === 'number' && t - 1 === first) return false; // list marker "1. Первое"
  if (prev.kind !== 'word' || prev.end !== terminal.start) return true;
  return periodAfterWordEnds(text, tokens, t - 1, start);
}

/** Classifies the token that would start the next sentence. */
function startOf(text: string, tokens: Token[], i: number): Start {
  const token = tokens[i]!;
  if (token.kind === 'number') return 'digit';
  if (token.kind === 'symbol') return 'other';
  if (token.kind === 'word') {
    if (isLowerAt(text, token.start)) return 'none';
    return isUpperAt(text, token.start) ? 'strong' : 'other';
  }
  if (OPENERS.has(token.text)) return 'strong';
  if (DASHES.has(token.text)) {
    // "«Готовы!» - сказал он": a dash before a lowercase word continues the sentence.
    const after = tokens[i + 1];
    return after !== undefined && after.kind === 'word' && isLowerAt(text, after.start) ? 'none' : 'strong';
  }
  return 'none'; // , ; : ) » and the like continue the sentence
}

/** The word parts of a dotted chain ending at token `w` ("т" "е" for "т.е" and "т. е"), oldest first. */
function chainBefore(text: string, tokens: Token[], w: number): string[] {
  const parts = [tokens[w]!.text];
  let firstIndex = w;
  while (parts.length < 4 && firstIndex >= 2) {
    const dot = tokens[firstIndex - 1]!;
    const word = tokens[firstIndex - 2]!;
    const part = tokens[firstIndex]!;
    if (dot.text !== '.' || word.kind !== 'word' || word.end !== dot.start) break;
    const gap = part.start - dot.end;
    const short = word.text.length <= 2 && part.text.length <= 2;
    if (!(gap === 0 && word.text.length <= 4) && !(gap === 1 && short && text.charCodeAt(dot.end) === 0x20)) break;
    parts.unshift(word.text);
    firstIndex -= 2;
  }
  return parts;
}

function isInitial(text: string, token: Token): boolean {
  return token.text.length <= 2 && [...token.text].length === 1 && isUpperAt(text, token.start);
}

/** Decides a period right after the word token `w`, given what follows (see the module comment). */
function periodAfterWordEnds(text: string, tokens: Token[], w: number, start: Start): boolean {
  const parts = chainBefore(text, tokens, w);
  for (let n = parts.length; n >= 1; n--) {
    if (n === 1 && isInitial(text, tokens[w]!)) return false;
    const kind = abbreviationKind(parts.slice(parts.length - n));
    if (kind === undefined) continue;
    const before = tokens[w - 2 * (n - 1) - 1];
    switch (kind) {
      case 'prefix':
        return false;
      case 'suffix':
        return start === 'strong';
      case 'unit':
        return start === 'strong' && before !== undefined && (before.kind === 'number' || ROMAN.test(before.text));
      case 'list':
        return start === 'strong' && before !== undefined && CONJUNCTIONS.has(before.text.toLowerCase());
      case 'numeral':
        return start !== 'digit';
    }
  }
  return true;
}
