// The fast OpenCorpora reader (src/languages/ru/opencorpora.ts) must give exactly az's readings:
// same lemmas, tags, order and scores (to the bit), and the same inflections.
import Az from 'az';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { inflectWithAz, loadRussianMorphology, parseWithAz, type RussianMorphology } from '../../../src/languages/ru/morph.js';

let morph: RussianMorphology;

beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 30_000);

/** Words of every kind az's parsers handle, written for this test. */
const WORDS = [
  // dictionary words, both cases, е/ё, names and places
  'столом', 'Столом', 'еще', 'Еще', 'ЕЩЕ', 'елка', 'Ёлка', 'стали', 'Москвы', 'москвы', 'Иваном', 'иваном', 'Петрова',
  'президента', 'Президента', 'министерства', 'быстро', 'поддержать', 'России', 'Казахстана', 'и', 'в', 'не',
  // initials, abbreviations and all-caps words
  'А', 'а', 'Я', 'Ё', 'Ь', 'МИД', 'ООН', 'НАТО', 'ЦСКА', 'ЖКХ', 'АБВГДЕЖ', 'ФСБ', 'ГКЧП',
  // numbers, punctuation, Roman numerals, Latin
  '123', '-5', '−7', '3,14', '.5', '—', '...', '«', 'XIV', 'MCMXC', 'Apple', 'iPhone', 'Ørsted', 'x',
  // hyphenated: particles, adverbs, compounds, prefixes with a hyphen, three parts
  'кто-то', 'смотри-ка', 'по-западному', 'по-русски', 'ПО-ЗАПАДНОМУ', 'интернет-магазин', 'компания-производитель',
  'Из-за', 'вице-премьер', 'экс-президент', 'анти-глобалист', 'Касым-Жомарт', 'Ростов-на-Дону', 'северо-восток', 'а--б', '-то', 'по-',
  // known prefixes, unknown prefixes, suffix guesses (lower and capitalized)
  'антиглобалистами', 'суперигра', 'наибольшего', 'побыстрее', 'коворкингами', 'Коворкингами', 'Жомарта', 'Токаеву',
  'Нурсултановна', 'блогерша', 'Бхатти', 'хайпануть', 'зумеры', 'Путинъ',
  // edge cases: empty, characters outside CP1251, combining marks, long words
  '', 'σ', '😀', 'а\u0301', 'İstanbul', 'превысокомногорассмотрительствующий', 'ааааааааааааааааааааааааааааааааааааааааа',
];

describe('the fast OpenCorpora reader', () => {
  it('gives az’s readings for words of every kind, scores to the bit and keys in order', () => {
    // (morph.parse reads nothing into words over 40 letters; inflect below still covers them)
    for (const word of WORDS.filter((w) => w.length <= 40)) {
      const expected = parseWithAz(word);
      const actual = morph.parse(word);
      expect(actual, word).toEqual(expected);
      expect(actual.map((r) => Object.keys(r).join()), word).toEqual(expected.map((r) => Object.keys(r).join()));
      expect(actual.map((r) => r.score), word).toEqual(expected.map((r) => r.score));
    }
  });

  it('inflects as az does, for every reading', () => {
    const grammemeSets = [['nomn'], ['nomn', 'sing'], ['gent', 'plur'], ['femn', 'nomn', 'sing'], ['datv'], ['loct', 'plur']];
    for (const word of WORDS) {
      for (const grammemes of grammemeSets) {
        for (const index of [0, 1, 2]) {
          expect(morph.inflect(word, grammemes, index), `${word} ${grammemes.join()} ${index}`).toBe(inflectWithAz(word, grammemes, index));
        }
      }
    }
  });

  it('reads the dictionary files itself once az has loaded them (az is not asked per word)', () => {
    const spy = vi.spyOn(Az, 'Morph');
    try {
      morph.parse('Переподписанными');
      morph.inflect('переподписанными', ['nomn', 'sing']);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('still reads the things entity recognition asks for', () => {
    expect(morph.parse('Москвы')[0]).toMatchObject({ lemma: 'москва', pos: 'NOUN', case: 'gent', known: true });
    expect(morph.parse('москвы').some((r) => r.grammemes.includes('Geox'))).toBe(false);
    expect(morph.parse('Жомарта').every((r) => !r.known)).toBe(true);
    expect(morph.inflect('министерства', ['nomn', 'sing'])).toBe('министерство');
  });
});
