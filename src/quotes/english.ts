/**
 * English attribution habits the frame reader consults: capitalised sentence openers that are no
 * names, verbs whose object is the addressee, possessive speakers ("Trump's claim that "Q""), and
 * the person after a role ("MSNBC host Chris Matthews").
 * @module
 */
import { roleOf, verbOf, type CueLexicon } from './cues/index.js';
import type { Frame, SpeakerRef } from './frame.js';
import { fold, isCapitalized, tokensAfter, tokensBefore, type Tok } from './scan.js';

/** English capitalised words that open sentences or name days and months, never a speaker. */
export const EN_NOT_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'So', 'This', 'That', 'These',
  'Those', 'It', 'As', 'If', 'When', 'While', 'After', 'Before', 'For', 'With', 'Under', 'Some', 'Many', 'Both', 'Yet',
  'Still', 'Then', 'Now', 'Though', 'Although', 'Because', 'Since', 'Asked', 'Speaking', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'I', 'We',
  'You', 'Our', 'His', 'Her', 'Their', 'My', 'Its', 'There', 'Here', 'Also', 'Even', 'Instead', 'Meanwhile', 'However']);

/** English verbs whose object is the one spoken to ("Mook told CBS:"), never the speaker. */
export const ADDRESSEE_VERBS = new Set(['told', 'tells', 'telling', 'asked', 'asks', 'asking', 'called', 'calling', 'urged', 'warned']);

/** Nouns of speech after an English possessive: "Trump's claim that "Q"". */
const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'words', 'comment',
  'comments', 'promise', 'pledge', 'assertion', 'argument', 'tweet', 'tweets', 'message', 'warning', 'call', 'description',
  'response', 'answer', 'speech', 'plea', 'vow', 'suggestion', 'insistence', 'accusation', 'charge', 'declaration']);

/** "Donald Trump's claim that "Q"": the possessor speaks, when the sentence has no reporting verb. */
export function possessiveFrame(toks: readonly Tok[], begin: number): Frame | undefined {
  for (let k = toks.length - 2; k >= begin; k--) {
    const t = toks[k]!;
    if (t.kind !== 'w' || !/'s$/u.test(t.text) || !isCapitalized(t.text) || !SPEECH_NOUNS.has(fold(toks[k + 1]!.text))) continue;
    let s = k;
    while (s > begin && toks[s - 1]!.kind === 'w' && isCapitalized(toks[s - 1]!.text) && k - s < 3) s--;
    const words = toks.slice(s, k + 1).map((x) => x.text.replace(/'s$/u, ''));
    return { agreement: undefined, speaker: { kind: 'name', words, start: toks[s]!.start, end: t.end } };
  }
  return undefined;
}

/** After a capitalised run: up to three lower-case words holding a role noun, then a capitalised name. */
export function personAfterRole(toks: readonly Tok[], i: number, lex: CueLexicon): SpeakerRef | undefined {
  let role = false;
  let k = i;
  for (; k < toks.length && k < i + 3; k++) {
    const t = toks[k]!;
    if (t.kind !== 'w' || t.afterBreak || isCapitalized(t.text)) break;
    if (roleOf(t.text, lex.personRoles) || roleOf(t.text, lex.orgRoles)) role = true;
  }
  if (!role || k === i || !toks[k] || toks[k]!.kind !== 'w' || !isCapitalized(toks[k]!.text)) return undefined;
  let e = k;
  while (e + 1 < toks.length && e - k < 3 && toks[e + 1]!.kind === 'w' && isCapitalized(toks[e + 1]!.text)) e++;
  return { kind: 'name', words: toks.slice(k, e + 1).map((x) => x.text), start: toks[k]!.start, end: toks[e]!.end };
}

/**
 * "Another critic, X, likened", "Officials were": an English clause's first word is capitalised
 * whatever it is. A lone capitalised opener followed by a lower-case word that is no verb is not a name.
 */
export function openerNotName(toks: readonly Tok[], s: number, ref: SpeakerRef, begin: number, lex: CueLexicon): boolean {
  // Only a sentence's first word is capitalised whatever it is; after a comma ("In July, Gingrich
  // cynically dismissed") a capitalised word is a name.
  if (ref.words.length !== 1 || (s > begin && !/^[.!?":;]$/u.test(toks[s - 1]!.text))) return false;
  const next = toks[s + 1];
  if (!next || next.kind !== 'w' || isCapitalized(next.text)) return false;
  const w = fold(next.text);
  return verbOf(next.text, lex) === null && !lex.speakerVerbs?.has(w) && !/^(has|had|was|is|will|would|could|should|also|then|later|again|once|never|recently|previously|has|did|does)$/u.test(w);
}

/** Words that open a subordinate clause: "“Q,” when Clinton blasted him" is no attribution. */
export const EN_SUBORDINATORS = new Set(['when', 'as', 'because', 'if', 'while', 'after', 'before', 'since', 'until',
  'although', 'though', 'where', 'whereas', 'unless', 'once', 'whether', 'which', 'who', 'whom', 'whose', 'and', 'but',
  'or', 'so', 'than', 'that', 'for', 'to', 'in', 'on', 'at', 'with', 'from', 'by', 'of']);

/**
 * Words that start a complement clause after a speaker-first verb ("She says it underscores …",
 * "McCrory said it would be …"): the verb reports new content, so it is not the quote's frame.
 */
const EN_COMPLEMENT_OPENERS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these',
  'those', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'no', 'all', 'many', 'most']);

/** Whether the words after an English speaker-first verb open its own complement clause. */
export function opensComplement(toks: readonly Tok[], k: number): boolean {
  const next = toks[k];
  if (next === undefined || next.kind !== 'w' || !EN_COMPLEMENT_OPENERS.has(fold(next.text))) return false;
  // "said this month", "said that day": a time adverbial, not a clause.
  const after = toks[k + 1];
  return !(after?.kind === 'w' && EN_TIME_NOUNS.has(fold(after.text)));
}

/** Nouns that make "this …" / "last …" a time adverbial. */
const EN_TIME_NOUNS = new Set(['month', 'week', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'day',
  'summer', 'spring', 'fall', 'winter', 'past', 'time', 'spring', 'season', 'cycle']);

/**
 * A capitalised verb form inside a sentence is part of a name ("the United States economy"),
 * never a cue; only the sentence's first word may be capitalised.
 */
export function capitalisedInside(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!isCapitalized(t.text)) return false;
  const prev = toks[k - 1];
  return prev !== undefined && !(prev.kind === 'p' && /[.!?"]/u.test(prev.text));
}

/**
 * "said 9/11 widow Terry Strada", "said longtime friend Ann Lee": after the verb, a few lower-case
 * or numeric descriptor words and then a capitalised name. Prepositions end the search ("said in
 * New York").
 */
export function nameAfterDescriptor(toks: readonly Tok[], i: number, lex: CueLexicon): SpeakerRef | undefined {
  let k = i;
  let words = 0;
  for (; k < toks.length && k < i + 6; k++) {
    const t = toks[k]!;
    if (t.afterBreak) return undefined;
    if (t.kind === 'p') {
      if (t.text === '/' || t.text === '-') continue;
      return undefined;
    }
    if (isCapitalized(t.text)) break;
    const w = fold(t.text);
    if (lex.prepositions.has(w) || verbOf(t.text, lex) !== null || EN_COMPLEMENT_OPENERS.has(w) && w !== 'the' && w !== 'a') return undefined;
    words++;
  }
  if (words === 0 || k >= toks.length || !isCapitalized(toks[k]!.text) || EN_NOT_NAMES.has(toks[k]!.text)) return undefined;
  let e = k;
  while (e + 1 < toks.length && e - k < 3 && toks[e + 1]!.kind === 'w' && !toks[e + 1]!.afterBreak && isCapitalized(toks[e + 1]!.text)) e++;
  return { kind: 'name', words: toks.slice(k, e + 1).map((x) => x.text), start: toks[k]!.start, end: toks[e]!.end };
}

/** Short words a title leaves in lower case ("Women in Power", "State of the Union"). */
const TITLE_SMALL = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'or', 'as', 'from']);

/**
 * English quoted names, not quotes: a title in title case after a preposition, possessive or
 * article (on CBS's "Face the Nation", of "The Apprentice"), a nickname between the parts of a
 * name (Marcia "Cia" Price), and a stage direction in parentheses ("(CROSSTALK.)").
 * `[start, end)` is the text between the marks at `open` and `close`.
 */
export function quotedName(text: string, open: number, start: number, end: number, close: number): boolean {
  const inner = tokensAfter(text, start, end, 10);
  const words = inner.filter((t) => t.kind === 'w');
  if (words.length === 0) return false;
  if (inner[0]!.text === '(' && inner.findLast((t) => t.text !== '.' && t.text !== ',')?.text === ')') return true;
  if (words.length > 7 || inner.length === 10) return false;
  const before = tokensBefore(text, open, Math.max(0, open - 60), 2).at(-1);
  const after = tokensAfter(text, close + 1, Math.min(text.length, close + 60), 1)[0];
  if (words.length === 1 && before?.kind === 'w' && after?.kind === 'w' && isCapitalized(before.text) && isCapitalized(after.text) && isCapitalized(words[0]!.text)) return true;
  const titleCase = words.every((w, i) => isCapitalized(w.text) || /^\d/u.test(w.text) || (i > 0 && TITLE_SMALL.has(w.text)));
  if (!titleCase || words.filter((w) => isCapitalized(w.text)).length < 2) return false;
  // A title is closed by a comma or period at most, never a sentence of its own ("Stop It Now!").
  if (inner.some((t) => t.kind === 'p' && !(t.text === ',' || t.text === '.' || t.text === '-' || t.text === ':')) ) return false;
  if (!before || before.kind !== 'w') return false;
  const b = fold(before.text);
  return /'s$/u.test(before.text) || b === 'the' || b === 'a' || b === 'an' || ['on', 'of', 'in', 'at', 'to', 'for', 'from', 'by', 'about', 'with', 'into'].includes(b);
}
