import { describe, expect, it } from 'vitest';
import { en } from '../../../src/languages/en/index.js';
import { normalize } from '../../../src/text/normalize.js';
import { buildDocument } from '../../../src/text/document.js';

async function entities(text: string) {
  const pack = await en.load();
  const n = normalize(text);
  const doc = buildDocument(n, { start: 0, end: n.text.length, chrome: [] }, 'en');
  return pack.recognizeEntities!(doc);
}

describe('English entities', () => {
  it('finds Central Asian names, links them across spellings and keeps punctuation out', async () => {
    const found = await entities(
      'On Monday, President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent. ' +
        "Kazakhstan and Uzbekistan signed six agreements, Tokayev's office said.",
    );
    const people = found.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']));
    for (const p of people) for (const m of p.mentions) expect(m.text).not.toMatch(/[.,'’]$|'s$/);
    expect(found.find((e) => e.name === 'Kassym-Jomart Tokayev')?.id).toBe('person:kasym-jomart-tokaev');
    expect(found.filter((e) => e.type === 'country').map((e) => e.id)).toEqual(expect.arrayContaining(['country:KZ', 'country:UZ']));
  });

  it('finds "President Kassym-Jomart Tokayev ..." at the very start of a text', async () => {
    const found = await entities('President Kassym-Jomart Tokayev met the Prime Minister of Malaysia in Astana on Tuesday.');
    expect(found.find((e) => e.type === 'person')?.name).toBe('Kassym-Jomart Tokayev');
  });

  it('reads Central Asian and Baltic leaders in English spelling as people', async () => {
    const found = await entities(
      'Tokayev and Nazarbayev met Mirziyoyev in Samarkand. Zhaparov, Rahmon and Kallas joined later, and Saidov spoke to reporters.',
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Tokayev', 'Nazarbayev', 'Mirziyoyev', 'Zhaparov', 'Rahmon', 'Kallas', 'Saidov']));
  });

  it('keeps dotted abbreviations whole and links known organizations', async () => {
    const found = await entities('U.N. officials met U.S. diplomats in Almaty on Monday.');
    const un = found.find((e) => e.id === 'org:un');
    expect(un?.mentions[0]?.text).toBe('U.N.');
    expect(found.find((e) => e.id === 'country:US')?.mentions[0]?.text).toBe('U.S.');
  });

  it('never throws on odd input', async () => {
    expect(await entities('')).toEqual([]);
    expect(Array.isArray(await entities('"" -- ... 42 % $'))).toBe(true);
  });
});
