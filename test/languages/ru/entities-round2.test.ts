import { beforeAll, describe, expect, it } from 'vitest';
import { createRussianEntityRecognizer } from '../../../src/languages/ru/entities/index.js';
import { loadRussianMorphology } from '../../../src/languages/ru/morph.js';
import { buildDocument } from '../../../src/text/document.js';
import { normalize } from '../../../src/text/normalize.js';
import type { Entity } from '../../../src/types.js';

let recognize: (text: string) => Entity[];

beforeAll(async () => {
  const rec = createRussianEntityRecognizer(await loadRussianMorphology());
  recognize = (text) => {
    const n = normalize(text);
    return rec(buildDocument(n, { start: 0, end: n.text.length, chrome: [] }, 'ru'));
  };
}, 30_000);

const people = (es: Entity[]) => es.filter((e) => e.type === 'person');
const normals = (es: Entity[]) => es.flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.normal));

describe('Russian person normal forms per mention', () => {
  it('reads a feminine -ия name the dictionary lacks from the verb and keeps it in every case', () => {
    const es = recognize('Христианка Асия Нурбиби была освобождена в среду. Адвокат Асии Нурбиби подал жалобу, а семья Асию Нурбиби поддержала.');
    const ns = normals(people(es));
    expect(ns.filter((n) => n === 'Асия Нурбиби').length).toBeGreaterThanOrEqual(2);
    expect(ns).not.toContain('Асий Нурбиби');
  });

  it('keeps the words of each mention in the text order', () => {
    const es = recognize('Заявление сделал Гусейнов Эмин, а позже выступил Эмин Гусейнов.');
    expect(normals(people(es))).toContain('Гусейнов Эмин');
    expect(people(es)).toHaveLength(1);
  });

  it('joins initials and a surname to the full name given in the text', () => {
    const es = recognize('Министр Акылбек Сарыбаев посетил хозяйства. По словам А. Сарыбаева, урожай будет высоким.');
    expect(people(es).map((e) => e.name)).toEqual(['Акылбек Сарыбаев']);
  });

  it('takes a given name the dictionary reads as a common word before a surname', () => {
    const es = recognize('Премию вручили акиму района Канату Жумабаеву.');
    expect(people(es).map((e) => e.name)).toContain('Канат Жумабаев');
  });

  it('does not read a sentence-initial title as a name', () => {
    const es = recognize('Аким Костанайской области провел совещание.');
    expect(people(es)).toHaveLength(0);
  });
});

describe('Russian organizations and places, round 2', () => {
  it('finds a short quoted name without a head noun', () => {
    const es = recognize('Об этом он сказал «Голосу Америки» во вторник.');
    const org = es.find((e) => e.type === 'organization');
    expect(org?.name).toBe('Голос Америки');
    expect(es.some((e) => e.type === 'place' || e.type === 'country')).toBe(false);
  });

  it('does not take a quoted product after its noun for an organization', () => {
    const es = recognize('Завод выпустил автомобиль «Ласточка» весной.');
    expect(es.some((e) => e.type === 'organization' && e.name === 'Ласточка')).toBe(false);
  });

  it('finds landmarks, planets and the building of a body after a preposition of place', () => {
    const es = recognize('Экипаж вернулся на Землю, а президент выступил в Белом доме.');
    expect(es.find((e) => e.name === 'Земля')?.type).toBe('place');
    expect(es.find((e) => e.name === 'Белый дом')?.type).toBe('place');
  });

  it('reads the Foreign Ministry in lower case and an acronym with a case ending', () => {
    const es = recognize('Посла вызвали в мид. Представитель МИДа отказался от комментариев.');
    const mid = es.filter((e) => e.type === 'organization' && e.name === 'МИД');
    expect(mid).toHaveLength(1);
    expect(mid[0]!.mentions).toHaveLength(2);
  });

  it('keeps the body it is attached to in an organization name with "при"', () => {
    const es = recognize('Заседание провел Совет при Президенте по правам человека.');
    expect(es.some((e) => e.type === 'organization' && e.mentions.some((m) => m.text.startsWith('Совет при Президенте')))).toBe(true);
  });
});
