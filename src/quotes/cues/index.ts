/**
 * The quoting vocabulary for a language code (Russian rules for anything Cyrillic we do not know).
 * @module
 */
import { EN } from './en.js';
import { KK } from './kk.js';
import { RU } from './ru.js';
import type { Agreement, CueLexicon } from './types.js';
import { fold } from '../scan.js';

export type { Agreement, CueLexicon } from './types.js';
export { KK_DEP } from './kk.js';

/** The lexicon for `lang`; Kazakh pages quote Russian speakers and vice versa, so ru and kk share role lookups. */
export function cuesFor(lang: string): CueLexicon {
  if (lang === 'en') return EN;
  if (lang === 'kk') return KK;
  return RU;
}

/** Whether a word is a cue verb; returns the matched form's agreement or null. */
export function verbOf(word: string, lex: CueLexicon): Agreement | null {
  const w = fold(word);
  return lex.verbs.has(w) ? lex.verbs.get(w) : null;
}

/** The role stem a word starts with (a short stem only for short words: "мам" is not "мамонт"). */
export function roleOf(word: string, stems: readonly string[]): string | undefined {
  const w = fold(word);
  for (const s of stems) if (w.startsWith(s) && (s.length >= 4 || w.length <= s.length + 3)) return s;
  return undefined;
}
