// The Payload beforeChange hook of examples/cms: enrich on save, idempotent, re-enriched on edit.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnricher, type Enricher } from 'news-enrich';
import { en } from 'news-enrich/en';
import { kk } from 'news-enrich/kk';
import { ru } from 'news-enrich/ru';
import { createEnrichHook, fingerprintOf, type ArticleDoc } from '../../examples/cms/enrich-hook.js';

const TITLE = 'Токаев и Макрон обсудили поставки урана';
const CONTENT = [
  'Президент Казахстана Касым-Жомарт Токаев провёл в Астане переговоры с президентом Франции Эммануэлем Макроном.',
  '«Франция остаётся одним из крупнейших инвесторов в экономику Казахстана», — сказал Токаев журналистам после встречи.',
  'В переговорах также участвовали представители Германии.',
].join('\n\n');

let enricher: Enricher;
let calls = 0;

beforeAll(async () => {
  const real = await createEnricher({ packs: [ru, kk, en] });
  // Counts enrichments, to see when the hook reuses the stored result instead.
  enricher = { packs: real.packs, enrich: (input) => (calls++, real.enrich(input)) };
});

/** One save the way Payload runs it: the hook's return value is what gets stored. */
async function save(data: ArticleDoc, originalDoc?: ArticleDoc): Promise<ArticleDoc> {
  const hook = createEnrichHook({ enricher });
  const stored = await hook({ data, originalDoc, operation: originalDoc ? 'update' : 'create' });
  return { ...originalDoc, ...stored };
}

describe('examples/cms enrich hook', () => {
  it('writes tags, entities and language on create', async () => {
    const doc = await save({ title: TITLE, content: CONTENT });
    expect(doc.language).toBe('ru');
    expect(doc.tags).toEqual(expect.arrayContaining(['person:kasym-jomart-tokaev', 'person:emanuel-makron', 'country:KZ', 'country:FR', 'country:DE']));
    expect(doc.entities).toEqual(expect.arrayContaining([{ id: 'country:FR', name: 'Франция', type: 'country', salience: expect.any(Number) }]));
    expect(doc.enrichedFrom).toBe(fingerprintOf(TITLE, CONTENT));
    expect(doc.title).toBe(TITLE);
  });

  it('gives the same tags when an enriched article is saved again', async () => {
    const first = await save({ title: TITLE, content: CONTENT });
    const before = calls;
    // Second save from the admin form: the whole document, the hook's own fields included.
    const second = await save({ ...first }, first);
    expect(second).toEqual(first);
    expect(calls).toBe(before); // unchanged source: the stored result is reused
    // The same enriched document arriving as a new one (an import): enriched again, same result.
    const imported = await save({ ...first });
    expect(calls).toBe(before + 1);
    expect(imported).toEqual(first);
  });

  it('ignores its own fields as input: tampered tags and entities are overwritten', async () => {
    const first = await save({ title: TITLE, content: CONTENT });
    const tampered = await save({ ...first, tags: ['country:US'], entities: [], language: 'en' }, first);
    expect(tampered).toEqual(first);
    const fresh = await save({ title: TITLE, content: CONTENT, tags: ['country:US'], enrichedFrom: first.enrichedFrom });
    expect(fresh.tags).toEqual(first.tags);
  });

  it('re-enriches when an edit changes the text, and the tags follow', async () => {
    const first = await save({ title: TITLE, content: CONTENT });
    const edited = CONTENT.replace('представители Германии', 'представители Китая');
    // A partial update: only the changed field arrives, the title comes from the stored document.
    const second = await save({ content: edited }, first);
    expect(second.tags).toContain('country:CN');
    expect(second.tags).not.toContain('country:DE');
    expect(second.tags).toContain('person:kasym-jomart-tokaev');
    expect(second.title).toBe(TITLE);
    expect(second.enrichedFrom).toBe(fingerprintOf(TITLE, edited));
    expect(second.enrichedFrom).not.toBe(first.enrichedFrom);
  });
});
