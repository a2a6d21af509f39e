import { describe, expect, it } from 'vitest';
import { buildTags, KEYWORD_TAGS } from '../../src/tags/build.js';
import type { Entity, Keyword } from '../../src/types.js';

const entity = (id: string, name: string): Entity => ({
  id,
  type: id.startsWith('country:') ? 'country' : 'person',
  name,
  salience: 0.5,
  mentions: [{ start: 0, end: name.length, text: name, kind: 'name' }],
});
const keyword = (term: string, score = 1): Keyword => ({ term, score, mentions: [] });

describe('buildTags', () => {
  const entities = [entity('person:aset-syzdykov', 'Асет Сыздыков'), entity('country:KZ', 'Казахстан')];
  const keywords = [keyword('экспорт зерна', 3), keyword('казахстан', 2), keyword('элеватор')];

  it('tags entities first, then keywords and the words of their phrases, skipping entity names', () => {
    expect(buildTags(entities, keywords, 'ru')).toEqual([
      'person:aset-syzdykov',
      'country:KZ',
      'keyword:ru:экспорт зерна',
      'keyword:ru:экспорт',
      'keyword:ru:зерна',
      'keyword:ru:элеватор',
    ]);
  });

  it('is deterministic and idempotent', () => {
    const once = buildTags(entities, keywords, 'ru');
    expect(buildTags(entities, keywords, 'ru')).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });

  it(`tags at most ${KEYWORD_TAGS} keywords, and none for an undetermined language`, () => {
    const many = Array.from({ length: KEYWORD_TAGS + 20 }, (_, i) => keyword(`слово${i}`));
    expect(buildTags([], many, 'ru')).toHaveLength(KEYWORD_TAGS);
    expect(buildTags(entities, keywords, 'und')).toEqual(['person:aset-syzdykov', 'country:KZ']);
  });
});

describe('buildTags and entity names', () => {
  it('does not tag a keyword that is an entity name spelt with е for ё', () => {
    const person = entity('person:petr-poroshenko', 'Пётр Порошенко');
    expect(buildTags([person], [keyword('петр порошенко'), keyword('поставка')], 'ru')).toEqual(['person:petr-poroshenko', 'keyword:ru:поставка']);
  });
});
