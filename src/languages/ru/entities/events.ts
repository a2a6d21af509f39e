/**
 * Events: a capitalized adjective run before an event head, with an optional ordinal ("II
 * Центрально-Азиатский медиафорум"), a capitalized head with a year ("Олимпиада-2026"), and
 * championships of the world or a region ("чемпионат мира по боксу"). Normal form: nominative.
 * @module
 */
import { entityId } from './ids.js';
import { accept, adjAt, adjacent, isWord, lemmaAt, type RuContext } from './context.js';
import { EVENT_HEADS } from './lexicon.js';
import { lemmaOf, nominativePhrase, nominativeWord } from './phrase.js';

const CHAMPIONSHIPS: ReadonlySet<string> = new Set(['чемпионат', 'кубок', 'первенство']);
const ROMAN_FIRST: ReadonlySet<string> = new Set(['I', 'V', 'X', 'L', 'C']);
const SCOPES: ReadonlySet<string> = new Set(['мира', 'европы', 'азии', 'африки', 'америки', 'евразии', 'снг']);

/** Tags events in unclaimed tokens. */
export function matchEvents(ctx: RuContext): void {
  const { tokens } = ctx;
  const text = ctx.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || ctx.claimed[i]) continue;
    // "Олимпиада-2026", "Евро-2024": a capitalized word with a year (the regex only on such shapes).
    const year = isDigit(t.text.charCodeAt(t.text.length - 1)) ? /^(\p{Lu}[\p{L}]+)-(\d{4})$/u.exec(t.text) : null;
    const prevLatin = i > 0 && isWord(tokens[i - 1]) && /^[A-Z]/.test(tokens[i - 1]!.text) && adjacent(text, tokens[i - 1]!, t);
    if (year && !prevLatin && (EVENT_HEADS.has(lemmaOf(ctx, year[1]!)) || !ctx.sentenceStart[i] || year[1]!.length <= 5)) {
      const name = `${nominativeWord(ctx, year[1]!)}-${year[2]}`;
      accept(ctx, i, i, { type: 'event', kind: 'name', id: entityId('event', name), name });
      continue;
    }
    // "чемпионат мира по боксу"
    if (isWord(tokens[i + 1]) && SCOPES.has(ctx.lower[i + 1]!) && CHAMPIONSHIPS.has(lemmaAt(ctx, i))) {
      let end = i + 1;
      if (tokens[i + 2]?.text === 'по' && isWord(tokens[i + 3])) end = i + 3;
      const words = tokens.slice(i, end + 1).map((w) => w.text);
      const name = nominativePhrase(ctx, words, 0);
      accept(ctx, i, end, { type: 'event', kind: 'name', id: entityId('event', name), name });
      i = end;
      continue;
    }
    // [ordinal] Capitalized-adjective [adjectives] head: "II Центрально-Азиатский международный медиафорум"
    let from = i;
    let k = i;
    if (t.kind === 'number' || (ROMAN_FIRST.has(t.text.charAt(0)) && /^[IVXLC]+$/.test(t.text))) {
      if (!isWord(tokens[i + 1])) continue;
      k = i + 1;
    }
    if (!ctx.capital[k] || ctx.claimed[k] || (ctx.sentenceStart[k] && from === k)) continue;
    let h = k;
    while (h < tokens.length && h - k < 4 && isWord(tokens[h]) && !ctx.claimed[h] && adjAt(ctx, h) && !EVENT_HEADS.has(lemmaAt(ctx, h))) {
      if (h > k && !adjacent(text, tokens[h - 1]!, tokens[h]!)) break;
      h++;
    }
    const head = tokens[h];
    if (h === k || !isWord(head) || ctx.claimed[h] || !adjacent(text, tokens[h - 1]!, head) || !EVENT_HEADS.has(lemmaAt(ctx, h))) continue;
    const words = tokens.slice(from, h + 1).map((w) => w.text);
    const name = nominativePhrase(ctx, words, words.length - 1);
    accept(ctx, from, h, { type: 'event', kind: 'name', id: entityId('event', name), name });
    i = h;
    from = h;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
