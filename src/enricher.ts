/**
 * The enricher: resources load once in the async {@link createEnricher}, then
 * {@link Enricher.enrich} is synchronous and cheap to call on every CMS save.
 * @module
 */
import { runPipeline } from './enrich.js';
import { en } from './languages/en/index.js';
import { kk } from './languages/kk/index.js';
import type { LanguagePack, LoadedLanguage } from './languages/pack.js';
import { ru } from './languages/ru/index.js';
import { readInput } from './text/input.js';
import type { EnrichInput, Enrichment } from './types.js';

/**
 * Options of {@link createEnricher}.
 * @example
 * ```ts
 * import { createEnricher } from 'news-enrich';
 * import { createRussianPack } from 'news-enrich/ru';
 * // In a browser: the Russian dictionary from where the site serves node_modules/az/dicts.
 * const enricher = await createEnricher({
 *   packs: [createRussianPack({ dictionaries: '/static/az-dicts' })],
 *   languages: ['ru', 'kk'],
 *   maxLength: 1_000_000,
 * });
 * ```
 */
export interface EnricherOptions {
  /**
   * Language packs to load. Default: Russian, Kazakh and English (`ru` reading its dictionary
   * from the `az` package in Node; in a browser pass `createRussianPack({ dictionaries })`).
   */
  packs?: readonly LanguagePack[];
  /**
   * Languages expected in the input (ISO 639-1), used as candidates by language detection.
   * Default: every language the detector knows (the region's neighbours included, so Kyrgyz or
   * Tatar text is reported as such rather than as Kazakh).
   */
  languages?: readonly string[];
  /** Longest accepted input in characters; longer input throws a RangeError. Default 10,000,000. */
  maxLength?: number;
}

/**
 * A loaded enricher: create it once (at startup), then call {@link Enricher.enrich} per article.
 * @example
 * ```ts
 * const enricher: Enricher = await createEnricher();
 * enricher.packs;                                        // ['ru', 'kk', 'en']
 * const { tags } = enricher.enrich({ html: pageHtml });  // synchronous
 * ```
 */
export interface Enricher {
  /** Enriches one article. Throws a TypeError on wrong input types, never on odd text. */
  enrich(input: EnrichInput): Enrichment;
  /** The language packs this enricher loaded (ISO 639-1 codes). */
  readonly packs: readonly string[];
}

/**
 * Default {@link EnricherOptions.maxLength}: 10 million characters (about 20 MB of UTF-16).
 * @example
 * ```ts
 * import { createEnricher, DEFAULT_MAX_LENGTH } from 'news-enrich';
 * const enricher = await createEnricher({ maxLength: DEFAULT_MAX_LENGTH / 10 }); // a stricter limit for a public form
 * ```
 */
export const DEFAULT_MAX_LENGTH = 10_000_000;

/**
 * Loads the language resources once and returns an enricher.
 * @example
 * ```ts
 * import { createEnricher } from 'news-enrich';
 * import { ru } from 'news-enrich/ru';
 * const enricher = await createEnricher({ packs: [ru] });
 * const result = enricher.enrich({ text: articleText, title });
 * console.log(result.language.code, result.body);
 * ```
 */
export async function createEnricher(options: EnricherOptions = {}): Promise<Enricher> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength <= 0) {
    throw new TypeError(`createEnricher(): expected maxLength to be a positive integer, got ${String(options.maxLength)}`);
  }
  const packs = options.packs ?? [ru, kk, en];
  const loaded: LoadedLanguage[] = await Promise.all(packs.map((pack) => pack.load()));
  const config = { languages: [...(options.languages ?? [])], packs: new Map(loaded.map((l) => [l.code, l])) };
  return {
    packs: loaded.map((l) => l.code),
    enrich: (input) => runPipeline(readInput(input, maxLength), config),
  };
}

let defaultEnricher: Promise<Enricher> | undefined;

/**
 * Enriches one article with a shared default enricher (created on first call).
 * @example
 * ```ts
 * import { enrich } from 'news-enrich';
 * const { language, body, tags } = await enrich({ html: pageHtml });
 * ```
 */
export async function enrich(input: EnrichInput): Promise<Enrichment> {
  defaultEnricher ??= createEnricher();
  return (await defaultEnricher).enrich(input);
}
