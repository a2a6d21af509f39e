import { beforeAll, describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/keywords/index.js';
import { englishLemma } from '../../src/keywords/languages/en-lemma.js';
import { kazakhCaseless } from '../../src/keywords/languages/kk-stem.js';
import { russianLemma } from '../../src/keywords/languages/ru.js';
import { scoreFeatures, type CandidateFeatures } from '../../src/keywords/score.js';
import type { LoadedLanguage } from '../../src/languages/pack.js';
import { loadRussianMorphology } from '../../src/languages/ru/morph.js';
import { buildDocument } from '../../src/text/document.js';
import { normalize } from '../../src/text/normalize.js';
import type { Entity } from '../../src/types.js';

let ru: LoadedLanguage;
beforeAll(async () => {
  const morph = await loadRussianMorphology();
  ru = { code: 'ru', lemmatize: morph.lemma, analyze: morph.parse, inflect: morph.inflect };
});

const docOf = (text: string, lang: string, title?: string) => {
  const normalized = normalize(text);
  return buildDocument(normalized, { start: 0, end: normalized.text.length, chrome: [], ...(title ? { title } : {}) }, lang);
};
const terms = (text: string, lang: string, pack?: LoadedLanguage, entities: Entity[] = [], title?: string) =>
  extractKeywords(docOf(text, lang, title), entities, pack).map((k) => k.term);

const RU = [
  'Экспорт казахстанского зерна вырос на 12 процентов.',
  'Аграрии связывают рост экспорта казахстанского зерна с новым урожаем.',
  'По словам экспертов, казахстанское зерно пользуется спросом в Китае и Иране.',
  'Министерство сельского хозяйства ожидает, что экспорт зерна продолжит расти.',
  'Рекордный экспорт зерна ожидается осенью.',
].join(' ');

describe('extractKeywords (Russian)', () => {
  it('puts adjective + noun in the nominative, agreeing with the head', () => {
    const result = terms(RU, 'ru', ru);
    expect(result).toContain('казахстанское зерно');
    expect(result).toContain('экспорт зерна');
    expect(result).not.toContain('казахстанского зерна');
  });

  it('gives every occurrence as a span of the text', () => {
    const kw = extractKeywords(docOf(RU, 'ru'), [], ru).find((k) => k.term === 'казахстанское зерно')!;
    expect(kw.mentions.length).toBe(3);
    for (const m of kw.mentions) expect(RU.slice(m.start, m.end).toLowerCase()).toMatch(/^казахстанск\S+ зерн/);
  });

  it('never returns a stop word or a number alone', () => {
    for (const term of terms(`${RU} Это было в 2024 году, и это 100 процентов.`, 'ru', ru)) {
      expect(['это', 'в', 'и', 'было', '2024', '100']).not.toContain(term);
      expect(term).not.toMatch(/^\d+$/);
    }
  });

  it('keeps entity names whole: no fragment of a recognized name', () => {
    const text = 'Касым-Жомарт Токаев посетил выставку зерна. Токаев осмотрел зерно и технику для уборки зерна.';
    const start = 0;
    const entity: Entity = {
      id: 'person:kassym-jomart-tokayev',
      type: 'person',
      name: 'Касым-Жомарт Токаев',
      salience: 1,
      mentions: [
        { start, end: 19, text: 'Касым-Жомарт Токаев', kind: 'name' },
        { start: 44, end: 50, text: 'Токаев', kind: 'name' },
      ],
    };
    const result = terms(text, 'ru', ru, [entity]);
    expect(result).not.toContain('токаев');
    expect(result.filter((t) => t.includes('токаев'))).toEqual(['касым-жомарт токаев']);
  });

  it('counts a country named only by adjectives, under its name', () => {
    const text = 'Российские аграрии продают зерно. Российское зерно дешевеет, российские порты загружены.';
    const mention = (word: string) => {
      const start = text.indexOf(word);
      return { start, end: start + word.length, text: word, kind: 'adjective' as const };
    };
    const russia: Entity = {
      id: 'country:RU',
      type: 'country',
      name: 'Россия',
      salience: 1,
      mentions: [mention('Российские'), mention('Российское'), mention('российские')],
    };
    const kw = extractKeywords(docOf(text, 'ru'), [russia], ru).find((k) => k.term === 'россия');
    expect(kw?.mentions.length).toBe(3);
    // A single adjective in passing is not enough.
    const once = { ...russia, mentions: russia.mentions.slice(0, 1) };
    expect(terms(text, 'ru', ru, [once])).not.toContain('россия');
  });

  it('merges entities whose names have the same lemmas into one keyword', () => {
    const text = 'Петр Порошенко выступил в Раде. Заявление Петра Порошенко обсуждают.';
    const person = (id: string, name: string, start: number, end: number): Entity => ({
      id,
      type: 'person',
      name,
      salience: 1,
      mentions: [{ start, end, text: text.slice(start, end), kind: 'name' }],
    });
    const second = text.indexOf('Петра');
    const result = terms(text, 'ru', ru, [
      person('person:petr-poroshenko', 'Петр Порошенко', 0, 14),
      person('person:petra-poroshenko', 'Петра Порошенко', second, second + 15),
    ]);
    expect(result.filter((t) => t.includes('порошенко'))).toEqual(['петр порошенко']);
  });

  it('puts back the front of an unknown compound word that the dictionary guess dropped', () => {
    const lemmaOf = (word: string) => russianLemma(word, ru.analyze!(word)[0]);
    expect(lemmaOf('кинопремии')).toBe('кинопремия');
    expect(lemmaOf('криптовалюты')).toBe('криптовалюта');
    // Dictionary words keep their lemma, suppletive ones included.
    expect(lemmaOf('президента')).toBe('президент');
    expect(lemmaOf('дети')).toBe('ребёнок');
    const text = 'Жюри кинопремии собралось в Сочи. Лауреатов кинопремии объявят вечером, кинопремия вручается десятый год.';
    const result = terms(text, 'ru', ru);
    expect(result).toContain('кинопремия');
    expect(result).not.toContain('премия');
  });

  it('names a noun in the plural when the article uses it mostly so', () => {
    const text =
      'Беженцы прибывают в приграничный город. Волонтёры встречают беженцев на вокзале. ' +
      'Для беженцев открыли пункты питания, а один беженец рассказал о дороге. Беженцам выдают одеяла.';
    const result = terms(text, 'ru', ru);
    expect(result).toContain('беженцы');
    expect(result).not.toContain('беженец');
    // An inanimate noun needs a clear majority: two plural uses against one singular stay singular.
    const match = 'Команда забила мячи в обоих таймах. Вратарь пропустил два мяча, а третий мяч отбил.';
    const matchTerms = terms(match, 'ru', ru);
    expect(matchTerms).toContain('мяч');
    expect(matchTerms).not.toContain('мячи');
  });

  it('makes adjectives agree with a plural head', () => {
    const text =
      'Сирийские беженцы живут в лагерях. Сирийских беженцев становится больше, сирийским беженцам помогают соседи.';
    expect(terms(text, 'ru', ru)).toContain('сирийские беженцы');
  });

  it('lets former stop words of everyday prose head a phrase ("гражданская война")', () => {
    const text = 'Гражданская война длилась четыре года. Историки называют гражданскую войну главной темой века.';
    expect(terms(text, 'ru', ru)).toContain('гражданская война');
  });

  it('ranks an entity the headline names above one it does not', () => {
    const text =
      'Делегация Бразилии прибыла на переговоры. Позже к ним присоединились представители Перу. ' +
      'Бразилия предложила новый торговый договор, Перу его поддержало.';
    const country = (name: string, forms: string[]): Entity => ({
      id: `country:${name}`,
      type: 'country',
      name,
      salience: 1,
      // Every occurrence of each form.
      mentions: forms.flatMap((w) =>
        [...text.matchAll(new RegExp(w, 'g'))].map((m) => ({ start: m.index, end: m.index + w.length, text: w, kind: 'name' as const })),
      ),
    });
    const entities = [country('Бразилия', ['Бразилии', 'Бразилия']), country('Перу', ['Перу'])];
    const withTitle = (title: string) => terms(text, 'ru', ru, entities, title);
    const a = withTitle('Перу поддержало договор');
    const b = withTitle('Бразилия предложила договор');
    expect(a.indexOf('перу')).toBeLessThan(a.indexOf('бразилия'));
    expect(b.indexOf('бразилия')).toBeLessThan(b.indexOf('перу'));
  });

  it('is deterministic and empty for empty text', () => {
    expect(terms(RU, 'ru', ru)).toEqual(terms(RU, 'ru', ru));
    expect(extractKeywords(docOf(RU, 'ru'), [], ru)).toEqual(extractKeywords(docOf(RU, 'ru'), [], ru));
    expect(terms('', 'ru', ru)).toEqual([]);
    expect(terms('   ', 'en')).toEqual([]);
  });

  it('returns nothing for a language without rules', () => {
    expect(terms('Ein Text über den Getreideexport.', 'de')).toEqual([]);
  });
});

describe('extractKeywords (English, Kazakh)', () => {
  const EN =
    'Wavelength services are growing. Carriers sell wavelength services to banks. ' +
    'Demand for wavelength services rose as carriers built new networks.';
  it('lower-cases and makes the head singular; no stop word alone', () => {
    const result = terms(EN, 'en');
    expect(result[0]).toBe('wavelength service');
    expect(result).not.toContain('are');
    expect(result).not.toContain('to');
  });

  it('strips Kazakh case endings from the head only', () => {
    const KK = 'Астық экспорты өсті. Астық экспортының көлемі артты. Фермерлер астық экспортына қатысады.';
    expect(terms(KK, 'kk')).toContain('астық экспорты');
  });

  it('lemma rules', () => {
    expect(englishLemma('Policies')).toBe('policy');
    expect(englishLemma('news')).toBe('news');
    expect(kazakhCaseless('Қазақстанда')).toBe('қазақстан');
    expect(kazakhCaseless('сауда')).toBe('сауда');
    expect(kazakhCaseless('Алматы')).toBe('алматы');
  });
});

describe('scoreFeatures', () => {
  const plain: CandidateFeatures = {
    key: 'k',
    occurrences: [],
    words: 1,
    count: 3,
    idf: 3,
    first: 0.2,
    inTitle: false,
    titleWords: false,
    proper: false,
    prior: 1,
  };

  it('multiplies a common word by its word-class prior', () => {
    expect(scoreFeatures({ ...plain, prior: 3 })).toBeCloseTo(3 * scoreFeatures(plain));
    expect(scoreFeatures({ ...plain, prior: 0.5 })).toBeLessThan(scoreFeatures(plain));
  });
});
