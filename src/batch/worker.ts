/**
 * One thread of {@link enrichMany}'s pool: loads an enricher once, then answers each task with
 * its Enrichment or the error it threw. Built as `dist/batch-worker.js` and started by the pool.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEnricher } from '../enricher.js';
import { en } from '../languages/en/index.js';
import { kk } from '../languages/kk/index.js';
import { ru } from '../languages/ru/index.js';
import type { ResultMessage, TaskMessage, WorkerConfig } from './protocol.js';

const BUILT_IN_PACKS = { ru, kk, en } as const;

if (!parentPort) throw new Error('news-enrich batch worker: start this file with new Worker(), not directly');
const port = parentPort;
const config = (workerData ?? {}) as WorkerConfig;
const packs = config.packs?.map((code) => BUILT_IN_PACKS[code as keyof typeof BUILT_IN_PACKS]).filter((p) => p !== undefined);
// A failed init is reported on every task rather than crashing the thread, so the caller sees why.
const ready = createEnricher({
  ...(packs ? { packs } : {}),
  ...(config.languages ? { languages: config.languages } : {}),
  ...(config.maxLength !== undefined ? { maxLength: config.maxLength } : {}),
}).then(
  (enricher) => ({ enricher }),
  (err: unknown) => ({ initError: err }),
);

// Tells the pool this thread came up, so a crash from now on is the input's fault, not the build's.
void ready.then(() => port.postMessage({ ready: true }));

port.on('message', (task: TaskMessage) => {
  void ready.then((state) => {
    let message: ResultMessage;
    try {
      if ('initError' in state) throw state.initError;
      message = { seq: task.seq, result: state.enricher.enrich(task.input) };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      message = { seq: task.seq, error: { name: e.name, message: e.message } };
    }
    port.postMessage(message);
  });
});
