/**
 * Entity ids, remembered: {@link entityId} and {@link personId} transliterate through a chain of
 * replacements, and the same names come back in article after article.
 * @module
 */
import { entityId as computeEntityId, personId as computePersonId, type EntityKind } from '../../../entities/link/keys.js';

const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

function remember(key: string, compute: () => string): string {
  let id = cache.get(key);
  if (id === undefined) {
    id = compute();
    // Bounded, so a pipeline over a whole archive does not grow it without limit.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, id);
  }
  return id;
}

/** Same as the shared `entityId`, cached. */
export function entityId(kind: EntityKind, keyOrName: string): string {
  return remember(`${kind}\u0000${keyOrName}`, () => computeEntityId(kind, keyOrName));
}

/** Same as the shared `personId`, cached. */
export function personId(name: string): string {
  return remember(`person\u0000${name}`, () => computePersonId(name));
}
