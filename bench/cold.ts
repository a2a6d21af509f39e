/**
 * Cold start, measured in fresh child processes so that module loading (and, for src/, tsx's
 * TypeScript transform) counts: import of the entry module, `createEnricher()`, and the first
 * `enrich()` call, which pays for whatever the library builds lazily on first use (the language
 * model tables, for one).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median } from './measure.js';
import { ROOT } from './corpus.js';

export interface ColdRun {
  /** Wall time of the whole child process, spawn to exit (node + loader start-up included). */
  processMs: number;
  importMs: number;
  initMs: number;
  firstEnrichMs: number;
  secondEnrichMs: number;
  /** Peak RSS (MB) before the import, after import + createEnricher, and after the first enrich. */
  rssStartMb: number;
  rssInitMb: number;
  rssFirstEnrichMb: number;
}

export interface ColdResult {
  target: string;
  runs: number;
  median: ColdRun;
  /** The slowest run (usually the first: empty OS page cache / tsx transform cache). */
  worst: ColdRun;
  error?: string;
}

// Runs inside the child. Plain JS (it is passed to `node -e`), module path and sample via env.
const CHILD = `
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const kb = () => process.resourceUsage().maxRSS / 1024;
const sample = readFileSync(process.env.BENCH_SAMPLE, 'utf8');
const rssStartMb = kb();
const t0 = performance.now();
const m = await import(process.env.BENCH_MODULE);
const t1 = performance.now();
const enricher = await m.createEnricher();
const t2 = performance.now();
const rssInitMb = kb();
enricher.enrich({ text: sample });
const t3 = performance.now();
enricher.enrich({ text: sample });
const t4 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, initMs: t2 - t1, firstEnrichMs: t3 - t2, secondEnrichMs: t4 - t3,
  rssStartMb, rssInitMb, rssFirstEnrichMb: kb() }));
`;

/** Cold-start runs for src/index.ts (through tsx) and, when built, dist/index.js (plain node). */
export function coldStart(runs: number, withDist = true): ColdResult[] {
  const sample = join(ROOT, 'examples/articles/ru-astana-forum.txt');
  const targets: { target: string; module: string; loader: string[] }[] = [
    { target: 'src/index.ts (tsx)', module: join(ROOT, 'src/index.ts'), loader: ['--import', 'tsx'] },
  ];
  if (withDist && existsSync(join(ROOT, 'dist/index.js'))) targets.push({ target: 'dist/index.js', module: join(ROOT, 'dist/index.js'), loader: [] });
  return targets.map(({ target, module, loader }) => {
    const results: ColdRun[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const child = spawnSync(process.execPath, [...loader, '--input-type=module', '-e', CHILD], {
        cwd: ROOT,
        env: { ...process.env, BENCH_MODULE: pathToFileURL(module).href, BENCH_SAMPLE: sample },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const processMs = performance.now() - start;
      const line = child.stdout?.trim().split('\n').at(-1) ?? '';
      if (child.status !== 0 || !line.startsWith('{')) {
        const why = (child.stderr || child.error?.message || `exit ${child.status}`).trim().split('\n').find((l) => /error/i.test(l)) ?? child.stderr.trim().split('\n')[0];
        return { target, runs: 0, median: zero(), worst: zero(), error: (why ?? 'failed').slice(0, 160) };
      }
      results.push({ processMs, ...(JSON.parse(line) as Omit<ColdRun, 'processMs'>) });
    }
    const pick = (key: keyof ColdRun): number => median(results.map((r) => r[key]));
    const med = Object.fromEntries(Object.keys(results[0]!).map((k) => [k, pick(k as keyof ColdRun)])) as unknown as ColdRun;
    const worst = results.reduce((a, b) => (b.processMs > a.processMs ? b : a));
    return { target, runs: results.length, median: med, worst };
  });
}

function zero(): ColdRun {
  return { processMs: 0, importMs: 0, initMs: 0, firstEnrichMs: 0, secondEnrichMs: 0, rssStartMb: 0, rssInitMb: 0, rssFirstEnrichMb: 0 };
}
