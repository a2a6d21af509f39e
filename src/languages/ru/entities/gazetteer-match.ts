/**
 * Gazetteer matching: the longest run of words that names a country, place, organization or event
 * in any Russian case form ("Северо-Казахстанской области", "в Кызылорде", "ОДКБ"), and country
 * adjectives ("казахстанский", "узбекско-казахстанских") as mentions of kind `adjective`.
 * @module
 */
import type { GazetteerEntry } from '../../../entities/link/gazetteer.js';
import type { EntityType } from '../../../types.js';
import { entityId } from './ids.js';
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
  const { tokens, gazetteer } = ctx;
  const text = ctx.doc.text;
  const startsName = (words: string) => gazetteer.startsName?.(words) ?? true;
  // Word count n → the n-gram at i (only those some name starts with).
  const grams: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!isWord(first) || ctx.claimed[i]) continue;
    const capital = ctx.capital[i]! || ctx.acronym[i]!;
    // Most words start no name: one set read rejects them before any n-gram is built (the hot path).
    if (!startsName(first.text)) continue;
    grams.length = 0;
    grams.push(first.text);
    let laterCapital = -1;
    // Extend while the words so far still begin some name.
    for (let j = i + 1; j < tokens.length && grams.length < gazetteer.maxWords; j++) {
      const t = tokens[j]!;
      if (!isWord(t) || !adjacent(text, tokens[j - 1]!, t) || ctx.claimed[j]) break;
      const gram = `${grams[grams.length - 1]!} ${t.text}`;
      if (!startsName(gram)) break;
      grams.push(gram);
      if (laterCapital < 0 && (ctx.capital[j] || ctx.acronym[j])) laterCapital = j;
    }
    if (!capital && laterCapital < 0) continue;
    for (let n = grams.length; n >= 1; n--) {
      const end = i + n - 1;
      // A lower-case start is a common phrase ("совет безопасности") unless a later word is a name.
      if (!capital && !(n >= 2 && laterCapital >= 0 && laterCapital <= end)) continue;
      const hits = gazetteer.lookup(grams[n - 1]!, 'ru');
      if (hits.length === 0) continue;
      const clear = n >= 2 || (!ctx.sentenceStart[i] && capital && !isCommonWord(ctx, first.text));
      const entry = hits.find((h) => !h.ambiguous || clear);
      if (!entry) continue;
      if (BUILDINGS.has(entry.id) && i > 0 && IN_PLACE.has(ctx.lower[i - 1]!)) {
        // "в Белом доме": the building, a place; "Белый дом заявил": the administration.
        accept(ctx, i, end, { type: 'place', kind: 'name', id: entityId('place', entry.name.ru), name: entry.name.ru });
        i = end;
        break;
      }
      accept(ctx, i, end, { type: entryType(entry), kind: 'name', id: entry.id, name: entry.name.ru });
      if (n >= 2 && entry.type !== 'country') nestedPlaces(ctx, i, end);
      i = end;
      break;
    }
  }
}

/** Bodies named after their building: after a preposition of place they are the building. */
const BUILDINGS: ReadonlySet<string> = new Set(['org:white-house']);
const IN_PLACE: ReadonlySet<string> = new Set(['в', 'во', 'у', 'около', 'возле', 'перед', 'из', 'близ']);

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
    const lower = ctx.lower[i]!;
    // Country adjectives are -ский/-цкий ones (казахстанский, немецкий): skip the rest cheaply.
    if (!lower.includes('ск') && !lower.includes('цк')) return;
    for (const hit of ctx.gazetteer.countriesByAdjective(lower, 'ru')) {
      if (hit.ambiguous) continue;
      accept(ctx, i, i, { type: 'country', kind: 'adjective', id: hit.entry.id, name: hit.entry.name.ru }, false);
    }
  });
}
