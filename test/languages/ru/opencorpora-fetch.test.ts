// The browser's way of loading the dictionary (createRussianPack({ dictionaries: URL }), files
// fetched over HTTP) must hand the fast reader its files too, so a page gets the same speed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az from 'az';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRussianPack } from '../../../src/languages/ru/index.js';
import { parseWithAz } from '../../../src/languages/ru/morph.js';
import { serveStatic, type StaticServer } from '../../browser/static-server.js';

const azDictionaries = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');

describe('the fast reader over fetched dictionary files', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(azDictionaries);
  });

  afterAll(async () => {
    await server.close();
  });

  it('reads fetched files itself and agrees with az', async () => {
    const loaded = await createRussianPack({ dictionaries: server.origin }).load();
    const spy = vi.spyOn(Az, 'Morph');
    let readings;
    try {
      readings = loaded.analyze?.('Казахстанского');
      expect(loaded.inflect?.('казахстанского', ['nomn', 'sing'])).toBe('казахстанский');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(readings).toEqual(parseWithAz('Казахстанского'));
  });
});
