/**
 * The per-document view the Russian recognizers share: the body's tokens, which of them start a
 * sentence, and which are already claimed by a span (so a later, weaker rule does not re-tag them).
 * @module
 */
import type { MentionCandidate } from '../../../entities/assemble.js';
import type { Gazetteer } from '../../../entities/link/gazetteer.js';
import type { ArticleDocument } from '../../../text/document.js';
import type { Token } from '../../../text/segment.js';
import type { RussianMorphology, RussianParse } from '../morph.js';

/** Shared state of one recognition run. */
export interface RuContext {
  readonly doc: ArticleDocument;
  readonly tokens: readonly Token[];
  readonly morph: RussianMorphology;
  readonly gazetteer: Gazetteer;
  /** `sentenceStart[i]`: token i is the first word of a sentence (or of a quote or dialogue line). */
  readonly sentenceStart: readonly boolean[];
  /** `claimed[i]`: token i is inside an accepted name span. */
  readonly claimed: boolean[];
  /** `person[i]`: token i is inside an accepted person span (a lookup, not a scan of candidates). */
  readonly person: boolean[];
  /** Accepted candidates so far. */
  readonly candidates: MentionCandidate[];
  /** `lower[i]`: token i's text in lower case, computed once (the rules ask for it many times). */
  readonly lower: readonly string[];
  /** `capital[i]`: {@link isCapitalized} of token i. */
  readonly capital: readonly boolean[];
  /** `acronym[i]`: {@link isAcronym} of token i. */
  readonly acronym: readonly boolean[];
  /** Memo of {@link parsesAt}: a map read keyed by a fresh string costs a hash; an array slot does not. */
  readonly parseMemo: (readonly RussianParse[] | undefined)[];
}

/** Builds the context of a document. */
export function createContext(doc: ArticleDocument, morph: RussianMorphology, gazetteer: Gazetteer): RuContext {
  const tokens = doc.tokens;
  const sentenceStart: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let s = 0;
  let fresh = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < doc.sentences.length && doc.sentences[s]!.end <= t.start) {
      s++;
      fresh = true;
    }
    if (t.kind === 'word' || t.kind === 'number') {
      sentenceStart[i] = fresh;
      fresh = false;
    } else if (t.text === '"' || t.text === '«' || t.text === '-' || t.text === ':' || t.text === '(' || t.text === '„') {
      // A quote or a dialogue line starts with a capital as a sentence does.
      fresh = fresh || t.text !== '(';
    }
  }
  const lower = tokens.map((t) => t.text.toLowerCase());
  const capital = tokens.map((t) => t.kind === 'word' && isCapitalized(t.text));
  const acronym = tokens.map((t) => t.kind === 'word' && isAcronym(t.text));
  const fill = <T>(v: T): T[] => new Array<T>(tokens.length).fill(v);
  return { doc, tokens, morph, gazetteer, sentenceStart, claimed: fill(false), person: fill(false), candidates: [], lower, capital, acronym, parseMemo: fill(undefined) };
}

/** Readings of token i in lower case (as {@link RussianMorphology.parse} of `lower[i]`), memoized per token. */
export function parsesAt(ctx: RuContext, i: number): readonly RussianParse[] {
  let p = ctx.parseMemo[i];
  if (p === undefined) ctx.parseMemo[i] = p = ctx.morph.parse(ctx.lower[i] ?? '');
  return p;
}

/** The most likely lemma of token i, lower case. */
export function lemmaAt(ctx: RuContext, i: number): string {
  return parsesAt(ctx, i)[0]?.lemma ?? ctx.lower[i] ?? '';
}

/** Token i's top reading is an adjective or participle. */
export function adjAt(ctx: RuContext, i: number): boolean {
  const top = parsesAt(ctx, i)[0];
  return top !== undefined && (top.pos === 'ADJF' || top.pos === 'PRTF');
}

/** Some reading of token i is a noun, adjective or participle in the genitive (a link of "дел Казахстана"). */
export function genitiveAt(ctx: RuContext, i: number): boolean {
  return parsesAt(ctx, i).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF'));
}

/** True for a code unit that is an upper-case letter (fast path for Latin and Cyrillic). */
function isUpperAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x410 && c <= 0x42f) return true;
  if (c >= 0x430 && c <= 0x45f) return false;
  const ch = text.charAt(k);
  return ch !== ch.toLowerCase();
}

/** True for a code unit that is a lower-case letter (fast path for Latin and Cyrillic). */
function isLowerAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0x430 && c <= 0x45f) return true;
  if (c >= 0x400 && c <= 0x42f) return false;
  const ch = text.charAt(k);
  return ch !== ch.toUpperCase();
}

/** First letter upper case and at least one lower-case letter after it ("Астана", "Касым-Жомарт"). */
export function isCapitalized(text: string): boolean {
  if (text.length < 2 || !isUpperAt(text, 0)) return false;
  // Scanned by code unit without allocating: this runs on every token of every article.
  for (let k = 1; k < text.length; k++) if (isLowerAt(text, k)) return true;
  return false;
}

/** Two or more letters, none lower case ("ОДКБ", "МИД", "NATO"); digits allowed ("G20"). */
export function isAcronym(text: string): boolean {
  if (text.length < 2) return false;
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    if (isLowerAt(text, k)) return false;
    if (isUpperAt(text, k)) letters++;
  }
  return letters >= 2;
}

/** Cyrillic letters in the word. */
export function isCyrillic(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
}

/** Latin letters at the start of the word. */
export function isLatin(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** True when the token is a word of letters. */
export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** True when nothing but spaces separate the two tokens (no line break, no punctuation). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/** Readings with a name grammeme. */
export function hasGrammeme(parses: readonly RussianParse[], g: string): boolean {
  return parses.some((p) => p.grammemes.includes(g));
}

/** True when some reading of the word is in the dictionary. */
export function isKnown(parses: readonly RussianParse[]): boolean {
  return parses.some((p) => p.known);
}

/** Records a candidate over tokens [from, to] (inclusive) and claims them. */
export function accept(ctx: RuContext, from: number, to: number, c: Omit<MentionCandidate, 'start' | 'end'>, claim = true): void {
  if (!c.id) return;
  ctx.candidates.push({ ...c, start: ctx.tokens[from]!.start, end: ctx.tokens[to]!.end });
  if (claim) for (let i = from; i <= to; i++) ctx.claimed[i] = true;
  if (c.type === 'person') for (let i = from; i <= to; i++) ctx.person[i] = true;
}

/** Upper-cases the first letter of each word part ("касым-жомарт" → "Касым-Жомарт"). */
export function titleCase(word: string): string {
  return word.replace(/(^|[-\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
