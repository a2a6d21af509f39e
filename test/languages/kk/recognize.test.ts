import { describe, expect, it } from 'vitest';
import { kk } from '../../../src/languages/kk/index.js';
import { normalize } from '../../../src/text/normalize.js';
import { buildDocument } from '../../../src/text/document.js';

async function entities(text: string) {
  const pack = await kk.load();
  const n = normalize(text);
  const doc = buildDocument(n, { start: 0, end: n.text.length, chrome: [] }, 'kk');
  return pack.recognizeEntities!(doc);
}

describe('Kazakh entities', () => {
  it('finds people in the nominative and links countries through case suffixes', async () => {
    const found = await entities(
      'Мемлекет басшысы Қасым-Жомарт Тоқаев Астанада Өзбекстан Республикасының Президенті Шавкат Мирзиёевпен кездесті. ' +
        'Тоқаевтың айтуынша, Қазақстан мен Өзбекстан арасындағы сауда көлемі өсті.',
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain('Қасым-Жомарт Тоқаев');
    expect(people).toContain('Шавкат Мирзиёев');
    const countries = found.filter((e) => e.type === 'country').map((e) => e.id);
    expect(countries).toEqual(expect.arrayContaining(['country:KZ', 'country:UZ']));
    const tokayev = found.find((e) => e.name === 'Қасым-Жомарт Тоқаев')!;
    expect(tokayev.mentions.length).toBe(2);
  });

  it('never throws and finds nothing in empty or odd text', async () => {
    expect(await entities('')).toEqual([]);
    expect(Array.isArray(await entities('«» — ... 123 🙂'))).toBe(true);
  });
});

describe('Kazakh countries in context', () => {
  const ids = async (text: string, type = 'country') =>
    (await entities(text)).filter((e) => e.type === type).map((e) => e.id).sort();

  it('finds a country inside a title and in the instrumental', async () => {
    expect(await ids('Өзбекстан Республикасының Президенті Шавкат Мирзиёев жұмыс сапарымен Астанаға келеді.')).toContain('country:UZ');
    expect(await ids('Тараптар Өзбекстанмен сауда көлемін екі есе арттыруды көздеп отыр.')).toEqual(['country:UZ']);
  });

  it('links a country with its form of state to the country', async () => {
    const found = await entities('Биыл Түркия Республикасы мен Ресей Федерациясы жаңа келісімге қол қойды.');
    const countries = found.filter((e) => e.type === 'country');
    expect(countries.map((e) => e.id).sort()).toEqual(['country:RU', 'country:TR']);
    expect(found.some((e) => e.type === 'place')).toBe(false);
  });

  it('reads a country adjective as the country', async () => {
    const found = await entities('Өзбек кәсіпкерлері Шымкентте өтетін көрмеге қатысады.');
    const uz = found.find((e) => e.id === 'country:UZ');
    expect(uz?.mentions.map((m) => m.kind)).toEqual(['adjective']);
  });

  it('does not take a currency for the country', async () => {
    expect(await ids('Мұнай бағасы бір баррель үшін сексен АҚШ долларына жетті.')).toEqual([]);
  });

  it('keeps a place glued to a person apart from the person', async () => {
    const found = await entities('Шавкат Мирзиёев Самарқандта шетелдік инвесторлармен кездесті.');
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Шавкат Мирзиёев']);
    expect(found.find((e) => e.id === 'place:samarkand')).toBeDefined();
  });

  it('finds a known body in a case form the tagger missed', async () => {
    expect(await ids('Мәжілісте жаңа заң жобасы талқыланды.', 'organization')).toContain('org:mazhilis');
  });
});
