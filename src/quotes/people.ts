/**
 * The people a quote's pronoun or role noun can refer back to: person entities when the entity
 * stage found them, else person-looking capitalised names we spot ourselves, plus the speakers of
 * earlier quotes. Resolution takes the most recent one before the quote that agrees in gender.
 * @module
 */
import type { LoadedLanguage } from '../languages/pack.js';
import type { ArticleDocument } from '../text/document.js';
import type { Entity } from '../types.js';
import type { Agreement } from './cues/index.js';
import { nameGender, nameReadings, nominativeName, stripKazakhCase } from './names.js';
import { KK } from './cues/kk.js';
import { roleOf } from './cues/index.js';
import { isCapitalized } from './scan.js';

/** A person (or a named source) known at some offset. */
export interface Person {
  /** Offset of the mention. */
  pos: number;
  name: string;
  id?: string;
  gender: Agreement;
  /**
   * The lower-case words before the name ("аким", "ішкі істер министрі"): its title in apposition,
   * space-separated; a role matches when one of them starts with it.
   */
  title?: string;
  /** An organisation speaker ("пресс-служба акима ..."). */
  org?: boolean;
  /** Added as the speaker of an earlier quote. */
  speaker?: boolean;
  /** Mentioned in an oblique case ("строка Николая Некрасова"): a less likely antecedent of "он". */
  oblique?: boolean;
}

/** People of a document, in text order, with a query for the most recent one. */
export class People {
  private readonly list: Person[] = [];

  /** Adds a person (keeps text order). */
  add(p: Person): void {
    let i = this.list.length;
    while (i > 0 && this.list[i - 1]!.pos > p.pos) i--;
    this.list.splice(i, 0, p);
  }

  /**
   * The most recent person before `pos` agreeing with `agreement`; with `role`, one introduced
   * with that title is preferred when it is among the last few. With `titleOnly` (a person noun
   * outside the role lexicon: "швейцар"), only someone introduced with that title.
   */
  before(pos: number, agreement: Agreement, role?: string, org = false, titleOnly = false): Person | undefined {
    let fallback: Person | undefined;
    let disagreeing: Person | undefined;
    let seen = 0;
    for (let i = this.list.length - 1; i >= 0 && seen < 40; i--) {
      const p = this.list[i]!;
      if (p.pos >= pos) continue;
      if (!!p.org !== org) continue;
      if (agreement === 'm' || agreement === 'f') {
        if (p.gender && p.gender !== agreement) {
          disagreeing ??= p;
          continue;
        }
      }
      seen++;
      if (role && p.title && hasTitle(p.title, role)) return p;
      fallback ??= p;
      // A subject among the last few beats a more recent genitive or dative mention.
      if (!role && (!p.oblique || seen >= 3)) return p.oblique ? fallback : p;
    }
    if (titleOnly) return undefined;
    // "глава Минздрава … ответила" with only a man on record: a name's gender is often a guess
    // (Kazakh first names read as Russian masculine), a role noun still points back to someone.
    return fallback ?? (role && !org ? disagreeing : undefined);
  }

  /**
   * The first person after `pos` within `window` characters agreeing with `agreement`: for a
   * pronoun with no antecedent at all (a body that starts "Он заявил…" under a headline naming him).
   */
  after(pos: number, agreement: Agreement, window: number): Person | undefined {
    for (const p of this.list) {
      if (p.pos < pos || p.org) continue;
      if (p.pos - pos > window) return undefined;
      if ((agreement === 'm' || agreement === 'f') && p.gender && p.gender !== agreement) continue;
      return p;
    }
    return undefined;
  }

  /** The speaker of the most recent quote before `pos` within `window` characters, agreeing in gender. */
  lastSpeaker(pos: number, agreement: Agreement, window: number): Person | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const p = this.list[i]!;
      if (p.pos >= pos) continue;
      if (pos - p.pos > window) return undefined;
      if (!p.speaker || p.org) continue;
      if ((agreement === 'm' || agreement === 'f') && p.gender && p.gender !== agreement) continue;
      return p;
    }
    return undefined;
  }

  /** The most recent multi-word person before `pos` one of whose words has the surname key `key`. */
  withSurname(key: string, pos: number): Person | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const p = this.list[i]!;
      if (p.pos >= pos || p.org) continue;
      const words = p.name.split(' ');
      if (words.length > 1 && words.some((w) => surnameKey(w) === key)) return p;
    }
    return undefined;
  }
}

/** Collects the people of the document: entities first, then our own name spotting. */
export function collectPeople(doc: ArticleDocument, entities: readonly Entity[], pack: LoadedLanguage | undefined): People {
  const people = new People();
  let fromEntities = 0;
  for (const e of entities) {
    if (e.type !== 'person' || (doc.lang === 'kk' && !kazakhPersonName(e.name))) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name' && m.kind !== 'role') continue;
      const oblique = doc.lang === 'ru' && m.kind === 'name' && lastWord(m.text) !== lastWord(e.name);
      const title = m.kind === 'name' ? titleBefore(doc.text, m.start, doc.lang) : undefined;
      people.add({ pos: m.start, name: e.name, id: e.id, gender: nameGender(e.name.split(' '), pack), ...(oblique ? { oblique } : {}), ...(title ? { title } : {}) });
      fromEntities++;
    }
  }
  if (fromEntities > 0) return people;
  spotNames(doc, pack, people);
  return people;
}

/** Capitalised word runs that look like person names (dictionary names, or name-like surnames). */
function spotNames(doc: ArticleDocument, pack: LoadedLanguage | undefined, people: People): void {
  const toks = doc.tokens;
  const known = new Map<string, Person>(); // surname key → full person, so a bare "Цой" finds "Алексей Цой"
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || !isCapitalized(t.text)) continue;
    let j = i;
    const words: string[] = [];
    while (j < toks.length && toks[j]!.kind === 'word' && isCapitalized(toks[j]!.text) && words.length < 4) {
      if (j > i && doc.text.slice(toks[j - 1]!.end, toks[j]!.start).trim() !== '') break;
      words.push(toks[j]!.text);
      j++;
    }
    const prev = i > 0 ? toks[i - 1] : undefined;
    const sentenceStart = !prev || prev.kind === 'punct' && /[.!?…:]/u.test(prev.text) || doc.text.slice(prev.end, t.start).includes('\n');
    const person = asPerson(words, pack, sentenceStart, doc.lang);
    if (person) {
      const key = surnameKey(person.at(-1)!);
      const title = prev && prev.kind === 'word' && !isCapitalized(prev.text) ? prev.text.toLowerCase() : undefined;
      let name = doc.lang === 'ru' ? nominativeName(person, pack) : person.join(' ');
      const full = known.get(key);
      if (person.length === 1 && full) name = full.name;
      const p: Person = { pos: t.start, name, gender: nameGender(name.split(' '), pack), ...(title ? { title } : {}) };
      if (person.length > 1 || !full) known.set(key, p);
      people.add(p);
    }
    i = j - 1;
  }
}

/** The words of a run that form a person name, or undefined. */
function asPerson(words: string[], pack: LoadedLanguage | undefined, sentenceStart: boolean, lang: string): string[] | undefined {
  if (words.length === 0) return undefined;
  if (pack?.analyze) {
    const flags = words.map((w) => nameReadings(w, pack).length > 0);
    const n = flags.filter(Boolean).length;
    if (n === 0) return undefined;
    if (words.length === 1 && sentenceStart && nameReadings(words[0]!, pack)[0]?.grammemes.includes('Surn') !== true) return undefined;
    // Trim non-name words at the edges ("Президент Токаев" → "Токаев").
    let a = 0;
    let b = words.length;
    while (a < b && !flags[a]) a++;
    while (b > a && !flags[b - 1]) b--;
    return words.slice(a, b);
  }
  // "Выступил Эмин Гусейнов": without a dictionary, a sentence's first word of three is not the name.
  if (sentenceStart && words.length >= 3) words = words.slice(1);
  const stripped = words.map((w) => (lang === 'kk' ? stripKazakhCase(w) : w.replace(/'s$/u, '')));
  const last = stripped.at(-1)!.toLowerCase();
  const surnameLike = /(ов|ев|ёв|ин|ова|ева|ина|ұлы|улы|қызы|кызы|uly|qyzy|ov|ev|in|ova|eva|ina|енко|ko|ян|yan|ич|ий)$/u.test(last);
  if (lang === 'en') return words.length >= 2 && words.length <= 3 && !sentenceStart ? stripped : undefined;
  if (words.length >= 2 && surnameLike) return stripped;
  if (words.length === 1 && surnameLike && !sentenceStart && stripped[0]!.length > 4) return stripped;
  return undefined;
}

/** Whether one of the title's words starts with the role stem (multi-word stems: the whole title). */
function hasTitle(title: string, role: string): boolean {
  return title.startsWith(role) || title.split(' ').some((w) => w.startsWith(role));
}

/**
 * The title a name is introduced with, from the lower-case words right before `pos` (up to three):
 * the head noun of the apposition, which Kazakh puts last ("президентінің баспасөз хатшысы" →
 * "хатшысы") and Russian first ("министр здравоохранения"; also the word next to the name).
 */
export function titleBefore(text: string, pos: number, lang: string): string | undefined {
  const words = wordsBefore(text, pos);
  if (words.length === 0) return undefined;
  if (lang === 'kk' || words.length === 1) return words.at(-1);
  return `${words[0]} ${words.at(-1)}`;
}

/** Up to three lower-case words right before `pos`, stopping at punctuation or a capitalised word. */
function wordsBefore(text: string, pos: number): string[] {
  const words: string[] = [];
  let i = pos;
  while (words.length < 3) {
    let e = i;
    while (e > 0 && text[e - 1] === ' ') e--;
    let b = e;
    while (b > 0 && /[\p{L}-]/u.test(text[b - 1]!)) b--;
    if (b === e || b === e - 1 && text[b] === '-') break;
    const w = text.slice(b, e);
    if (w[0] !== w[0]!.toLowerCase()) break;
    words.unshift(w.toLowerCase().replace(/ё/gu, 'е'));
    i = b;
  }
  return words;
}

/**
 * Kazakh attributive forms (-дағы/-дегі/-тағы/-тегі: "Алматыдағы" = "the one in Almaty") and
 * locatives make place phrases, never a person's name, whatever an upstream tagger says.
 */
export function kazakhPersonName(name: string): boolean {
  const words = name.split(/[\s]+/u);
  // "Президенттің" / "Prezıdenttiń" alone is a role noun with a case ending, not a name.
  if (words.length === 1 && roleOf(words[0]!, KK.personRoles) !== undefined) return false;
  return !words.some((w) => KK_PLACE_FORM.test(w.toLowerCase()));
}

const KK_PLACE_FORM = /(дағы|дегі|тағы|тегі|daghy|dagy|dağy|daǵy|degi|taghy|tagy|taǵy|tegi)$/u;

/** A crude surname key: lower case, first five letters (the same idea as the scorer's). */
export function surnameKey(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').slice(0, 5);
}

function lastWord(name: string): string {
  return (name.split(' ').at(-1) ?? '').toLowerCase().replace(/ё/g, 'е');
}
