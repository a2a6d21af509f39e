import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnricher, enrich, type Enricher } from '../src/index.js';
import { ru } from '../src/languages/ru/index.js';

const example = (name: string) => readFileSync(join(import.meta.dirname, '../examples', name), 'utf8');
let enricher: Enricher;
beforeAll(async () => {
  enricher = await createEnricher();
});

describe('enricher.enrich', () => {
  it('finds the body of a Russian page and leaves the "Читайте также" list out', () => {
    const text = example('articles/ru-astana-forum.txt');
    const result = enricher.enrich(text);
    expect(result.language.code).toBe('ru');
    expect(result.language.confidence).toBeGreaterThan(0.5);
    const body = text.slice(result.body.start, result.body.end);
    expect(body.startsWith('Подготовка журналистов')).toBe(true);
    expect(body).toContain('до конца апреля.');
    expect(body).not.toContain('Токаев подписал закон');
    // Names in the chrome (the list of other headlines) never become entities.
    const mentions = result.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.start >= result.body.start || result.body.chrome.some((c) => c.kind === 'headline' && c.start <= m.start)).toBe(true);
      expect(m.end).toBeLessThanOrEqual(result.body.end);
    }
    expect(result.entities.some((e) => /Токаев/.test(e.name))).toBe(false);
  });

  it('detects Kazakh and English pages and each paragraph', () => {
    const kk = enricher.enrich(example('articles/kk-aktobe-grain.txt'));
    expect(kk.language.code).toBe('kk');
    const en = enricher.enrich(example('articles/en-almaty-metro.txt'));
    expect(en.language.code).toBe('en');
    for (const p of en.language.paragraphs) expect(p.end).toBeGreaterThan(p.start);
  });

  it('gives the text of HTML input, with offsets into it', () => {
    const result = enricher.enrich({ html: example('page.html'), id: 'museum' });
    expect(result.id).toBe('museum');
    expect(result.text).toBeDefined();
    expect(result.text).not.toMatch(/dataLayer|font-family|рекламный блок/);
    expect(result.body.title).toBe('В Караганде открыли музей шахтерского труда');
    expect(result.text!.slice(result.body.start, result.body.end)).toContain('музей будет работать бесплатно');
  });

  it('lets the caller-given language win', () => {
    const result = enricher.enrich({ text: 'Short English text about the weather in Astana today.', lang: 'kk' });
    expect(result.language).toMatchObject({ code: 'kk', confidence: 1 });
  });

  it('is deterministic and plain JSON', () => {
    const text = example('articles/ru-astana-forum.txt');
    const a = enricher.enrich(text);
    expect(enricher.enrich(text)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('returns a sensible empty result for empty, whitespace and garbage text', () => {
    for (const text of ['', '   \n\n  ', '\u0000\u0001\ufffd', '\ud800abc\udfff', '🙂🙂🙂', '!!!???']) {
      const result = enricher.enrich(text);
      expect(result.language.code).toBe('und');
      expect(result.body.start).toBeGreaterThanOrEqual(0);
      expect(result.body.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('rejects wrong input types with a TypeError', () => {
    expect(() => enricher.enrich(null as never)).toThrow(TypeError);
    expect(() => enricher.enrich(5 as never)).toThrow(/expected a string/);
  });
});

describe('createEnricher and enrich', () => {
  it('loads only the packs it is given and validates options', async () => {
    const only = await createEnricher({ packs: [ru] });
    expect(only.packs).toEqual(['ru']);
    await expect(createEnricher({ maxLength: -1 })).rejects.toThrow(TypeError);
    const small = await createEnricher({ maxLength: 10 });
    expect(() => small.enrich('x'.repeat(11))).toThrow(RangeError);
  });

  it('enrich() shares a default enricher', async () => {
    const result = await enrich({ text: 'Жители Астаны готовятся к весенним праздникам.', id: '7' });
    expect(result.id).toBe('7');
    expect(result.language.code).toBe('ru');
  });
});
