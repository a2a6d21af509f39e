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
  const key = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(keyOrName) ? keyOrName : latinKey(keyOrName);
  return key ? `${kind}:${key}` : '';
}

/** Splits an id into kind and key; undefined when it is not one of ours. */
export function parseId(id: string): { kind: EntityKind; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return undefined;
  const kind = id.slice(0, colon);
  return KINDS.has(kind) ? { kind: kind as EntityKind, key: id.slice(colon + 1) } : undefined;
}
