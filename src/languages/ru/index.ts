/**
 * The Russian language pack: `import { ru } from 'news-enrich/ru'` and pass it to `createEnricher({ packs: [ru] })`.
 * Loading it loads the OpenCorpora morphology dictionary (see morph.ts) and the gazetteer, which
 * the named-entity recognizer (entities/) reads.
 *
 * In a browser the dictionary files (node_modules/az/dicts, about 11 MB, 4 MB gzipped) must be served
 * as static files; {@link createRussianPack} says where:
 * `createRussianPack({ dictionaries: '/dicts' })`.
 * @module
 */
import Az from 'az';
import { definePack, type LanguagePack } from '../pack.js';
import { createRussianEntityRecognizer } from './entities/index.js';
import { loadRussianMorphology } from './morph.js';

/** Options of {@link createRussianPack}. */
export interface RussianPackOptions {
  /**
   * Where the `az` dictionary files are (words.dawg, paradigms.array, grammemes.json, ...).
   * In Node: a folder path; default: the folder the `az` package ships. In a browser or worker: a
   * URL, absolute or relative to the page (e.g. `'/dicts'` or `new URL('./dicts', location.href)`),
   * fetched with `fetch`; default: `'dicts'` next to the page. An http(s) URL is fetched in Node too.
   */
  dictionaries?: string | URL;
}

/**
 * Builds a Russian pack that reads the morphology dictionary from the given place: what a browser
 * needs, since it has no file system. The dictionary loads once per page or process: the first pack
 * loaded decides where from.
 * @example
 * ```ts
 * import { createEnricher } from 'news-enrich';
 * import { createRussianPack } from 'news-enrich/ru';
 * // The files of node_modules/az/dicts, served by your site under /static/az-dicts/.
 * const ru = createRussianPack({ dictionaries: '/static/az-dicts' });
 * const enricher = await createEnricher({ packs: [ru] });
 * ```
 */
export function createRussianPack(options: RussianPackOptions = {}): LanguagePack {
  return definePack('ru', 'Russian', async () => {
    const dictionaries = options.dictionaries === undefined ? undefined : withoutTrailingSlash(String(options.dictionaries));
    if (shouldFetch(dictionaries)) useFetchLoader();
    const morphology = await loadRussianMorphology(dictionaries === undefined ? {} : { dictionaries });
    return {
      code: 'ru',
      lemmatize: morphology.lemma,
      analyze: morphology.parse,
      inflect: morphology.inflect,
      recognizeEntities: createRussianEntityRecognizer(morphology),
    };
  });
}

/**
 * The Russian language pack (dictionary from the `az` package's folder in Node, from `dicts/` next
 * to the page in a browser; use {@link createRussianPack} to choose).
 * @example
 * ```ts
 * import { createEnricher } from 'news-enrich';
 * import { ru } from 'news-enrich/ru';
 * const enricher = await createEnricher({ packs: [ru] });
 * enricher.enrich({ text: 'Президент Казахстана Касым-Жомарт Токаев прибыл в Москву.' }).entities;
 * ```
 */
export const ru: LanguagePack = createRussianPack();

/** The loader `az` calls for every dictionary file (`Az.load`, not in its published types). */
type AzFileLoader = (url: string, responseType: 'json' | 'arraybuffer', callback: (err: unknown, data?: unknown) => void) => void;

function inNode(): boolean {
  return typeof globalThis.process === 'object' && typeof globalThis.process.versions?.node === 'string';
}

function isHttpUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

/**
 * True where the dictionary must come over HTTP: outside Node, or when given an http(s) URL.
 * Outside Node az's own loader cannot be trusted: bundlers turn its `require('fs')` into an empty
 * object, which az takes for a file system, and its XMLHttpRequest fallback never reports a failed
 * request (the load would hang on a 404).
 */
function shouldFetch(dictionaries: string | undefined): boolean {
  return !inNode() || (dictionaries !== undefined && isHttpUrl(dictionaries));
}

/** az's own loader, kept in Node so that file paths still go through the file system. */
let fileLoader: AzFileLoader | undefined;

/** Fetches http(s) URLs, and everything outside Node; hands file paths to az's loader in Node. */
const loadDictionaryFile: AzFileLoader = (url, responseType, callback) => {
  if (fileLoader && !isHttpUrl(url)) fileLoader(url, responseType, callback);
  else fetchDictionaryFile(url, responseType, callback);
};

/** Puts {@link loadDictionaryFile} in place of az's loader (az reads `Az.load` on every file). */
function useFetchLoader(): void {
  const az = Az as unknown as { load: AzFileLoader };
  if (az.load === loadDictionaryFile) return;
  if (inNode()) fileLoader = az.load;
  az.load = loadDictionaryFile;
}

/** One dictionary file over HTTP; a failed request is an error naming the file and the option to set. */
const fetchDictionaryFile: AzFileLoader = (url, responseType, callback) => {
  fetch(url)
    .then((response) => {
      if (!response.ok) {
        throw new Error(`news-enrich/ru: cannot load the morphology dictionary file ${url} (HTTP ${response.status}); set createRussianPack({ dictionaries }) to where node_modules/az/dicts is served`);
      }
      return responseType === 'json' ? response.json() : response.arrayBuffer();
    })
    // Two handlers, not then().catch(): an exception inside az's callback must not call it twice.
    .then(
      (data) => callback(null, data),
      (err: unknown) => callback(err),
    );
};

/** az joins the folder and the file name with '/', so a trailing slash would double it. */
function withoutTrailingSlash(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
