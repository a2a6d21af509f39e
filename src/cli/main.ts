/**
 * The `news-enrich` command. stdout carries only JSON; messages and progress go to stderr.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { enrichMany } from '../batch/enrich-many.js';
import type { Enricher } from '../enricher.js';
import { toHtml } from '../render/index.js';
import { RelatedIndex } from '../tags/index.js';
import type { EnrichInput, Enrichment } from '../types.js';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { progressReporter, readJsonl, writeLine, type JsonlRecord } from './jsonl.js';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') return void process.stdout.write(USAGE), 0;
  if (args.command === 'version') return void process.stdout.write(`${packageVersion()}\n`), 0;
  if (args.jsonl && args.workers !== undefined && args.workers > 1) return enrichJsonlOnWorkers(args, args.workers);
  // Imported only here: with --workers this thread never enriches (see enrich-many.ts).
  const { createEnricher } = await import('../enricher.js');
  const enricher = await createEnricher();
  if (args.command === 'related') return related(enricher, args);
  if (args.jsonl) return enrichJsonl(enricher, args);
  if (args.html) return renderHtml(enricher, args);
  return enrichFiles(enricher, args);
}

/** One JSON per file (or one for stdin). */
async function enrichFiles(enricher: Enricher, args: CliArgs): Promise<number> {
  const files = args.files.length > 0 ? args.files : ['-'];
  let failed = 0;
  for (const file of files) {
    try {
      const content = file === '-' ? await readStdin() : await readFile(file, 'utf8');
      const isHtml = /\.html?$/i.test(file) || (file === '-' && /^\s*<(!doctype|html)/i.test(content));
      const input = { [isHtml ? 'html' : 'text']: content, ...(args.lang ? { lang: args.lang } : {}) };
      await writeLine(stringify(enricher.enrich(input), args.pretty));
    } catch (err) {
      failed++;
      process.stderr.write(`news-enrich: ${file}: ${(err as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** `--html`: one standalone page for the first file (or stdin). */
async function renderHtml(enricher: Enricher, args: CliArgs): Promise<number> {
  const [file = '-', ...ignored] = args.files;
  if (ignored.length > 0) process.stderr.write(`news-enrich: --html renders one article; ignoring ${ignored.join(', ')}\n`);
  try {
    const content = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    const isHtml = /\.html?$/i.test(file) || (file === '-' && /^\s*<(!doctype|html)/i.test(content));
    const input = { [isHtml ? 'html' : 'text']: content, ...(args.lang ? { lang: args.lang } : {}) };
    // For HTML input the offsets refer to enrichment.text, which toHtml prefers over `content`.
    await writeLine(toHtml(enricher.enrich(input), content));
    return 0;
  } catch (err) {
    process.stderr.write(`news-enrich: ${file}: ${(err as Error).message}\n`);
    return 1;
  }
}

/** One Enrichment per input line, in order; a bad line yields `{ id, error }` and the run goes on. */
async function enrichJsonl(enricher: Enricher, args: CliArgs): Promise<number> {
  const progress = progressReporter();
  let failed = 0;
  for await (const record of readJsonl(args.files[0])) {
    const result = enrichRecord(enricher, record, args.lang);
    if ('error' in result) failed++;
    await writeLine(stringify(result, args.pretty));
    progress.tick();
  }
  progress.done();
  if (failed > 0) process.stderr.write(`news-enrich: ${failed} line(s) failed\n`);
  return failed > 0 ? 1 : 0;
}

/** `--jsonl --workers N`: the same output as {@link enrichJsonl}, enriched on N worker threads. */
async function enrichJsonlOnWorkers(args: CliArgs, workers: number): Promise<number> {
  const progress = progressReporter();
  // Lines handed to the pool and not written yet; enrichMany answers in the same order.
  const inFlight: JsonlRecord[] = [];
  async function* inputs(): AsyncGenerator<EnrichInput> {
    for await (const record of readJsonl(args.files[0])) {
      inFlight.push(record);
      // A line that is not a JSON object keeps its place: it is sent as an input that fails at once.
      if ('error' in record) yield {};
      else {
        const id = record.value.id;
        yield { ...record.value, id: id === undefined || id === null ? undefined : String(id), ...(args.lang && !record.value.lang ? { lang: args.lang } : {}) } as EnrichInput;
      }
    }
  }
  let failed = 0;
  for await (const outcome of enrichMany(inputs(), { concurrency: workers, onError: 'record' })) {
    const record = inFlight.shift()!;
    const id = 'value' in record ? record.value.id : undefined;
    let result: unknown;
    if ('error' in record) result = { error: record.error };
    else if ('error' in outcome) result = { ...(id !== undefined ? { id } : {}), error: `line ${record.line}: ${outcome.error}` };
    else result = id === undefined ? outcome : { ...outcome, id };
    if (typeof result === 'object' && result !== null && 'error' in result) failed++;
    await writeLine(stringify(result, args.pretty));
    progress.tick();
  }
  progress.done();
  if (failed > 0) process.stderr.write(`news-enrich: ${failed} line(s) failed\n`);
  return failed > 0 ? 1 : 0;
}

function enrichRecord(enricher: Enricher, record: JsonlRecord, lang: string | undefined): Enrichment | { id?: unknown; error: string } {
  if ('error' in record) return { error: record.error };
  const { value } = record;
  const id = value.id;
  try {
    const input = { ...value, id: id === undefined || id === null ? undefined : String(id) } as EnrichInput & object;
    if (lang && !value.lang) Object.assign(input, { lang });
    const result = enricher.enrich(input);
    return id === undefined ? result : { ...result, id: id as string };
  } catch (err) {
    return { ...(id !== undefined ? { id } : {}), error: `line ${record.line}: ${(err as Error).message}` };
  }
}

/** `related`: index the whole file, then the top K neighbours of each line. */
async function related(enricher: Enricher, args: CliArgs): Promise<number> {
  const index = new RelatedIndex();
  const ids: string[] = [];
  let failed = 0;
  const progress = progressReporter();
  for await (const record of readJsonl(args.files[0])) {
    const result = enrichRecord(enricher, record, args.lang);
    progress.tick();
    if ('error' in result) {
      failed++;
      process.stderr.write(`news-enrich: ${result.error}\n`);
      continue;
    }
    const id = result.id ?? `line-${record.line}`;
    ids.push(id);
    index.add(id, result.tags);
  }
  progress.done();
  for (const id of ids) await writeLine(JSON.stringify({ id, related: index.query(id, { top: args.top }) }));
  return failed > 0 ? 1 : 0;
}

function stringify(value: unknown, pretty: boolean): string {
  return pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function packageVersion(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// `news-enrich ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const usage = err instanceof UsageError;
    process.stderr.write(`news-enrich: ${(err as Error).message}\n${usage ? 'Try news-enrich --help\n' : ''}`);
    process.exitCode = 2;
  },
);
