/**
 * Gazetteer matching: the longest run of words that names a country, place, organization or event
 * in any Russian case form ("Северо-Казахстанской области", "в Кызылорде", "ОДКБ"), and country
 * adjectives ("казахстанский", "узбекско-казахстанских") as mentions of kind `adjective`.
 * @module
 */
import type { GazetteerEntry } from '../../../entities/link/gazetteer.js';
import type { EntityType } from '../../../types.js';
import { accept, adjacent, isAcronym, isCapitalized, isWord, type RuContext } from './context.js';

/** The entity type of a gazetteer entry. */
export function entryType(entry: GazetteerEntry): EntityType {
  switch (entry.type) {
    case 'country':
      return 'country';
    case 'capital':
    case 'city':
    case 'region':
    case 'district':
      return 'place';
    case 'event':
      return 'event';
    default:
      return 'organization';
  }
}

/** Tags every gazetteer name in the body, longest match first, left to right. */
export function matchGazetteer(ctx: RuContext): void {
  const { tokens, gazetteer, text } = { ...ctx, text: ctx.doc.text };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!isWord(first) || ctx.claimed[i]) continue;
    const capital = isCapitalized(first.text) || isAcronym(first.text);
    let words = [first.text];
    let last = i;
    // Collect up to maxWords adjacent words, then try from the longest.
    for (let j = i + 1; j < tokens.length && words.length < gazetteer.maxWords; j++) {
      const t = tokens[j]!;
      if (!isWord(t) || !adjacent(text, tokens[j - 1]!, t) || ctx.claimed[j]) break;
      words.push(t.text);
      last = j;
    }
    // Most words start no name: skip the lookups unless a capital is in reach (the hot path).
    if (!capital && !words.some((w, k) => k > 0 && (isCapitalized(w) || isAcronym(w)))) continue;
    for (let n = words.length; n >= 1; n--) {
      const end = i + n - 1;
      if (end > last) continue;
      // A lower-case start is a common phrase ("совет безопасности") unless a later word is a name.
      if (!capital && !(n >= 2 && words.slice(1, n).some((w) => isCapitalized(w) || isAcronym(w)))) continue;
      const hits = gazetteer.lookup(words.slice(0, n).join(' '), 'ru');
      const clear = n >= 2 || (!ctx.sentenceStart[i] && capital && !isCommonWord(ctx, first.text));
      const entry = hits.find((h) => !h.ambiguous || clear);
      if (!entry) continue;
      accept(ctx, i, end, { type: entryType(entry), kind: 'name', id: entry.id, name: entry.name.ru });
      if (n >= 2 && entry.type !== 'country') nestedPlaces(ctx, i, end);
      i = end;
      break;
    }
    words = [];
  }
}

/** Countries and places named inside a longer name ("Конгресса США"): mentions too, unclaimed. */
function nestedPlaces(ctx: RuContext, from: number, to: number): void {
  for (let k = from + 1; k <= to; k++) {
    const word = ctx.tokens[k]!.text;
    if (!isCapitalized(word) && !isAcronym(word)) continue;
    const hit = ctx.gazetteer.countryByName(word, 'ru') ?? ctx.gazetteer.placeByName(word, 'ru');
    if (hit && !hit.ambiguous) accept(ctx, k, k, { type: entryType(hit), kind: 'name', id: hit.id, name: hit.name.ru }, false);
  }
}

/** True when the morphology knows the word as something other than a place or name. */
function isCommonWord(ctx: RuContext, word: string): boolean {
  const parses = ctx.morph.parse(word);
  const top = parses[0];
  return top !== undefined && top.known && !top.grammemes.some((g) => g === 'Geox' || g === 'Name' || g === 'Surn' || g === 'Orgn');
}

/** Adds a mention of kind `adjective` for every country adjective of the body. */
export function matchCountryAdjectives(ctx: RuContext): void {
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || ctx.claimed[i] || t.text.length < 5) return;
    const lower = t.text.toLowerCase();
    // Country adjectives are -ский/-цкий ones (казахстанский, немецкий): skip the rest cheaply.
    if (!lower.includes('ск') && !lower.includes('цк')) return;
    for (const hit of ctx.gazetteer.countriesByAdjective(lower, 'ru')) {
      if (hit.ambiguous) continue;
      accept(ctx, i, i, { type: 'country', kind: 'adjective', id: hit.entry.id, name: hit.entry.name.ru }, false);
    }
  });
}
