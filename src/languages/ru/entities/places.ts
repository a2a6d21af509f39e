/**
 * Places and organizations the gazetteer does not know, from the dictionary's Geox and Orgn
 * grammemes ("в Бенрате" after a preposition of place, "Восточной Сибири" with its capitalized
 * adjective), with the nominative as normal form.
 * @module
 */
import { entityId } from './ids.js';
import { accept, adjAt, adjacent, isCyrillic, isWord, lemmaAt, type RuContext } from './context.js';
import { NOT_NAMES } from './lexicon.js';
import { nominativePhrase, nominativeWord, restoreCase } from './phrase.js';

/** Prepositions after which an unknown capitalized word is most likely a place ("в Бенрате"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во', 'из', 'под', 'близ', 'возле', 'около']);

/** Nouns that name a kind of place: "Свердловской области" (after adjectives), "реке Славянке" (before a name). */
const PLACE_TYPES: ReadonlySet<string> = new Set([
  'область', 'край', 'район', 'округ', 'республика', 'улица', 'площадь', 'проспект', 'бульвар', 'переулок', 'шоссе',
  'остров', 'полуостров', 'море', 'океан', 'река', 'озеро', 'гора', 'залив', 'пролив', 'штат', 'провинция',
  'графство', 'губерния', 'регион', 'побережье', 'город', 'село', 'посёлок', 'поселок', 'деревня', 'аул', 'станица',
  'мыс', 'порт', 'пустыня', 'долина', 'хребет', 'архипелаг', 'кладбище', 'набережная', 'микрорайон', 'канал',
  'империя', 'автономия', 'княжество', 'королевство', 'эмират', 'каганат', 'халифат',
]);

/**
 * Landmarks and heavenly bodies written with a capital: places when capitalized inside a sentence
 * ("на ступенях Капитолия", "вернулся на Землю"). Lemmas → normal form.
 */
const LANDMARKS: ReadonlyMap<string, string> = new Map([
  ['капитолий', 'Капитолий'], ['земля', 'Земля'], ['луна', 'Луна'], ['марс', 'Марс'], ['солнце', 'Солнце'],
  ['венера', 'Венера'], ['юпитер', 'Юпитер'], ['сатурн', 'Сатурн'], ['меркурий', 'Меркурий'],
]);

/** Landmarks and planets, capitalized inside a sentence. */
export function matchLandmarks(ctx: RuContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.capital[i] || ctx.claimed[i] || ctx.sentenceStart[i]) continue;
    const name = LANDMARKS.get(lemmaAt(ctx, i));
    if (name) accept(ctx, i, i, { type: 'place', kind: 'name', id: entityId('place', name), name });
  }
}

/** Russian acronyms of countries the gazetteer may lack (historical ones). */
const COUNTRY_ACRONYMS: ReadonlyMap<string, [string, string]> = new Map([
  ['СССР', ['country:SU', 'СССР']],
  ['ФРГ', ['country:DE', 'Германия']],
  ['КНР', ['country:CN', 'Китай']],
  ['КНДР', ['country:KP', 'КНДР']],
  ['ОАЭ', ['country:AE', 'ОАЭ']],
  ['ЮАР', ['country:ZA', 'ЮАР']],
]);

/** Country acronyms and place-type phrases ("Свердловской области", "реки Славянки"). */
export function matchPlacePhrases(ctx: RuContext): void {
  const { tokens } = ctx;
  const text = ctx.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || ctx.claimed[i]) continue;
    const acronym = COUNTRY_ACRONYMS.get(t.text);
    if (acronym) {
      accept(ctx, i, i, { type: 'country', kind: 'name', id: acronym[0], name: acronym[1] });
      continue;
    }
    // "реки Славянки", "острове Уайт", "мыс Канаверал": the name after the kind of place. The
    // lemma is asked only when a capitalized word follows (most tokens are neither).
    const next = tokens[i + 1];
    // Two capitalized words after it are a person ("акиму района Канату Жумабаеву"), not the place's name.
    const after = tokens[i + 2];
    const nameNext = isWord(next) && !ctx.claimed[i + 1] && ctx.capital[i + 1]! && adjacent(text, t, next) && !ctx.sentenceStart[i + 1] && !(isWord(after) && ctx.capital[i + 2] && adjacent(text, next, after));
    const adjStart = ctx.capital[i]! && !ctx.sentenceStart[i];
    if (!nameNext && !adjStart) continue;
    if (PLACE_TYPES.has(lemmaAt(ctx, i))) {
      if (nameNext) {
        const name = nominativePhrase(ctx, [next.text], 0);
        accept(ctx, i + 1, i + 1, { type: 'place', kind: 'name', id: entityId('place', name), name });
        i++;
      }
      continue;
    }
    // Capitalized adjectives + a kind of place: "Свердловской области", "Южно-Китайском море".
    if (!adjStart || !adjAt(ctx, i)) continue;
    let h = i + 1;
    while (h < tokens.length && h - i < 3 && isWord(tokens[h]) && !ctx.claimed[h] && adjAt(ctx, h) && !PLACE_TYPES.has(lemmaAt(ctx, h))) h++;
    const head = tokens[h];
    if (!isWord(head) || ctx.claimed[h] || !adjacent(text, tokens[h - 1]!, head) || !PLACE_TYPES.has(lemmaAt(ctx, h))) continue;
    const words = tokens.slice(i, h + 1).map((w) => w.text);
    const name = nominativePhrase(ctx, words, words.length - 1);
    accept(ctx, i, h, { type: 'place', kind: 'name', id: entityId('place', name), name });
    i = h;
  }
}

/** Tags places (Geox) and organizations (Orgn) among unclaimed capitalized words. */
export function matchDictionaryPlaces(ctx: RuContext): void {
  const { tokens } = ctx;
  const text = ctx.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || ctx.claimed[i] || !ctx.capital[i] || !isCyrillic(t.text) || NOT_NAMES.has(t.text.toLowerCase())) continue;
    // Capitalized adjectives before the noun belong to the place ("Южной Каролине").
    let h = i;
    while (h + 1 < tokens.length && h - i < 2 && !ctx.sentenceStart[h] && adjAt(ctx, h) && isWord(tokens[h + 1]) && !ctx.claimed[h + 1] && ctx.capital[h + 1]! && adjacent(text, tokens[h]!, tokens[h + 1]!)) h++;
    const word = tokens[h]!.text;
    const parses = ctx.morph.parse(word);
    const top = parses[0];
    if (!top) continue;
    const geox = parses.find((p) => p.known && p.grammemes.includes('Geox') && p.pos === 'NOUN');
    const orgn = parses.find((p) => p.known && p.grammemes.includes('Orgn') && p.pos === 'NOUN');
    const start = ctx.sentenceStart[i]!;
    const prev = tokens[i - 1];
    const afterPlacePrep = isWord(prev) && PLACE_PREPOSITIONS.has(prev.text.toLowerCase());
    let type: 'place' | 'organization' | undefined;
    if (geox && (!start || top.grammemes.includes('Geox') || afterPlacePrep)) type = 'place';
    else if (orgn && (!start || top.grammemes.includes('Orgn'))) type = 'organization';
    else if (h === i && !start && afterPlacePrep && !parses.some((p) => p.known) && top.pos === 'NOUN') type = 'place';
    if (!type) continue;
    const words = tokens.slice(i, h + 1).map((w) => w.text);
    const reading = type === 'place' ? geox : type === 'organization' ? orgn : undefined;
    // The noun's dictionary lemma is its nominative; the adjectives agree with it.
    const noun = reading ? restoreCase(word, reading.lemma) : nominativeWord(ctx, word);
    const name = [...words.slice(0, -1).map((w) => nominativeWord(ctx, w)), noun].join(' ');
    accept(ctx, i, h, { type, kind: 'name', id: entityId(type === 'place' ? 'place' : 'org', name), name });
    i = h;
  }
}
