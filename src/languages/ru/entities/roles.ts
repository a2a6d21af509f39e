/**
 * Roles: the title the text gives right before a name ("министр иностранных дел Ермек Кошербаев",
 * "программный директор ... Эмин Гусейнов"), in the nominative, and role nouns that point back to
 * the person last named ("отметил гость", "считает эксперт") as mentions of kind `role`.
 * @module
 */
import { isWord, lemmaAt, type RuContext } from './context.js';
import { BACK_REFERENCES, TITLES } from './lexicon.js';

/** How far back from a name a title may stand (words). */
const MAX_BACK = 9;
/** Longest genitive tail kept in a role ("министр иностранных дел"). */
const MAX_TAIL = 2;

/** The role given right before the name starting at token `from`, nominative; undefined when none. */
export function roleBefore(ctx: RuContext, from: number): string | undefined {
  const { tokens } = ctx;
  let k = from - 1;
  let title = -1;
  for (let n = 0; k >= 0 && n < MAX_BACK; k--, n++) {
    const t = tokens[k]!;
    // Punctuation, a conjunction or another person's name ends the phrase a title could head.
    if (!isWord(t) || t.text === 'и' || t.text === 'а' || (ctx.claimed[k] && ctx.person[k])) break;
    if (TITLES.has(ctx.lower[k]!) || TITLES.has(lemmaAt(ctx, k))) {
      title = k;
      break;
    }
    if (ctx.sentenceStart[k]) break;
  }
  if (title < 0) return undefined;
  // Adjectives right before the title belong to it ("программный директор", "Глава государства" has none).
  let start = title;
  while (start - 1 >= 0 && !ctx.sentenceStart[start] && isWord(tokens[start - 1]) && isAdjective(ctx, tokens[start - 1]!.text, ctx.sentenceStart[start - 1]!) && !ctx.claimed[start - 1]) start--;
  const words: string[] = [];
  for (let k2 = start; k2 <= title; k2++) words.push(nominative(ctx, tokens[k2]!.text));
  const tail = from - title - 1;
  if (tail > 0 && tail <= MAX_TAIL) {
    for (let k2 = title + 1; k2 < from; k2++) {
      const w = tokens[k2]!.text;
      if (!isWord(tokens[k2]) || ctx.claimed[k2] && tail > 1) return words.join(' ');
      words.push(w);
    }
  }
  const role = words.join(' ');
  // A sentence's capital is not part of the title ("Программный директор ..." → "программный директор").
  return ctx.sentenceStart[start] && role.charAt(1) === role.charAt(1).toLowerCase() ? role.charAt(0).toLowerCase() + role.slice(1) : role;
}

function isAdjective(ctx: RuContext, word: string, sentenceStart: boolean): boolean {
  if (!sentenceStart && word.charAt(0) !== word.charAt(0).toLowerCase()) return false;
  const top = ctx.morph.parse(word)[0];
  return top !== undefined && (top.pos === 'ADJF' || top.pos === 'PRTF');
}

/** The word in the nominative singular (the title noun and its adjectives). */
function nominative(ctx: RuContext, word: string): string {
  const lower = word.toLowerCase();
  const top = ctx.morph.parse(lower)[0];
  if (!top || top.case === 'nomn' || !top.case) return word;
  const form = ctx.morph.inflect(lower, ['nomn', 'sing']);
  if (!form) return word;
  return word.charAt(0) === lower.charAt(0) ? form : form.charAt(0).toUpperCase() + form.slice(1);
}

/**
 * Role nouns in the nominative singular that refer back to the last person named ("– отметил
 * гость.", "Эксперт отметил"), added as `role` mentions of that person's id.
 */
export function matchBackReferences(ctx: RuContext, resolveId: (id: string) => string): void {
  const people = ctx.candidates.filter((c) => c.type === 'person' && c.kind === 'name').sort((a, b) => a.start - b.start);
  if (people.length === 0) return;
  let p = -1;
  ctx.tokens.forEach((t, i) => {
    while (p + 1 < people.length && people[p + 1]!.end <= t.start) p++;
    if (p < 0 || t.kind !== 'word' || ctx.claimed[i]) return;
    if (!BACK_REFERENCES.has(ctx.lower[i]!)) return;
    const next = ctx.tokens[i + 1];
    // A title right before a name is the name's role, not a reference back.
    if (next && next.kind === 'word' && next.text.charAt(0) !== next.text.charAt(0).toLowerCase()) return;
    if (isWord(next) && !/[.,!?:;]/.test(ctx.doc.text.slice(t.end, next.start)) && BACK_REFERENCES.has(next.text.toLowerCase())) return;
    const person = people[p]!;
    ctx.candidates.push({ start: t.start, end: t.end, type: 'person', kind: 'role', id: resolveId(person.id), name: person.name });
  });
}
