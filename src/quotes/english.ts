/**
 * English attribution habits the frame reader consults: capitalised sentence openers that are no
 * names, verbs whose object is the addressee, possessive speakers ("Trump's claim that "Q""), and
 * the person after a role ("MSNBC host Chris Matthews").
 * @module
 */
import { roleOf, verbOf, type CueLexicon } from './cues/index.js';
import type { Frame, SpeakerRef } from './frame.js';
import { fold, isCapitalized, type Tok } from './scan.js';

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
  if (ref.words.length !== 1 || (s > begin && toks[s - 1]!.kind !== 'p')) return false;
  const next = toks[s + 1];
  if (!next || next.kind !== 'w' || isCapitalized(next.text)) return false;
  const w = fold(next.text);
  return verbOf(next.text, lex) === null && !lex.speakerVerbs?.has(w) && !/^(has|had|was|is|will|would|could|should|also|then|later|again|once|never|recently|previously|has|did|does)$/u.test(w);
}
