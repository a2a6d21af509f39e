/**
 * The evaluation command: runs news-enrich over dev datasets and prints scores.
 *
 * ```
 * npm run eval -- TASK FILE... [--json] [--limit N]
 * npx tsx src/eval/main.ts langid ../shared/data/langid/dev.jsonl
 * ```
 * Tasks: langid, ner, quotes, keywords, related, articles. Prints tables to stdout; with `--json`
 * the last line is one JSON object `{"task", "files", "docs", "timing", "metrics", "byFile"?,
 * "byLanguage"?}`. Usage errors (unknown task, missing file, bad JSON) go to stderr with exit
 * code 2; a library that fails to load exits 1.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { scoreArticles, type ArticleGold, type ArticlePrediction } from './articles.js';
import { EvalUsageError, readJsonl } from './jsonl.js';
import { scoreKeywords, type KeywordsGold } from './keywords.js';
import { scoreLangid, type LangidGold } from './langid.js';
import { scoreNer, type NerGold, type NerSpan } from './ner.js';
import { round4 } from './prf.js';
import { scoreQuotes, type QuotePrediction, type QuotesGold } from './quotes.js';
import { scoreRelated, type RelatedGold } from './related.js';
import * as report from './report.js';
import type { Summary } from './report.js';
import {
  TASKS,
  loadDetector,
  loadLibrary,
  predictArticles,
  predictKeywords,
  predictLangid,
  predictNer,
  predictQuotes,
  predictRelated,
  type DataRecord,
  type Detector,
  type Library,
  type Predictions,
  type TaskName,
} from './tasks.js';
import type { Enricher } from '../enricher.js';

/** Parsed command line. */
export interface EvalArgs {
  task: TaskName | 'help';
  files: string[];
  json: boolean;
  /** Records read from each file, at most. */
  limit?: number;
}

/** The usage text. */
export const USAGE = `usage: npm run eval -- TASK FILE... [--json] [--limit N]
  TASK      one of: ${TASKS.join(', ')}
  FILE      JSONL dataset(s), e.g. ../shared/data/langid/dev.jsonl (formats: ../shared/data/FORMAT.md)
  --json    print all metrics as one JSON object on the last line
  --limit N read at most N records from each file`;

/** Parses `argv` (without `node` and the script); throws {@link EvalUsageError} on a bad command line. */
export function parseArgs(argv: readonly string[]): EvalArgs {
  const positional: string[] = [];
  let json = false;
  let limit: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { task: 'help', files: [], json: false };
    if (arg === '--json') json = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg === '--limit' ? argv[++i] : arg.slice('--limit='.length);
      if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
        throw new EvalUsageError(`--limit expects a positive integer, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      }
      limit = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') throw new EvalUsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [task, ...files] = positional;
  if (task === undefined) throw new EvalUsageError('missing TASK');
  if (!(TASKS as readonly string[]).includes(task)) {
    throw new EvalUsageError(`unknown task ${JSON.stringify(task)}; expected one of ${TASKS.join(', ')}`);
  }
  if (files.length === 0) throw new EvalUsageError(`missing FILE: the ${task} dataset(s) to score`);
  return { task: task as TaskName, files, json, ...(limit !== undefined ? { limit } : {}) };
}

/** Where the command writes. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

interface Context {
  lib?: Library;
  detect?: Detector;
  enricher?: Enricher;
}

/** How one task predicts, scores and prints. */
interface TaskSpec<P, M> {
  /** Whether the dataset's language is the label itself (no per-language summary). */
  perLanguage: boolean;
  predict(ctx: Context, records: DataRecord[]): Predictions<P> & { notes?: string[] };
  score(records: DataRecord[], predictions: P[]): M;
  render(m: M): string;
  summary(m: M): Summary;
}

const spec = <P, M>(s: TaskSpec<P, M>): TaskSpec<P, M> => s;

/** Thrown when a task cannot be scored with the library as it is (exit 1). */
class UnavailableError extends Error {}

const SPECS: Record<TaskName, TaskSpec<unknown, unknown>> = {
  langid: spec({
    perLanguage: false,
    predict: (ctx, records) => predictLangid(ctx.detect!, records),
    score: (records, preds: string[]) => scoreLangid(records as unknown as LangidGold[], preds),
    render: report.renderLangid,
    summary: report.summarizeLangid,
  }),
  ner: spec({
    perLanguage: true,
    predict: (ctx, records) => predictNer(ctx.enricher!, records),
    score: (records, preds: NerSpan[][]) => scoreNer(records as unknown as NerGold[], preds),
    render: report.renderNer,
    summary: report.summarizeNer,
  }),
  quotes: spec({
    perLanguage: true,
    predict: (ctx, records) => predictQuotes(ctx.enricher!, records),
    score: (records, preds: QuotePrediction[][]) => scoreQuotes(records as unknown as QuotesGold[], preds),
    render: report.renderQuotes,
    summary: report.summarizeQuotes,
  }),
  keywords: spec({
    perLanguage: true,
    predict: (ctx, records) => predictKeywords(ctx.enricher!, records),
    score: (records, preds: string[][]) => scoreKeywords(records as unknown as KeywordsGold[], preds),
    render: report.renderKeywords,
    summary: report.summarizeKeywords,
  }),
  related: spec({
    perLanguage: true,
    predict: (ctx, records) => {
      const result = predictRelated(ctx.lib!, ctx.enricher!, records);
      if (!result.available) throw new UnavailableError(result.reason);
      const notes = [`neighbours from ${result.method}`];
      if (result.withoutTags > 0) notes.push(`${result.withoutTags}/${records.length} articles got no tags (no neighbours possible)`);
      return { ...result, notes };
    },
    score: (records, preds: string[][]) =>
      scoreRelated(
        records as unknown as RelatedGold[],
        new Map(records.map((r, i) => [String(r.id), preds[i] ?? []])),
      ),
    render: report.renderRelated,
    summary: report.summarizeRelated,
  }),
  articles: spec({
    perLanguage: true,
    predict: (ctx, records) => predictArticles(ctx.enricher!, records),
    score: (records, preds: ArticlePrediction[]) => scoreArticles(records as unknown as ArticleGold[], preds),
    render: report.renderArticles,
    summary: report.summarizeArticles,
  }),
} as Record<TaskName, TaskSpec<unknown, unknown>>;

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let args: EvalArgs;
  const datasets: { file: string; records: DataRecord[] }[] = [];
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof EvalUsageError) {
      io.err(`eval: ${error.message}`);
      io.err(USAGE);
      return 2;
    }
    throw error;
  }
  if (args.task === 'help') {
    io.out(USAGE);
    return 0;
  }
  try {
    for (const file of args.files) {
      const records = readJsonl<DataRecord>(file);
      datasets.push({ file, records: args.limit !== undefined ? records.slice(0, args.limit) : records });
    }
  } catch (error) {
    if (error instanceof EvalUsageError) {
      io.err(`eval: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const task = args.task;
  const taskSpec = SPECS[task];

  const setupStart = performance.now();
  const ctx: Context = {};
  try {
    if (task === 'langid') ctx.detect = await loadDetector();
    else {
      ctx.lib = await loadLibrary();
      ctx.enricher = await ctx.lib.createEnricher();
    }
  } catch (error) {
    io.err(`eval: cannot load news-enrich: ${(error as Error).message}`);
    return 1;
  }
  const setupSeconds = (performance.now() - setupStart) / 1000;

  // Related articles are neighbours within one file: qualify ids and groups by file when several.
  const qualify = task === 'related' && datasets.length > 1;
  const all: DataRecord[] = [];
  const allPredictions: unknown[] = [];
  const byFile: { name: string; records: DataRecord[]; predictions: unknown[] }[] = [];
  let seconds = 0;
  const notes: string[] = [];
  for (const [fi, { file, records: raw }] of datasets.entries()) {
    const records = qualify
      ? raw.map((r) => ({ ...r, id: `${fi}/${String(r.id)}`, group: `${fi}/${String(r.group)}` }))
      : raw;
    let result: Predictions<unknown> & { notes?: string[] };
    try {
      result = taskSpec.predict(ctx, records);
    } catch (error) {
      if (error instanceof UnavailableError) {
        io.out(`${task}: ${error.message}`);
        io.err(`eval: ${error.message}`);
        if (args.json) io.out(JSON.stringify({ task, files: args.files, available: false, reason: error.message }));
        return 1;
      }
      throw error;
    }
    seconds += result.seconds;
    for (const note of result.notes ?? []) notes.push(datasets.length > 1 ? `${file}: ${note}` : note);
    if (result.errors.length > 0) {
      const first = result.errors[0]!;
      notes.push(`${file}: the library threw on ${result.errors.length} record(s), scored as empty; first: ${first.id}: ${first.message}`);
    }
    all.push(...records);
    allPredictions.push(...result.predictions);
    byFile.push({ name: file, records, predictions: result.predictions });
  }

  const metrics = taskSpec.score(all, allPredictions);
  const docs = all.length;
  const timing = { setupSeconds, seconds, docsPerSecond: seconds > 0 ? docs / seconds : 0 };

  io.out(
    `news-enrich eval: ${task}, ${docs} records from ${datasets.length} file(s); ` +
      `${seconds.toFixed(2)} s in the library (${timing.docsPerSecond.toFixed(1)} docs/s), setup ${setupSeconds.toFixed(2)} s`,
  );
  for (const note of notes) io.out(`note: ${note}`);
  io.out('');
  io.out(taskSpec.render(metrics));

  const output: Record<string, unknown> = { task, files: args.files, docs, timing, metrics };
  if (byFile.length > 1) {
    const rows = byFile.map((f) => ({ name: f.name, docs: f.records.length, metrics: taskSpec.score(f.records, f.predictions) }));
    io.out('');
    io.out(report.renderSummaries('file', rows.map((r) => ({ ...r, summary: taskSpec.summary(r.metrics) }))));
    output.byFile = Object.fromEntries(rows.map((r) => [r.name, r.metrics]));
  }
  if (taskSpec.perLanguage) {
    const langs = [...new Set(all.map((r) => String(r.lang ?? 'und')))].sort();
    if (langs.length > 1) {
      const rows = langs.map((lang) => {
        const idx = all.flatMap((r, i) => (String(r.lang ?? 'und') === lang ? [i] : []));
        const metrics = taskSpec.score(
          idx.map((i) => all[i]!),
          idx.map((i) => allPredictions[i]),
        );
        return { name: lang, docs: idx.length, metrics };
      });
      io.out('');
      io.out(report.renderSummaries('language', rows.map((r) => ({ ...r, summary: taskSpec.summary(r.metrics) }))));
      output.byLanguage = Object.fromEntries(rows.map((r) => [r.name, r.metrics]));
    }
  }
  if (args.json) io.out(JSON.stringify(output, (_, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? round4(v) : v)));
  return 0;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(entry).href || /(?:^|[\\/])eval\.js$/.test(entry);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`eval: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
