/**
 * Noun-phrase helpers shared by the organization, event and place rules: which words agree as a
 * head's adjectives, which form a genitive chain, and the nominative of a phrase ("Министерства
 * иностранных дел" → "Министерство иностранных дел").
 * @module
 */
import type { RuContext } from './context.js';

/** The top reading's part of speech is an adjective or participle. */
export function isAdj(ctx: RuContext, word: string): boolean {
  const top = ctx.morph.parse(word.toLowerCase())[0];
  return top !== undefined && (top.pos === 'ADJF' || top.pos === 'PRTF');
}

/** Some reading of the word is in the genitive (a link of a chain "дел Казахстана"). */
export function isGenitive(ctx: RuContext, word: string): boolean {
  return ctx.morph.parse(word.toLowerCase()).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF'));
}

/** The most likely lemma of a word, lower case. */
export function lemmaOf(ctx: RuContext, word: string): string {
  return ctx.morph.lemma(word.toLowerCase());
}

/**
 * The nominative of a phrase: words up to and including `head` (the adjectives and the head noun)
 * are put in the nominative, keeping number; the rest (the genitive chain) stays as written.
 */
export function nominativePhrase(ctx: RuContext, words: readonly string[], head: number): string {
  const headWord = words[head];
  const top = headWord === undefined ? undefined : ctx.morph.parse(headWord.toLowerCase())[0];
  const agree = top?.number === 'plur' ? ['nomn', 'plur'] : top?.gender === 'femn' || top?.gender === 'neut' ? ['nomn', top.gender, 'sing'] : undefined;
  const out = words.map((w, i) => {
    if (i > head) return w;
    // Adjectives agree with the head's gender ("Свердловской области" → "Свердловская область").
    if (i < head && agree && isAdj(ctx, w)) {
      const form = ctx.morph.inflect(w.toLowerCase(), agree);
      if (form) return restoreCase(w, form);
    }
    return nominativeWord(ctx, w);
  });
  return out.join(' ');
}

/** One word in the nominative of its most likely reading, case of its first letter kept. */
export function nominativeWord(ctx: RuContext, word: string): string {
  // An acronym with a case ending ("МИДа", "МВФом") is the acronym itself.
  const acronym = /^\p{Lu}{2,}(?=\p{Ll}{1,3}$)/u.exec(word);
  if (acronym) return acronym[0];
  const lower = word.toLowerCase();
  const parses = ctx.morph.parse(lower);
  const top = parses[0];
  if (!top || !top.case || top.case === 'nomn' || parses.some((p) => p.case === 'nomn' && p.score >= top.score)) return word;
  const number = top.number === 'plur' ? 'plur' : 'sing';
  const form = ctx.morph.inflect(lower, ['nomn', number]);
  if (!form) return word;
  return restoreCase(word, form);
}

/** `form` with the capitalization of `word` (first letter, or all capitals). */
export function restoreCase(word: string, form: string): string {
  form = withPrefix(word.toLowerCase(), form);
  if (word.length > 1 && word === word.toUpperCase()) return form.toUpperCase();
  // Keep capitals inside hyphenated words (Центрально-Азиатский).
  const parts = form.split('-');
  const orig = word.split('-');
  return parts
    .map((p, i) => {
      const o = orig[i] ?? '';
      return o && o.charAt(0) !== o.charAt(0).toLowerCase() ? p.charAt(0).toUpperCase() + p.slice(1) : p;
    })
    .join('-');
}

/**
 * az inflects a compound by its known part and drops the rest ("медиафорума" → "форум",
 * "центрально-азиатского" → "азиатский"): put the dropped prefix back.
 */
function withPrefix(lower: string, form: string): string {
  if (form.length < 3 || lower.startsWith(form.slice(0, 3))) return form;
  const k = lower.lastIndexOf(form.slice(0, 3));
  return k > 0 ? lower.slice(0, k) + form : form;
}
