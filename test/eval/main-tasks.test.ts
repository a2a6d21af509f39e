/**
 * Runs every library-backed task of the eval command end to end against a stub of the library
 * (the real pipeline is tested elsewhere): checks wiring, exit codes and the JSON last line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { EnrichInput, Enrichment } from '../../src/types.js';

const stub = vi.hoisted(() => ({ related: true }));

vi.mock('../../src/index.js', async () => {
  const { RelatedIndex } = await import('../../src/tags/related-index.js');
  // The stub: body = whole text; every capitalised two-word run is a person; "Казахстан" a country;
  // one quote between « »; keywords = lower-cased words of the title; tags = title words.
  const enrich = (input: EnrichInput): Enrichment => {
    const o = typeof input === 'string' ? { text: input } : input;
    const text = o.text ?? '';
    const entities: Enrichment['entities'] = [];
    for (const m of text.matchAll(/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu)) {
      entities.push({ id: `person:${m[0]}`, type: 'person', name: m[0], salience: 1, mentions: [{ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'name' }] });
    }
    if (text.includes('Казахстан')) entities.push({ id: 'country:KZ', type: 'country', name: 'Казахстан', salience: 1, mentions: [] });
    const open = text.indexOf('«');
    const close = text.indexOf('»');
    const quotes: Enrichment['quotes'] =
      open >= 0 && close > open ? [{ start: open + 1, end: close, text: text.slice(open + 1, close), kind: 'direct', speaker: { name: 'Анна Смирнова' } }] : [];
    const titleWords = (o.title ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return {
      ...(o.id ? { id: o.id } : {}),
      language: { code: o.lang ?? 'ru', confidence: 1, paragraphs: [] },
      body: { start: 0, end: text.length, chrome: [] },
      entities,
      quotes,
      keywords: titleWords.map((term, i) => ({ term, score: 1 / (i + 1), mentions: [] })),
      tags: titleWords.map((w) => `keyword:ru:${w}`),
    };
  };
  return {
    createEnricher: async () => ({ packs: ['ru'], enrich }),
    get RelatedIndex() {
      return stub.related ? RelatedIndex : undefined;
    },
    get similarity() {
      return undefined;
    },
  };
});

const { main } = await import('../../src/eval/main.js');

function file(records: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-task-'));
  const path = join(dir, 'data.jsonl');
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
  return path;
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, json: code === 0 ? JSON.parse(out.at(-1)!) : undefined };
}

const sentence = 'Анна Смирнова сказала: «Всё хорошо». Казахстан рад.';

describe('eval tasks against a stubbed library', () => {
  it('ner', async () => {
    const r = await run([
      'ner',
      file([{ id: 'n1', lang: 'ru', text: sentence, entities: [{ start: 0, end: 13, type: 'PER', normal: 'Анна Смирнова' }] }]),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json.metrics.spans.PER.f1).toBe(1);
    expect(r.json.metrics.normal.accuracy).toBe(1);
  });

  it('quotes', async () => {
    const start = sentence.indexOf('Всё');
    const r = await run([
      'quotes',
      file([{ id: 'q1', lang: 'ru', text: sentence, quotes: [{ start, end: start + 'Всё хорошо'.length, speaker: 'Смирнова', kind: 'direct' }] }]),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json.metrics).toMatchObject({ f1: 1, speaker: { accuracy: 1 } });
  });

  it('keywords, with per-language rows', async () => {
    const r = await run([
      'keywords',
      file([
        { id: 'k1', lang: 'ru', title: 'Выборы в Казахстане', text: sentence, keywords: ['выборы', 'Казахстан'] },
        { id: 'k2', lang: 'en', title: 'Elections', text: 'x', keywords: ['election'] },
      ]),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json.metrics.macro.recall).toBe(1);
    expect(Object.keys(r.json.byLanguage)).toEqual(['en', 'ru']);
  });

  it('related, and "similarity not available" when the library has neither index nor similarity', async () => {
    const data = file([
      { id: 'r1', lang: 'ru', title: 'нефть цены', text: 'a', group: 'oil' },
      { id: 'r2', lang: 'ru', title: 'нефть добыча', text: 'b', group: 'oil' },
      { id: 'r3', lang: 'ru', title: 'футбол матч', text: 'c', group: 'sport' },
      { id: 'r4', lang: 'ru', title: 'футбол кубок', text: 'd', group: 'sport' },
    ]);
    const r = await run(['related', data, data, '--json']);
    expect(r.code).toBe(0);
    // Each article's only neighbour is its group mate: P@5 = 1/5 = the ceiling. Files do not mix.
    expect(r.json.metrics.precision).toBeCloseTo(0.2);
    expect(r.json.metrics.ceiling).toBeCloseTo(0.2);
    expect(r.json.docs).toBe(8);
    stub.related = false;
    try {
      const none = await run(['related', data]);
      expect(none.code).toBe(1);
      expect(none.err.join('\n')).toMatch(/similarity not available/);
    } finally {
      stub.related = true;
    }
  });

  it('articles', async () => {
    const text = `Заголовок\n\n${sentence}`;
    const r = await run([
      'articles',
      file([
        {
          id: 'a1',
          lang: 'ru',
          url: 'https://example.org/a1',
          text,
          body_start: 11,
          body_end: text.length,
          chrome: [],
          people: [{ name: 'Анна Смирнова' }],
          countries: ['KZ'],
        },
      ]),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json.metrics.people.micro.f1).toBe(1);
    expect(r.json.metrics.countries.micro.f1).toBe(1);
    expect(r.json.metrics.bodyIoU).toBeCloseTo((text.length - 11) / text.length);
    expect(r.out.join('\n')).toMatch(/docs\/s/);
  });
});
