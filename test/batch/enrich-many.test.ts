// enrichMany as a CMS import job uses it: a stream of articles, some broken, enriched on worker
// threads, coming back in input order and equal to what one thread produces.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrichMany, type EnrichManyError } from '../../src/batch/index.js';
import type { EnrichInput, Enrichment } from '../../src/index.js';

const articlesDir = join(import.meta.dirname, '../../examples/articles');
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(articlesDir, name), 'utf8'));

const sentences = [
  'В Астане открыли новый мост через Ишим. Движение по нему запустят в мае.',
  'Алматы әкімдігі қалада жаңа саябақ салынатынын хабарлады.',
  'The regional court in Shymkent postponed the hearing until next week.',
  '«Мы готовы к зиме», – сказал аким Павлодарской области.',
  'Фото: пресс-служба\n\nЧитайте также: погода на выходные',
];

/** About 50 inputs: articles, short notes, HTML, and inputs enrich() rejects, in a fixed order. */
function inputs(): EnrichInput[] {
  const list: EnrichInput[] = [];
  for (let i = 0; i < 50; i++) {
    const id = `item-${i}`;
    switch (i % 10) {
      case 0:
        list.push({ id, text: articles[i % articles.length]! });
        break;
      case 3:
        list.push(42 as unknown as EnrichInput); // wrong type: no id to report
        break;
      case 5:
        list.push({ id, text: 7 as unknown as string }); // wrong field type
        break;
      case 7:
        list.push({ id, html: `<html><body><p>${sentences[i % sentences.length]}</p><script>x()</script></body></html>` });
        break;
      case 8:
        list.push({ id } as EnrichInput); // neither text nor html
        break;
      default:
        list.push(i % 2 ? { id, text: sentences[i % sentences.length]!, title: `Заголовок ${i}` } : sentences[i % sentences.length]!);
    }
  }
  return list;
}

async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const result of results) out.push(result);
  return out;
}

/** The same inputs, one at a time, as an async source (like lines read from a file). */
async function* slowly(list: EnrichInput[]): AsyncGenerator<EnrichInput> {
  for (const item of list) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield item;
  }
}

describe('enrichMany', () => {
  it('keeps input order on 2 worker threads and equals the sequential results, errors in place', async () => {
    const list = inputs();
    const sequential = await collect(enrichMany(list, { onError: 'record' }));
    const parallel = await collect(enrichMany(slowly(list), { concurrency: 2, onError: 'record' }));
    expect(parallel).toHaveLength(list.length);
    expect(parallel).toEqual(sequential);
    parallel.forEach((result, i) => {
      const input = list[i]!;
      const id = typeof input === 'object' && input !== null ? input.id : undefined;
      if (i % 10 === 3 || i % 10 === 5 || i % 10 === 8) {
        expect(result).toHaveProperty('error');
        expect((result as EnrichManyError).id).toBe(id);
      } else {
        expect(result).not.toHaveProperty('error');
        expect((result as Enrichment).id).toBe(id);
      }
    });
    expect((parallel[3] as EnrichManyError).error).toMatch(/^enrich\(\): expected a string or an object/);
    expect((parallel[7] as Enrichment).text).not.toContain('x()');
  }, 120_000);

  it("onError 'throw' (the default) rejects with the error enrich() threw, on threads too", async () => {
    const list: EnrichInput[] = [sentences[0]!, { id: 'bad', text: 5 as unknown as string }, sentences[1]!];
    const seen: Enrichment[] = [];
    const run = async (concurrency: number) => {
      for await (const result of enrichMany(list, { concurrency })) seen.push(result);
    };
    await expect(run(1)).rejects.toThrow(TypeError);
    await expect(run(2)).rejects.toThrow(/expected input\.text to be a string, got number/);
    expect(seen).toHaveLength(2); // one result before the bad input, once per run
  }, 60_000);

  it('stops its threads when the caller stops early, and reads no more input than it needs', async () => {
    let read = 0;
    function* endless(): Generator<EnrichInput> {
      for (;;) {
        read++;
        yield sentences[read % sentences.length]!;
      }
    }
    let taken = 0;
    for await (const result of enrichMany(endless(), { concurrency: 2 })) {
      expect(result.language.code).toMatch(/^(ru|kk|en)$/);
      if (++taken === 5) break;
    }
    expect(read).toBeLessThanOrEqual(5 + 2 * 4); // the in-flight window, not the whole stream
  }, 60_000);

  it('rejects wrong options with a TypeError that says what to pass', () => {
    expect(() => enrichMany([], { concurrency: 0 })).toThrow(/concurrency to be a positive integer/);
    expect(() => enrichMany([], { concurrency: 1.5 })).toThrow(TypeError);
    expect(() => enrichMany([], { onError: 'skip' as 'record' })).toThrow(/onError to be 'throw' or 'record'/);
    expect(() => enrichMany(42 as unknown as EnrichInput[])).toThrow(/expected an iterable/);
    expect(() => enrichMany([], { maxLength: -1 })).toThrow(/maxLength/);
    const custom = { code: 'xx', name: 'Custom', load: async () => ({ code: 'xx' }) };
    expect(() => enrichMany([], { concurrency: 2, packs: [custom] })).toThrow(/built-in packs/);
  });

  it('passes maxLength to the threads', async () => {
    const results = await collect(enrichMany([{ id: 'long', text: 'слово '.repeat(100) }, 'Астана.'], { concurrency: 2, maxLength: 200, onError: 'record' }));
    expect(results[0]).toEqual({ id: 'long', error: expect.stringMatching(/over maxLength 200/) });
    expect(results[1]).not.toHaveProperty('error');
  }, 60_000);
});
