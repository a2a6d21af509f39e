/**
 * A fixed pool of enrichment threads. Each task gets a promise that always resolves (to a result
 * or a serialized error), so a task the caller has not awaited yet can never become an unhandled
 * rejection. A worker that dies is replaced and its tasks fail with an error saying so.
 * @module
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EnrichInput, Enrichment } from '../types.js';
import type { ReadyMessage, ResultMessage, SerializedError, WorkerConfig } from './protocol.js';

/** What one task came to. */
export type Outcome = { result: Enrichment } | { error: SerializedError };

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not answered yet, by sequence number. */
  pending: Map<number, (outcome: Outcome) => void>;
  /** True once the worker has loaded its enricher. */
  ready: boolean;
}

/** Threads that run `enricher.enrich`, fed with {@link WorkerPool.run}. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly url = workerUrl();
  private nextSeq = 0;
  private closed = false;
  /** Why the pool cannot run anything (its workers cannot start). */
  private broken: string | undefined;

  constructor(
    size: number,
    private readonly config: WorkerConfig,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Sends one input to the least busy worker. */
  run(input: EnrichInput): Promise<Outcome> {
    if (this.broken) return Promise.resolve({ error: { name: 'Error', message: this.broken } });
    if (this.closed) return Promise.resolve({ error: { name: 'Error', message: 'enrichMany(): the worker pool is closed' } });
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const seq = this.nextSeq++;
    return new Promise<Outcome>((resolve) => {
      slot.pending.set(seq, resolve);
      slot.worker.ref();
      try {
        slot.worker.postMessage({ seq, input });
      } catch (err) {
        // Input that cannot be cloned (functions, symbols) fails alone, like a wrong type would.
        slot.pending.delete(seq);
        if (slot.pending.size === 0) slot.worker.unref();
        resolve({ error: { name: 'TypeError', message: `enrich(): the input cannot be sent to a worker thread (${(err as Error).message})` } });
      }
    });
  }

  /** Stops every worker; tasks still running resolve with an error. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = this.url.pathname.endsWith('.ts') ? startFromSource(this.url, this.config) : new Worker(this.url, { workerData: this.config });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    // An idle pool must not keep the process alive if the caller abandons the generator.
    worker.unref();
    worker.on('message', (message: ResultMessage | ReadyMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const resolve = slot.pending.get(message.seq);
      if (!resolve) return;
      slot.pending.delete(message.seq);
      if (slot.pending.size === 0) worker.unref();
      resolve('result' in message ? { result: message.result } : { error: message.error });
    });
    let stopped = false;
    const fail = (reason: string) => {
      if (stopped) return;
      stopped = true;
      const message = `enrichMany(): ${reason}`;
      // A thread that dies before it is ready will die again (a missing or broken build): stop
      // instead of restarting it forever. One that dies later is replaced; its tasks fail.
      if (!slot.ready && !this.closed) this.broken ??= message;
      for (const resolve of slot.pending.values()) resolve({ error: { name: 'Error', message } });
      slot.pending.clear();
      if (this.closed || this.broken) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
    };
    worker.on('error', (err) => fail(`a worker thread crashed (${err.message})`));
    worker.on('exit', (code) => fail(`a worker thread exited with code ${code}`));
    return slot;
  }
}

/** Running from source (tests, tsx): the worker registers the TypeScript loader, then loads the module. */
function startFromSource(url: URL, workerData: WorkerConfig): Worker {
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  // The ESM build of tsx's API, found from its package.json (its "require" build cannot be import()ed).
  const api = new URL('./dist/esm/api/index.mjs', pathToFileURL(createRequire(here).resolve('tsx/package.json'))).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

/** The worker module next to this one: `worker.ts` in the source tree, `batch-worker.js` when built. */
function workerUrl(): URL {
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker.ts' : './batch-worker.js', here);
}
