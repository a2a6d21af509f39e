/**
 * Abbreviations that end in a period, per language, and how each behaves at a sentence boundary.
 * The sentence splitter looks a word (or a dotted chain such as "т.е.", "U.S.", "т. д.") up here
 * before treating its period as a full stop. Lists are hand-kept: they are short, and each entry's
 * kind is a judgement about news usage that no dictionary records.
 * @module
 */

/**
 * How an abbreviation's period relates to a sentence end.
 * - `prefix`: always followed by what it qualifies ("Mr. Smith", "им. Абая", "т.е. ..."): never a full stop.
 * - `suffix`: may close a sentence ("и т.д.", "Apple Inc.", "5 млн руб."): a full stop only before an
 *   uppercase word.
 * - `unit`: after a number it is a unit that may close a sentence ("в 2026 г. В Астане": "год");
 *   elsewhere it is a prefix ("г. Астана": "город"). Decided by the token before it.
 * - `list`: closes a list after a conjunction ("Иванов, Петров и др.") and then acts as `suffix`;
 *   elsewhere a prefix ("др. Сейтказиев"). "пр." is a plain `prefix`: in news it is far more often
 *   "проспект" ("и пр. Назарбаева") than "и прочее".
 * - `numeral`: a prefix only before a number ("No. 5", "стр. 12", "п. 3"); elsewhere an ordinary word
 *   (English "no." can end a sentence).
 */
export type AbbreviationKind = 'prefix' | 'suffix' | 'unit' | 'list' | 'numeral';

/**
 * Abbreviations per language, as written (with their periods). A dotted chain is one entry ("т.е.");
 * the spaced spelling "т. е." matches it too. Lookup is case-insensitive, except that a single
 * uppercase letter is always an initial, never an abbreviation ("Г. Абдрахманов" vs "г. Алматы").
 */
export const ABBREVIATIONS: Readonly<Record<'ru' | 'kk' | 'en', Readonly<Record<string, AbbreviationKind>>>> = {
  ru: {
    'т.е.': 'prefix',
    'т.к.': 'prefix',
    'т.н.': 'prefix',
    'т.ч.': 'prefix',
    'и.о.': 'prefix',
    'т.д.': 'suffix',
    'т.п.': 'suffix',
    'г.': 'unit',
    'гг.': 'unit',
    'в.': 'unit',
    'вв.': 'unit',
    'р.': 'unit',
    'им.': 'prefix',
    'ул.': 'prefix',
    'пл.': 'prefix',
    'пер.': 'prefix',
    'просп.': 'prefix',
    'пос.': 'prefix',
    'с.': 'prefix',
    'п.': 'prefix',
    'ст.': 'prefix',
    'св.': 'prefix',
    'ок.': 'prefix',
    'проф.': 'prefix',
    'акад.': 'prefix',
    'доц.': 'prefix',
    'ген.': 'prefix',
    'напр.': 'prefix',
    'англ.': 'prefix',
    'рус.': 'prefix',
    'каз.': 'prefix',
    'лат.': 'prefix',
    'янв.': 'prefix',
    'февр.': 'prefix',
    'апр.': 'prefix',
    'авг.': 'prefix',
    'сент.': 'prefix',
    'окт.': 'prefix',
    'нояб.': 'prefix',
    'дек.': 'prefix',
    'др.': 'list',
    'пр.': 'prefix',
    'млн': 'suffix',
    'млрд': 'suffix',
    'трлн': 'suffix',
    'тыс.': 'suffix',
    'руб.': 'suffix',
    'коп.': 'suffix',
    'долл.': 'suffix',
    'тг.': 'suffix',
    'обл.': 'suffix',
    'стр.': 'numeral',
    'д.': 'numeral',
    'кв.': 'numeral',
    'корп.': 'numeral',
    'ч.': 'numeral',
    'рис.': 'numeral',
    'табл.': 'numeral',
    'т.': 'numeral',
  },
  kk: {
    'т.б.': 'suffix',
    'т.с.с.': 'suffix',
    'ж.': 'unit',
    'жж.': 'unit',
    'ғ.': 'unit',
    'қ.': 'prefix',
    'ауд.': 'suffix',
    'көш.': 'suffix',
    'тг.': 'suffix',
    'млн': 'suffix',
    'млрд': 'suffix',
  },
  en: {
    'mr.': 'prefix',
    'mrs.': 'prefix',
    'ms.': 'prefix',
    'dr.': 'prefix',
    'prof.': 'prefix',
    'sen.': 'prefix',
    'rep.': 'prefix',
    'gov.': 'prefix',
    'gen.': 'prefix',
    'col.': 'prefix',
    'lt.': 'prefix',
    'sgt.': 'prefix',
    'capt.': 'prefix',
    'adm.': 'prefix',
    'maj.': 'prefix',
    'rev.': 'prefix',
    'pres.': 'prefix',
    'hon.': 'prefix',
    'st.': 'prefix',
    'mt.': 'prefix',
    'ft.': 'prefix',
    'u.s.': 'prefix',
    'u.k.': 'prefix',
    'u.n.': 'prefix',
    'e.u.': 'prefix',
    'e.g.': 'prefix',
    'i.e.': 'prefix',
    'cf.': 'prefix',
    'vs.': 'prefix',
    'approx.': 'prefix',
    'jan.': 'prefix',
    'feb.': 'prefix',
    'mar.': 'prefix',
    'apr.': 'prefix',
    'jun.': 'prefix',
    'jul.': 'prefix',
    'aug.': 'prefix',
    'sep.': 'prefix',
    'sept.': 'prefix',
    'oct.': 'prefix',
    'nov.': 'prefix',
    'dec.': 'prefix',
    'jr.': 'suffix',
    'sr.': 'suffix',
    'inc.': 'suffix',
    'corp.': 'suffix',
    'ltd.': 'suffix',
    'co.': 'suffix',
    'llc.': 'suffix',
    'plc.': 'suffix',
    'etc.': 'suffix',
    'a.m.': 'suffix',
    'p.m.': 'suffix',
    'no.': 'numeral',
    'nos.': 'numeral',
    'vol.': 'numeral',
    'fig.': 'numeral',
    'p.': 'numeral',
    'pp.': 'numeral',
  },
};

/** Lookup key: lowercase, periods dropped between parts ("т.е." and "т. е." → "т.е"). */
function keyOf(form: string): string {
  return form.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
}

let merged: Map<string, AbbreviationKind> | undefined;

/**
 * The kind of an abbreviation given its parts ("т", "е" for "т.е."; "Mr" for "Mr."), searching all
 * languages at once: Kazakh news quotes Russian abbreviations and the text's language is not known
 * per sentence. Where languages disagree the first listed (ru, kk, en) wins; none do today.
 */
export function abbreviationKind(parts: readonly string[]): AbbreviationKind | undefined {
  if (merged === undefined) {
    merged = new Map();
    for (const table of [ABBREVIATIONS.ru, ABBREVIATIONS.kk, ABBREVIATIONS.en]) {
      for (const [form, kind] of Object.entries(table)) {
        const key = keyOf(form);
        if (!merged.has(key)) merged.set(key, kind);
      }
    }
  }
  return merged.get(parts.join('.').toLowerCase());
}
