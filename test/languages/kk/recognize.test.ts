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
