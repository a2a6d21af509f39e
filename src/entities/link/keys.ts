/**
 * Entity ids: one language-independent string per entity, the same whether the article is in
 * Russian, Kazakh or English. Countries use ISO 3166-1 alpha-2 codes (`country:KZ`); places,
 * organizations and events use the curated keys of data/gazetteer (`place:almaty`, `org:csto`,
 * `event:olympic-games`); people use the {@link latinKey} of their name (`person:emin-guseinov`).
 * @module
 */
import { latinKey } from './translit.js';

/** The kinds of entity an id can name; the part before the colon. */
export type EntityKind = 'country' | 'place' | 'org' | 'event' | 'person';

const KINDS: ReadonlySet<string> = new Set<EntityKind>(['country', 'place', 'org', 'event', 'person']);

/** `country:KZ` from an ISO 3166-1 alpha-2 code (any case). */
export function countryId(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) {
    throw new TypeError(`countryId(): expected an ISO 3166-1 alpha-2 code such as 'KZ', got ${JSON.stringify(code)}`);
  }
  return `country:${code.toUpperCase()}`;
}

/**
 * `person:emin-guseinov` from a person's name in any of the three languages, given name first
 * (the recognizer puts "Гусейнов Эмин" in that order before calling). Empty when the name has no
 * letters or digits, so callers can drop such mentions.
 */
export function personId(name: string): string {
  const key = latinKey(name);
  return key ? `person:${key}` : '';
}

/**
 * An id from a kind and a key. Gazetteer keys are used as they are; a free-text name (an
 * organization the gazetteer does not know) is turned into its {@link latinKey}.
 */
export function entityId(kind: EntityKind, keyOrName: string): string {
  if (kind === 'country') return countryId(keyOrName);
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(keyOrName)) return `${kind}:${keyOrName}`;
  const key = kind === 'place' ? placeKey(keyOrName) : latinKey(keyOrName);
  return key ? `${kind}:${key}` : '';
}

/**
 * Words that name the kind of an administrative unit, in the three languages, by the suffix the
 * key gets. Russian names the unit with an adjective ("Баткенская область"), Kazakh and English
 * with the noun ("Баткен облысы", "Batken Region"): the key keeps the name's stem and the kind.
 */
const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['oblast', 'region'], ['oblysy', 'region'], ['oblysi', 'region'], ['oblisi', 'region'], ['region', 'region'], ['province', 'region'], ['krai', 'region'],
  ['raion', 'district'], ['audany', 'district'], ['audani', 'district'], ['district', 'district'],
]);

/** Russian adjective endings after -sk- ("баткенская" → "batkensk"), in their Latin key form. */
const ADJECTIVE_ENDING = /sk(?:aia|aya|oi|ii|i|ogo|ai|y)$/;

/**
 * The stem of a unit's name: without the Russian adjective ending and a final -sk, so that the
 * adjective and the noun meet ("Свердловская" / "Sverdlovsk" → "sverdlov", "Баткенская" /
 * "Batken" → "batken", "Ошская" / "Osh" → "osh"). Keys stay consistent, if not always pretty
 * ("Омская" / "Omsk" → "om").
 */
function unitStem(word: string): string {
  const base = word.replace(ADJECTIVE_ENDING, 'sk');
  return base.endsWith('sk') && base.length > 3 ? base.slice(0, -2) : base;
}

/**
 * The key of a place name: its {@link latinKey}, except that an administrative unit becomes
 * `<stem>-region` / `<stem>-district` whatever the language ("Баткенская область", "Баткен
 * облысы", "Batken Region" → `batken-region`).
 */
function placeKey(name: string): string {
  const words = latinKey(name).split('-').filter(Boolean);
  const unit = words.length >= 2 ? UNIT_WORDS.get(words[words.length - 1]!) : undefined;
  if (!unit) return words.join('-');
  const stem = words.slice(0, -1).map((w, i, all) => (i === all.length - 1 ? unitStem(w) : w));
  return [...stem, unit].join('-');
}

/** Splits an id into kind and key; undefined when it is not one of ours. */
export function parseId(id: string): { kind: EntityKind; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return undefined;
  const kind = id.slice(0, colon);
  return KINDS.has(kind) ? { kind: kind as EntityKind, key: id.slice(colon + 1) } : undefined;
}
