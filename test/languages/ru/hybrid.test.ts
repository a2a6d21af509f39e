import { beforeAll, describe, expect, it } from 'vitest';
import { createRussianEntityRecognizer, ruleCandidates } from '../../../src/languages/ru/entities/index.js';
import { createRussianExtractor } from '../../../src/languages/ru/entities/features.js';
import { labelOf, ruleTags, sentenceRanges } from '../../../src/languages/ru/entities/hybrid.js';
import { loadRussianMorphology, type RussianMorphology } from '../../../src/languages/ru/morph.js';
import { buildDocument } from '../../../src/text/document.js';
import { normalize } from '../../../src/text/normalize.js';
import type { ArticleDocument } from '../../../src/text/document.js';
import type { Entity } from '../../../src/types.js';
import model from '../../../data/ru/ner-model.json' with { type: 'json' };

let morph: RussianMorphology;
let hybrid: (doc: ArticleDocument) => Entity[];
let rules: (doc: ArticleDocument) => Entity[];

const docOf = (text: string): ArticleDocument => {
  const n = normalize(text);
  return buildDocument(n, { start: 0, end: n.text.length, chrome: [] }, 'ru');
};
const names = (es: Entity[], type?: string) =>
  es.filter((e) => !type || e.type === type).flatMap((e) => e.mentions.filter((m) => m.kind === 'name').map((m) => m.text));

beforeAll(async () => {
  morph = await loadRussianMorphology();
  hybrid = createRussianEntityRecognizer(morph);
  rules = createRussianEntityRecognizer(morph, { model: null });
}, 30_000);

describe('the shipped Russian tagger model', () => {
  it('is a trained BIO model over PER, LOC and ORG, small enough to ship', () => {
    expect(model.labels).toEqual(['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG']);
    expect(JSON.stringify(model).length).toBeLessThan(3_000_000);
    expect(String((model.meta as { source?: string }).source)).toMatch(/factRuEval/);
  });
});

describe('rule tags as tagger features', () => {
  it('names the rule behind each candidate and marks the first token of a span', () => {
    const { ctx, sources } = ruleCandidates(docOf('Министр иностранных дел Казахстана Ермек Кошербаев прибыл в Астану.'), morph);
    const tags = ruleTags(ctx, sources);
    const at = (word: string) => tags[ctx.tokens.findIndex((t) => t.text === word)];
    expect(at('Ермек')).toMatchObject({ type: 'person', position: 'B', source: 'people' });
    expect(at('Кошербаев')).toMatchObject({ type: 'person', position: 'I' });
    expect(at('Казахстана')).toMatchObject({ type: 'country', source: 'gazetteer' });
    expect(at('прибыл')).toBeUndefined();
  });

  it('gives every token of a sentence its keys, the same for the same input', () => {
    const { ctx, sources } = ruleCandidates(docOf('Глава «Газпрома» встретился с послом. Потом он уехал.'), morph);
    const tags = ruleTags(ctx, sources);
    const extract = createRussianExtractor(morph);
    const ranges = sentenceRanges(ctx);
    expect(ranges).toHaveLength(2);
    const { from, to } = ranges[0]!;
    const words = ctx.tokens.slice(from, to).map((t) => t.text);
    const a = extract(words, tags.slice(from, to));
    const b = extract(words, tags.slice(from, to));
    expect(a.offsets).toHaveLength(words.length + 1);
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
  });

  it('maps entity types to the tagger labels', () => {
    expect(['person', 'country', 'place', 'organization'].map((t) => labelOf(t as never))).toEqual(['PER', 'LOC', 'LOC', 'ORG']);
  });
});

describe('the hybrid recognizer', () => {
  it('finds an outlet named by its site and keeps the country after a ministry its own mention', () => {
    const es = hybrid(docOf('Об этом сообщает Lenta.ru со ссылкой на Министерство иностранных дел Пакистана.'));
    expect(names(es, 'organization')).toContain('Lenta.ru');
    expect(names(es, 'country')).toContain('Пакистана');
  });

  it('keeps the gazetteer countries the rules found', () => {
    const text = 'Президент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом Узбекистана в Ташкенте.';
    const countries = (es: Entity[]) => es.filter((e) => e.type === 'country').map((e) => e.id).sort();
    expect(countries(hybrid(docOf(text)))).toEqual(countries(rules(docOf(text))));
    expect(names(hybrid(docOf(text)), 'person')).toContain('Касым-Жомарт Токаев');
  });

  it('tags nothing in a sentence without names', () => {
    expect(hybrid(docOf('Вчера в городе шёл сильный дождь, и занятия в школах отменили.'))).toEqual([]);
  });

  it('never turns numbers into organizations', () => {
    const es = hybrid(docOf('Система сложилась ещё в 1930-1940 гг., а в 386-местном собрании у партии 263 места.'));
    expect(names(es, 'organization').filter((n) => /^\d/.test(n))).toEqual([]);
  });
});

describe('people the tagger finds', () => {
  it('joins a first name in another case ending to the full name said before', () => {
    const es = hybrid(
      docOf('Вице-министру Нуркисе Дауешову сделали замечание.\n- Нуркиса, соблюдайте регламент, — сказал Бердибек Сапарбаев.'),
    );
    const people = es.filter((e) => e.type === 'person');
    const nurkisa = people.filter((e) => e.mentions.some((m) => m.text.startsWith('Нуркис')));
    expect(nurkisa).toHaveLength(1);
    expect(people.map((e) => e.name)).toContain('Бердибек Сапарбаев');
  });
});
