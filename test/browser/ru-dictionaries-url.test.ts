// createRussianPack({ dictionaries }) with an http(s) URL, in Node: the dictionary is fetched
// (the browser's path, exercised here without a browser), while az keeps its file-system loader
// for folder paths.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRussianPack } from '../../src/languages/ru/index.js';
import { serveStatic, type StaticServer } from './static-server.js';

const azDictionaries = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');

describe('Russian dictionary from a URL', () => {
  let server: StaticServer;
  const requested: string[] = [];
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    server = await serveStatic(azDictionaries);
    // Records what the pack asks for, to see that the files really came over HTTP.
    globalThis.fetch = (input, init) => {
      requested.push(String(input));
      return realFetch(input, init);
    };
  });

  afterAll(async () => {
    globalThis.fetch = realFetch;
    await server.close();
  });

  it('loads every dictionary file over HTTP and analyzes words with it', async () => {
    // A trailing slash is fine: az joins folder and file with '/'.
    const pack = createRussianPack({ dictionaries: new URL(`${server.origin}/`) });
    const loaded = await pack.load();
    expect(loaded.code).toBe('ru');
    expect(loaded.lemmatize?.('президента')).toBe('президент');
    expect(loaded.analyze?.('Казахстана')[0]?.grammemes).toContain('Geox');
    const files = requested.map((url) => url.slice(server.origin.length));
    expect(files).toEqual(expect.arrayContaining(['/words.dawg', '/paradigms.array', '/grammemes.json', '/p_t_given_w.intdawg']));
    expect(files.every((file) => !file.startsWith('//'))).toBe(true);
  });
});
