import { beforeAll, describe, expect, it } from 'vitest';
import { createRussianEntityRecognizer } from '../../../src/languages/ru/entities/index.js';
import type { RuContext } from '../../../src/languages/ru/entities/context.js';
import { nominativePhrase } from '../../../src/languages/ru/entities/phrase.js';
import { loadRussianMorphology, type RussianMorphology } from '../../../src/languages/ru/morph.js';
import { buildDocument } from '../../../src/text/document.js';
import { normalize } from '../../../src/text/normalize.js';
import type { Entity } from '../../../src/types.js';

let recognize: (text: string) => Entity[];
let morph: RussianMorphology;

beforeAll(async () => {
  morph = await loadRussianMorphology();
  const rec = createRussianEntityRecognizer(morph);
  recognize = (text) => {
    const n = normalize(text);
    return rec(buildDocument(n, { start: 0, end: n.text.length, chrome: [] }, 'ru'));
  };
}, 30_000);

const names = (es: Entity[], type: Entity['type']) => es.filter((e) => e.type === type).map((e) => e.name);

describe('Russian person names in the nominative', () => {
  it('puts a soft-stem surname the dictionary lacks in the case of its first name', () => {
    expect(names(recognize('Журналисты долго ждали ответа Игоря Кравчуля на вопросы.'), 'person')).toEqual(['Игорь Кравчуль']);
    expect(names(recognize('Лекция была посвящена Эрнесту Хемингуэю и его романам.'), 'person')).toEqual(['Эрнест Хемингуэй']);
  });

  it('reads a surname declined like an adjective as one, in both genders', () => {
    expect(names(recognize('Сторонники Антона Зелёного собрались в парке.'), 'person')).toEqual(['Антон Зелёный']);
    expect(names(recognize('Цветы вручили Ирине Зелёной после концерта.'), 'person')).toEqual(['Ирина Зелёная']);
  });

  it('declines a man\u2019s surname in -а like a feminine noun', () => {
    expect(names(recognize('Доля Олега Лопатоды в компании выросла.'), 'person')).toEqual(['Олег Лопатода']);
    expect(names(recognize('Переговоры с Олегом Лопатоской прошли в Москве.'), 'person')).toEqual(['Олег Лопатоска']);
    // A Polish surname in -ски does not decline.
    expect(names(recognize('Доля Олега Ковнацки в компании выросла.'), 'person')).toEqual(['Олег Ковнацки']);
  });

  it('leaves a name in -ия/-ки as written when nothing shows an oblique case', () => {
    expect(names(recognize('Визит Хосе Гарсия в Мадрид прошёл спокойно.'), 'person')).toEqual(['Хосе Гарсия']);
  });

  it('takes the case an indeclinable surname leaves open from a title before the name', () => {
    expect(names(recognize('Указ президента Петра Тимошенко вступил в силу.'), 'person')).toEqual(['Пётр Тимошенко']);
    expect(names(recognize('Письмо пришло от Петра Тимошенко вчера.'), 'person')).toEqual(['Пётр Тимошенко']);
  });
});

describe('Russian organization names in the nominative', () => {
  it('reads the head noun in the number and case of its adjective', () => {
    expect(names(recognize('Депутаты Верховной Рады приняли закон.'), 'organization')).toEqual(['Верховная Рада']);
  });

  it('reads a proper-noun head as written, where the dictionary knows it', () => {
    // nominativePhrase asks the context for its morphology only.
    const ctx = { morph } as unknown as RuContext;
    expect(nominativePhrase(ctx, ['Восточной', 'Европы'], 1)).toBe('Восточная Европа');
  });

  it('keeps a lower-case adjective before a proper name, and an adjective already in the nominative', () => {
    const ctx = { morph } as unknown as RuContext;
    expect(nominativePhrase(ctx, ['сборной', 'Бразилии'], 1)).not.toBe('сборная Бразилия');
    expect(nominativePhrase(ctx, ['Высший', 'арбитражный', 'суд'], 2)).toBe('Высший арбитражный суд');
  });

  it('inflects an adjective, not the participle it also reads as', () => {
    const orgs = names(recognize('Учения Вооруженных сил Белоруссии прошли на полигоне.'), 'organization');
    expect(orgs.some((o) => /^Вооружённые силы/.test(o))).toBe(true);
  });
});
