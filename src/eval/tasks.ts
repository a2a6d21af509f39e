/**
 * Runs the library over dataset records and turns its output into each scorer's predictions.
 * This is the only part of the eval command that calls news-enrich; the scorers are pure.
 * @module
 */
import type { Enricher } from '../enricher.js';
import type { Enrichment } from '../types.js';
import { enrichmentToArticlePrediction, type ArticlePrediction } from './articles.js';
import { keywordTerms } from './keywords.js';
import { entitiesToSpans, type NerSpan } from './ner.js';
import { nearestBySimilarity } from './related.js';
import { quotesToPredictions, type QuotePrediction } from './quotes.js';

/** The library surface the eval command uses (the package's public entry). */
export type Library = typeof import('../index.js');

/** The task names, in the order `--help` lists them. */
export const TASKS = ['langid', 'ner', 'quotes', 'keywords', 'related', 'articles'] as const;

/** One task name. */
export type TaskName = (typeof TASKS)[number];

/** A dataset record as read from JSONL; each scorer reads its own fields. */
export type DataRecord = Record<string, unknown> & { id?: string; lang?: string; text?: string; title?: string; url?: string };

/** Predictions for a batch of records, with the time spent in the library. */
export interface Predictions<P> {
  /** `predictions[i]` belongs to `records[i]`. */
  predictions: P[];
  /** Wall time of the library calls, in seconds. */
  seconds: number;
  /** Records on which the library threw (scored as empty predictions). */
  errors: { id: string; message: string }[];
}

/** Loads the library; throws with a readable message when it does not build or import. */
export async function loadLibrary(): Promise<Library> {
  return import('../index.js');
}

/** A language detector with the contract of `detectLanguage` in `src/language/index.ts`. */
export type Detector = (text: string) => { code: string; confidence: number };

/**
 * Loads only the language detector (langid needs nothing else, so it can be measured while
 * other stages of the pipeline are being rebuilt).
 */
export async function loadDetector(): Promise<Detector> {
  const { detectLanguage } = await import('../language/index.js');
  return (text) => detectLanguage(text);
}

/**
 * Calls `fn` on every record, timing the whole loop. A throw on one record is recorded and that
 * record gets `empty` as its prediction, so one bad document does not lose the whole run.
 */
export function predictEach<P>(records: readonly DataRecord[], fn: (r: DataRecord) => P, empty: () => P): Predictions<P> {
  const errors: { id: string; message: string }[] = [];
  const predictions: P[] = [];
  const t0 = performance.now();
  for (const r of records) {
    try {
      predictions.push(fn(r));
    } catch (error) {
      errors.push({ id: String(r.id ?? predictions.length), message: (error as Error)?.message ?? String(error) });
      predictions.push(empty());
    }
  }
  return { predictions, seconds: (performance.now() - t0) / 1000, errors };
}

const text = (r: DataRecord): string => (typeof r.text === 'string' ? r.text : '');
const opt = (key: string, value: unknown) => (typeof value === 'string' && value !== '' ? { [key]: value } : {});

/** Enriches a record as a text fragment of known language (ner, quotes). */
export function enrichFragment(enricher: Enricher, r: DataRecord): Enrichment {
  return enricher.enrich({ text: text(r), ...opt('lang', r.lang), ...opt('id', r.id) });
}

/** Enriches a record as an article with its title and language (keywords, related). */
export function enrichArticle(enricher: Enricher, r: DataRecord): Enrichment {
  return enricher.enrich({ text: text(r), ...opt('title', r.title), ...opt('lang', r.lang), ...opt('id', r.id) });
}

/**
 * Enriches a page as copied (articles): no `lang`, so language detection is exercised too; the
 * page's `url` is passed.
 */
export function enrichPage(enricher: Enricher, r: DataRecord): Enrichment {
  return enricher.enrich({ text: text(r), ...opt('url', r.url), ...opt('id', r.id) });
}

/** langid: `detectLanguage(text).code`. */
export function predictLangid(detect: Detector, records: readonly DataRecord[]): Predictions<string> {
  return predictEach(records, (r) => detect(text(r)).code, () => 'und');
}

/** ner: name mentions of the entities. */
export function predictNer(enricher: Enricher, records: readonly DataRecord[]): Predictions<NerSpan[]> {
  return predictEach(records, (r) => entitiesToSpans(enrichFragment(enricher, r).entities), () => []);
}

/** quotes: the enrichment's quotes. */
export function predictQuotes(enricher: Enricher, records: readonly DataRecord[]): Predictions<QuotePrediction[]> {
  return predictEach(records, (r) => quotesToPredictions(enrichFragment(enricher, r).quotes), () => []);
}

/** keywords: the top 10 terms. */
export function predictKeywords(enricher: Enricher, records: readonly DataRecord[]): Predictions<string[]> {
  return predictEach(records, (r) => keywordTerms(enrichArticle(enricher, r).keywords, 10), () => []);
}

/** articles: body, people, countries, language of the page. */
export function predictArticles(enricher: Enricher, records: readonly DataRecord[]): Predictions<ArticlePrediction> {
  return predictEach<ArticlePrediction>(
    records,
    (r) => enrichmentToArticlePrediction(enrichPage(enricher, r)),
    () => ({ body: { start: 0, end: 0 }, people: [], countries: [] }),
  );
}

/** Related-articles neighbours, or why they cannot be computed. */
export type RelatedPredictions =
  | (Predictions<string[]> & { available: true; method: string; withoutTags: number })
  | { available: false; reason: string };

/**
 * related: enriches every record, indexes them in the library's `RelatedIndex` (rarity weights
 * from the indexed set itself) and asks each article's 5 nearest neighbours. Falls back to
 * brute force over `similarity(a, b)` when there is no `RelatedIndex`; reports
 * `available: false` when the library has neither. The time covers enrichment and queries.
 * Record ids must be unique within `records`.
 */
export function predictRelated(lib: Library, enricher: Enricher, records: readonly DataRecord[], k = 5): RelatedPredictions {
  const surface = lib as unknown as Record<string, unknown>;
  const Index = surface.RelatedIndex as Library['RelatedIndex'] | undefined;
  const similarity = surface.similarity as Library['similarity'] | undefined;
  if (typeof Index !== 'function' && typeof similarity !== 'function') {
    return { available: false, reason: 'similarity not available: the library exports neither RelatedIndex nor similarity' };
  }
  const enriched = predictEach(records, (r) => enrichArticle(enricher, r), () => undefined as Enrichment | undefined);
  const t0 = performance.now();
  const ids = records.map((r, i) => String(r.id ?? i));
  let neighbours: string[][];
  let method: string;
  if (typeof Index === 'function') {
    const index = new Index();
    enriched.predictions.forEach((e, i) => index.add(ids[i]!, e?.tags ?? []));
    neighbours = ids.map((id) => index.query(id, { top: k }).map((hit) => hit.id));
    method = 'RelatedIndex.query';
  } else {
    const items = enriched.predictions.flatMap((e, i) => (e ? [{ id: ids[i]!, value: e }] : []));
    const nearest = nearestBySimilarity(items, (a, b) => similarity!(a, b), k);
    neighbours = ids.map((id) => nearest.get(id) ?? []);
    method = 'similarity (brute force)';
  }
  return {
    available: true,
    method,
    predictions: neighbours,
    seconds: enriched.seconds + (performance.now() - t0) / 1000,
    errors: enriched.errors,
    withoutTags: enriched.predictions.filter((e) => !e || e.tags.length === 0).length,
  };
}
