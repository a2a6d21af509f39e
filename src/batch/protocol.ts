/**
 * The messages between {@link enrichMany}'s pool and its workers. Plain data only: everything
 * crosses the thread boundary by structured clone.
 * @module
 */
import type { EnrichInput, Enrichment } from '../types.js';

/** What a worker needs to build its enricher (language packs travel as their ISO codes). */
export interface WorkerConfig {
  packs?: string[];
  languages?: string[];
  maxLength?: number;
}

/** One article to enrich; `seq` puts the answer back in input order. */
export interface TaskMessage {
  seq: number;
  input: EnrichInput;
}

/** A thrown error reduced to what survives the thread boundary. */
export interface SerializedError {
  name: string;
  message: string;
}

/** The worker's answer to one {@link TaskMessage}. */
export type ResultMessage = { seq: number; result: Enrichment } | { seq: number; error: SerializedError };

/** Sent once by a worker when its enricher has loaded (or failed to, which tasks then report). */
export interface ReadyMessage {
  ready: true;
}
