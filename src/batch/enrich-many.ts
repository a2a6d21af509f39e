/**
 * Batch enrichment: a stream of articles in, a stream of Enrichments out, in input order, on one
 * thread or on a pool of worker threads. Node-only (worker_threads), hence its own subpath
 * `news-enrich/batch`, kept out of the main entry that browsers bundle.
 * @module
 */
import type { EnricherOptions } from '../enricher.js';
import type { EnrichInput, Enrichment } from '../types.js';
import { WorkerPool, type Outcome } from './pool.js';
import type { SerializedError } from './protocol.js';

/** An input that could not be enriched, in its place in the output (`onError: 'record'`). */
export interface EnrichManyError {
  /** The input's `id`, when it had one. */
  id?: string;
  /** The message of the error `enrich()` threw, e.g. a TypeError for an input without text. */
  error: string;
}

/** Options of {@link enrichMany}. */
export interface EnrichManyOptions extends EnricherOptions {
  /**
   * Articles enriched at the same time. 1 (the default) runs in this thread; more starts that many
   * worker threads, each loading its own language resources (about half a second each), so it pays
   * off on hundreds of articles and on as many free CPU cores.
   */
  concurrency?: number;
  /**
   * What a failing input does: `'throw'` (the default) rejects the generator with the error
   * `enrich()` threw; `'record'` yields an {@link EnrichManyError} in its place and goes on.
   */
  onError?: 'throw' | 'record';
}

/**
 * Enriches many articles, yielding results in input order while later inputs are still being
 * read, so memory stays flat on any number of articles (at most `4 × concurrency` are in flight).
 * With `concurrency` above 1, only the built-in language packs (ru, kk, en) can be used.
 * @example
 * ```ts
 * import { enrichMany } from 'news-enrich/batch';
 * for await (const result of enrichMany(articles, { concurrency: 4, onError: 'record' })) {
 *   if ('error' in result) console.error(result.id, result.error);
 *   else await save(result);
 * }
 * ```
 */
export function enrichMany(
  inputs: Iterable<EnrichInput> | AsyncIterable<EnrichInput>,
  options: EnrichManyOptions & { onError: 'record' },
): AsyncGenerator<Enrichment | EnrichManyError, void, undefined>;
export function enrichMany(
  inputs: Iterable<EnrichInput> | AsyncIterable<EnrichInput>,
  options?: EnrichManyOptions & { onError?: 'throw' },
): AsyncGenerator<Enrichment, void, undefined>;
export function enrichMany(
  inputs: Iterable<EnrichInput> | AsyncIterable<EnrichInput>,
  options?: EnrichManyOptions,
): AsyncGenerator<Enrichment | EnrichManyError, void, undefined>;
export function enrichMany(
  inputs: Iterable<EnrichInput> | AsyncIterable<EnrichInput>,
  options: EnrichManyOptions = {},
): AsyncGenerator<Enrichment | EnrichManyError, void, undefined> {
  if (inputs === null || typeof inputs !== 'object' || !(Symbol.iterator in inputs || Symbol.asyncIterator in inputs)) {
    throw new TypeError(`enrichMany(): expected an iterable or async iterable of inputs, got ${describe(inputs)}`);
  }
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`enrichMany(): expected concurrency to be a positive integer, got ${String(options.concurrency)}`);
  }
  const onError = options.onError ?? 'throw';
  if (onError !== 'throw' && onError !== 'record') {
    throw new TypeError(`enrichMany(): expected onError to be 'throw' or 'record', got ${String(options.onError)}`);
  }
  if (options.maxLength !== undefined && (!Number.isInteger(options.maxLength) || options.maxLength <= 0)) {
    throw new TypeError(`enrichMany(): expected maxLength to be a positive integer, got ${String(options.maxLength)}`);
  }
  if (concurrency > 1) {
    const unknown = options.packs?.find((pack) => !BUILT_IN_PACKS.has(pack.code));
    if (unknown) throw new TypeError(`enrichMany(): with concurrency > 1 only the built-in packs ru, kk, en can be used, got ${unknown.code}`);
  }
  return concurrency === 1 ? inProcess(inputs, options, onError) : pooled(inputs, options, concurrency, onError);
}

const BUILT_IN_PACKS = new Set(['ru', 'kk', 'en']);

async function* inProcess(
  inputs: Iterable<EnrichInput> | AsyncIterable<EnrichInput>,
  options: EnricherOptions,
  onError: 'throw' | 'record',
): AsyncGenerator<Enrichment | EnrichManyError, void, undefined> {
  // Imported here, not at the top: with concurrency > 1 this thread only feeds the workers, and
  // loading the pipeline's modules and tables here too cost ~0.4 s of CPU and ~35 MB per run.
  const { createEnricher } = await import('../enricher.js');
  const enricher = await createEnricher(enricherOptions(options));
  for await (const input of inputs) {
    let outcome: Outcome;
    try {
      outcome = { result: enricher.enrich(input) };
    } catch (err) {
      if (onError === 'throw') throw err;
      outcome = { error: { name: (err as Error).name, message: (err as Error).message } };
    }
    yield settle(outcome, input, onError);
  }
}

async function* pooled(
  inputs: Iterable<EnrichInput> | AsyncIterable<EnrichInput>,
  options: EnricherOptions,
  concurrency: number,
  onError: 'throw' | 'record',
): AsyncGenerator<Enrichment | EnrichManyError, void, undefined> {
  const { packs, languages, maxLength } = enricherOptions(options);
  const pool = new WorkerPool(concurrency, {
    ...(maxLength !== undefined ? { maxLength } : {}),
    ...(languages ? { languages: [...languages] } : {}),
    ...(packs ? { packs: packs.map((pack) => pack.code) } : {}),
  });
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  // Tasks in input order; the head is yielded once done. Its length bounds memory: a slow article
  // holds back at most `limit` finished ones behind it.
  const window: { input: EnrichInput; outcome: Promise<Outcome> }[] = [];
  const limit = concurrency * 4;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && window.length < limit) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else window.push({ input: next.value, outcome: pool.run(next.value) });
      }
      const head = window.shift();
      if (!head) return;
      const outcome = await head.outcome;
      if ('error' in outcome && onError === 'throw') throw revive(outcome.error);
      yield settle(outcome, head.input, onError);
    }
  } finally {
    if (!exhausted) await iterator.return?.();
    await pool.close();
  }
}

function settle(outcome: Outcome, input: EnrichInput, onError: 'throw' | 'record'): Enrichment | EnrichManyError {
  if ('result' in outcome) return outcome.result;
  if (onError === 'throw') throw revive(outcome.error);
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  return { ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}), error: outcome.error.message };
}

/** The error a worker reported, as the same class the in-process enricher would have thrown. */
function revive(error: SerializedError): Error {
  const Class = error.name === 'TypeError' ? TypeError : error.name === 'RangeError' ? RangeError : Error;
  const revived = new Class(error.message);
  if (revived.name !== error.name) revived.name = error.name;
  return revived;
}

function enricherOptions(options: EnrichManyOptions): EnricherOptions {
  return {
    ...(options.packs ? { packs: options.packs } : {}),
    ...(options.languages ? { languages: options.languages } : {}),
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
  };
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
