/**
 * Noun-phrase helpers shared by the organization, event and place rules: which words agree as a
 * head's adjectives, which form a genitive chain, and the nominative of a phrase ("Министерства
 * иностранных дел" → "Министерство иностранных дел").
 * @module
 */
import type { RussianParse } from '../morph.js';
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
  const agreeing = headWord === undefined ? undefined : agreeingHead(ctx, words, head);
  const top = agreeing?.parse ?? (headWord === undefined ? undefined : ctx.morph.parse(headWord.toLowerCase())[0]);
  const agree = top?.number === 'plur' ? ['nomn', 'plur'] : top?.gender === 'femn' || top?.gender === 'neut' || top?.gender === 'masc' ? ['nomn', top.gender, 'sing'] : undefined;
  const out = words.map((w, i) => {
    if (i > head) return w;
    if (i === head && agreeing) return nominativeOf(ctx, w, agreeing);
    // Adjectives agree with the head's gender ("Свердловской области" → "Свердловская область").
    if (i < head && agree && isAdj(ctx, w)) {
      // Already in the agreeing form: keep it (re-inflecting "Высший" gives its positive "высокий").
      if (hasForm(ctx, w, agree)) return w;
      const form = ctx.morph.inflect(w.toLowerCase(), agree, adjectiveIndex(ctx, w));
      if (form) return restoreCase(w, form);
    }
    return nominativeWord(ctx, w);
  });
  return out.join(' ');
}

/**
 * The head noun's reading that agrees in case and number (and gender, in the singular) with the
 * adjective right before it: "Верховной Рады" is the genitive singular of "рада", not the plural
 * its most likely reading ("рады", glad) suggests. Undefined without such an adjective or reading.
 */
function agreeingHead(ctx: RuContext, words: readonly string[], head: number): { parse: RussianParse; index: number; spelling: string } | undefined {
  const before = words[head - 1];
  if (before === undefined || !isAdj(ctx, before)) return undefined;
  // A lower-case adjective before a proper name heads the phrase itself ("сборной России").
  if (isLowerCase(before) && !isLowerCase(words[head]!)) return undefined;
  const adjectives = ctx.morph.parse(before.toLowerCase()).filter((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.case);
  const agrees = (n: RussianParse) => n.pos === 'NOUN' && n.case !== undefined && !n.grammemes.includes('Abbr') && adjectives.some((a) => a.case === n.case && a.number === n.number && (n.number === 'plur' || a.gender === n.gender));
  // As written first: the dictionary knows proper nouns capitalized only ("Америки" is America's, "америки" a guess).
  for (const spelling of new Set([words[head]!, words[head]!.toLowerCase()])) {
    const parses = ctx.morph.parse(spelling);
    const index = parses.findIndex(agrees);
    if (index >= 0) return { parse: parses[index]!, index, spelling };
  }
  return undefined;
}

/** The word in the nominative of the given reading of `spelling` (its number kept), case of its first letter kept. */
function nominativeOf(ctx: RuContext, word: string, head: { parse: RussianParse; index: number; spelling: string }): string {
  if (head.parse.case === 'nomn') return word;
  if (/^\p{Lu}{2,}/u.test(word)) return nominativeWord(ctx, word);
  const form = ctx.morph.inflect(head.spelling, ['nomn', head.parse.number === 'plur' ? 'plur' : 'sing'], head.index);
  return form ? restoreCase(word, form.toLowerCase()) : word;
}

function isLowerCase(word: string): boolean {
  return word === word.toLowerCase();
}

/**
 * A dictionary reading of the word (or its top guess: az guesses unlikely nominatives for any
 * ending, "Сколковском") has all the grammemes (case, number, gender) in `grammemes`.
 */
function hasForm(ctx: RuContext, word: string, grammemes: readonly string[]): boolean {
  return ctx.morph.parse(word.toLowerCase()).some((p, i) => (p.known || i === 0) && (p.pos === 'ADJF' || p.pos === 'PRTF') && grammemes.every((g) => g === p.case || g === p.number || g === p.gender));
}

/**
 * The reading to inflect an adjective from: its adjective reading when it also reads as a
 * participle, whose inflection changes tense and voice ("Вооруженных сил" → "вооружившие").
 */
function adjectiveIndex(ctx: RuContext, word: string): number {
  const index = ctx.morph.parse(word.toLowerCase()).findIndex((p) => p.pos === 'ADJF');
  return index < 0 ? 0 : index;
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
