/**
 * The quoting vocabulary for a language code (Russian rules for anything Cyrillic we do not know).
 * @module
 */
import { EN } from './en.js';
import { KK } from './kk.js';
import { RU } from './ru.js';
import type { CueLexicon } from './types.js';

export type { Agreement, CueLexicon } from './types.js';
export { KK_DEP } from './kk.js';

/** The lexicon for `lang`; Kazakh pages quote Russian speakers and vice versa, so ru and kk share role lookups. */
export function cuesFor(lang: string): CueLexicon {
  if (lang === 'en') return EN;
  if (lang === 'kk') return KK;
  return RU;
}
