/**
 * Titles written before an English name ("President Kassym-Jomart Tokayev", "Foreign Minister
 * Murat Nurtleu", "US Secretary of State ..."), given as the person's role.
 * @module
 */
import type { Token } from '../../text/tokens.js';

/** Words that end a title phrase just before a name. */
const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'ambassador', 'chairman', 'chairwoman', 'chair', 'governor', 'mayor', 'akim',
  'senator', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'deputy', 'premier', 'prime', 'king', 'queen',
  'prince', 'chancellor', 'envoy', 'commissioner', 'ceo', 'head', 'leader', 'general', 'judge', 'speaker', 'coach',
  'boxer', 'champion', 'player', 'analyst', 'expert', 'journalist', 'professor', 'founder', 'chief',
]);

/** Words that may sit inside a title ("Minister of Foreign Affairs of Kazakhstan"). */
const TITLE_GLUE = new Set(['of', 'for', 'the', 'and', '-']);

/** The title phrase just before token `index`, when its last word is a known title head. */
export function findTitle(sentence: readonly Token[], index: number): string | undefined {
  const j = index - 1;
  if (j < 0 || !TITLE_HEADS.has(sentence[j]!.text.toLowerCase())) return undefined;
  let from = j;
  while (from > 0 && j - from < 5) {
    const prev = sentence[from - 1]!;
    const capital = /^\p{Lu}/u.test(prev.text) && prev.kind === 'word';
    if (!capital && !TITLE_GLUE.has(prev.text.toLowerCase())) break;
    from--;
  }
  while (from < j && TITLE_GLUE.has(sentence[from]!.text.toLowerCase())) from++;
  return sentence.slice(from, j + 1).map((t) => t.text).join(' ');
}

/** Words of a title the tagger may glue to the front of a name ("President Kassym-Jomart Tokayev"). */
/** Title words that may stand right before a name (tagger features and span trimming). */
export const LEADING_TITLE: ReadonlySet<string> = new Set([...TITLE_HEADS, 'foreign', 'mr', 'mrs', 'ms', 'dr', 'sir', 'vice', 'state', 'defense', 'defence', 'interior', 'finance', 'assistant', 'fm', 'pm', 'mp']);

/** How many leading tokens of a span are title words ('.' after Mr/Dr included); 0 when none. */
export function leadingTitleLength(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length - 1 && (LEADING_TITLE.has(tokens[k]!.text.toLowerCase()) || (k > 0 && tokens[k]!.text === '.'))) k++;
  return k;
}
