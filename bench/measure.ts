/**
 * Timing and memory helpers. A measurement = warm-up (so the JIT has compiled the hot paths),
 * then several rounds, each repeating full passes over the texts until the round lasts at least
 * `roundMs`; the reported rate is the median round, so one GC pause or a noisy neighbour on the
 * machine moves a single round, not the result.
 * @module
 */
import { performance } from 'node:perf_hooks';

/** How long to measure; `--quick` shrinks every number. */
export interface Budget {
  warmupMs: number;
  roundMs: number;
  rounds: number;
}

/** Default: 5 rounds × 200 ms = at least 1 s per measurement. */
export const FULL: Budget = { warmupMs: 100, roundMs: 200, rounds: 5 };
/** Smoke run: enough to see that everything runs and roughly how fast. */
export const QUICK: Budget = { warmupMs: 10, roundMs: 20, rounds: 3 };

export interface Rate {
  /** Items (texts, articles, sentences) per wall-clock second, median round. */
  perSec: number;
  /** UTF-8 MB (10^6 bytes) per wall-clock second, median round. */
  mbPerSec: number;
  /**
   * UTF-8 MB per second of this process's CPU time (all threads, GC helpers included), median
   * round. When other processes share the cores this stays near the idle-machine number while
   * the wall-clock rate drops; cpu/wall far from 1 flags a contended measurement.
   */
  cpuMbPerSec: number;
  /** Milliseconds per item at the median rate. */
  msPerItem: number;
  /** (max − min) / median of the round MB/s: how noisy the measurement was. */
  spread: number;
  /** Calls made while measuring (warm-up excluded). */
  calls: number;
}

/** Results are stored here so that V8 cannot drop a call whose result is unused. */
let sink: unknown;

/** Collects garbage before a measurement when node runs with --expose-gc (a no-op otherwise). */
export function collect(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/**
 * Measures `fn` over `texts`. Calls go through the texts in order and wrap around; a round ends
 * on time (at least one call), and the next round continues where the last one stopped. So a
 * big corpus of slow texts costs `rounds × roundMs`, not `rounds` full passes; rounds may hold
 * different texts, which is why MB/s (not items/s) is the number to compare between stages.
 * `warmupMs < 0`: no warm-up (for single calls that take seconds).
 */
export function measure(texts: readonly string[], fn: (text: string, index: number) => unknown, budget: Budget): Rate {
  if (texts.length === 0) return { perSec: 0, mbPerSec: 0, cpuMbPerSec: 0, msPerItem: 0, spread: 0, calls: 0 };
  const sizes = texts.map(utf8Bytes);
  let cursor = 0;
  collect();
  let start = performance.now();
  if (budget.warmupMs >= 0) {
    do {
      sink = fn(texts[cursor]!, cursor);
      cursor = (cursor + 1) % texts.length;
    } while (performance.now() - start < budget.warmupMs);
  }
  cursor = 0;
  const perSec: number[] = [];
  const mbPerSec: number[] = [];
  const cpuMbPerSec: number[] = [];
  let calls = 0;
  for (let r = 0; r < budget.rounds; r++) {
    let items = 0;
    let bytes = 0;
    let elapsed = 0;
    const cpu = process.cpuUsage();
    start = performance.now();
    do {
      sink = fn(texts[cursor]!, cursor);
      bytes += sizes[cursor]!;
      items++;
      cursor = (cursor + 1) % texts.length;
      elapsed = performance.now() - start;
    } while (elapsed < budget.roundMs);
    const used = process.cpuUsage(cpu);
    calls += items;
    perSec.push((items * 1000) / elapsed);
    mbPerSec.push(bytes / 1000 / elapsed);
    cpuMbPerSec.push(bytes / Math.max(1, used.user + used.system));
  }
  const mb = median(mbPerSec);
  const rate = median(perSec);
  return {
    perSec: rate,
    mbPerSec: mb,
    cpuMbPerSec: median(cpuMbPerSec),
    msPerItem: 1000 / rate,
    spread: (Math.max(...mbPerSec) - Math.min(...mbPerSec)) / mb,
    calls,
  };
}

/** Milliseconds for one call, used to decide whether a long measurement is affordable. */
export function timeOnce(fn: () => unknown): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  sink = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Memory {
  /** Peak resident set size of the process so far, MB. */
  maxRssMb: number;
  /** Current resident set size, MB. */
  rssMb: number;
  /** V8 heap in use, MB. */
  heapUsedMb: number;
}

export function memory(): Memory {
  const mem = process.memoryUsage();
  return {
    maxRssMb: process.resourceUsage().maxRSS / 1024, // maxRSS is in KB
    rssMb: mem.rss / 1048576,
    heapUsedMb: mem.heapUsed / 1048576,
  };
}

/** UTF-8 size of a text: MB/s is reported in bytes of UTF-8, so Cyrillic counts twice per letter. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
