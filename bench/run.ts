/**
 * news-enrich benchmark: cold start, single-thread throughput of `enrich()` and of each stage
 * (the text stages standalone, and every pipeline stage on the input enrich() gives it),
 * enrich() on Russian articles never seen before (cold morphology cache), peers on the same
 * texts, scaling with text length, memory, and RelatedIndex query latency at 100,000 synthetic
 * articles (bench/related-index.ts).
 *
 *   npm run bench -- [--quick] [--json] [--all-peers]
 *   (= tsx --expose-gc bench/run.ts ...; `node --expose-gc --import tsx bench/run.ts` works too)
 *   The `--` matters: without it npm keeps `--json` for itself.
 *
 *   --quick      smoke run (~10-15 s): small corpora, short rounds, scaling up to 100 KB only
 *   --json       last line: every number as JSON
 *   --all-peers  also the optional peers (franc-all)
 *
 * A benchmark, not a test: it never fails on a number. Everything runs on one JS thread in this
 * process (except the cold-start children), after warm-up, and reports the median of rounds.
 * @module
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { coldStart, type ColdResult } from './cold.js';
import { loadCorpora, russianParagraphs, synthetic, unseenRussian, type Corpus } from './corpus.js';
import { FULL, QUICK, collect, measure, memory, timeOnce, utf8Bytes, type Budget, type Memory, type Rate } from './measure.js';
import { PEERS, type PeerRunner } from './peers.js';
import { loadPipeline, measureUnseen, type UnseenRate } from './pipeline.js';
import { fmt, kb, pct, table, type Cell } from './report.js';
import { firstLine, importSrc, loadStages, prepare } from './stages.js';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const allPeers = args.has('--all-peers');
const budget: Budget = quick ? QUICK : FULL;
const started = performance.now();

/** Everything measured, printed as the last line with --json. */
const results: Record<string, unknown> = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  quick,
  budget,
  gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
};
const skipped: string[] = [];
/** Wall time per section, to keep the default run under two minutes as stages are added. */
const phases: { name: string; seconds: number }[] = [];
let phaseStart = performance.now();
function phase(name: string): void {
  const now = performance.now();
  const last = phases.at(-1);
  if (last) last.seconds = (now - phaseStart) / 1000;
  phases.push({ name, seconds: 0 });
  phaseStart = now;
}

console.log(`# news-enrich benchmark${quick ? ' (--quick)' : ''}`);
console.log(
  `node ${process.version}, ${results.cpu as string} (${cpus().length} cores; one JS thread used), ` +
    `${budget.rounds} rounds × ≥${budget.roundMs} ms after ${budget.warmupMs} ms warm-up, median round` +
    (results.gcExposed ? '' : '; run with --expose-gc for a GC before each measurement'),
);

// ---------------------------------------------------------------------------------------------
// 1. Cold start in fresh processes (module loading counts).
phase('cold start');
const cold: ColdResult[] = coldStart(quick ? 1 : 3, !quick);
results.cold = cold;
table(
  'Cold start (fresh process, ms)',
  ['target', 'runs', 'import', 'createEnricher', '1st enrich', '2nd enrich', 'process total', 'worst total'],
  cold.map((c) =>
    c.error
      ? [c.target, 0, 'error (below)', '', '', '', '', '']
      : [c.target, c.runs, fmt(c.median.importMs), fmt(c.median.initMs), fmt(c.median.firstEnrichMs), fmt(c.median.secondEnrichMs), fmt(c.median.processMs), fmt(c.worst.processMs)],
  ),
  [
    'import: `await import()` of the entry (through tsx for src/: includes its TypeScript transform, cached on disk after the first run)',
    '1st enrich: first call on the 3 KB Russian example (lazy tables, e.g. the language model, are built here); process total includes node start-up',
    ...cold.filter((c) => c.error).map((c) => `${c.target}: ${c.error!}`),
  ],
);

// ---------------------------------------------------------------------------------------------
// 2. Init in this process, then the corpora and stages.
phase('init + corpora');
const memStart = memory();
let enrich: ((item: Corpus['items'][number]) => unknown) | null = null;
{
  const t0 = performance.now();
  const index = await importSrc('index.js');
  const t1 = performance.now();
  if ('error' in index) skipped.push(`enrich: src/index.ts does not load: ${index.error}`);
  else {
    try {
      const enricher = (await index.module.createEnricher()) as { enrich: (input: unknown) => unknown };
      const t2 = performance.now();
      enrich = (item) => enricher.enrich(item.html !== undefined ? { html: item.html } : { text: item.text });
      results.warmInit = { importMs: t1 - t0, createEnricherMs: t2 - t1 };
    } catch (error) {
      skipped.push(`enrich: createEnricher() failed: ${firstLine(error)}`);
    }
  }
}
const htmlMod = await importSrc('text/html.js');
const htmlToText = 'module' in htmlMod ? (htmlMod.module.htmlToText as (html: string) => { text: string }) : null;
const { corpora, skipped: missingData } = loadCorpora({ quick, htmlToText });
skipped.push(...missingData.map((s) => `corpus ${s}`));
const articleCorpora = corpora.filter((c) => !c.peersOnly);
const { stages, skipped: missingStages } = await loadStages(corpora[0]?.texts[0] ?? 'Пример текста.');
skipped.push(...missingStages.map((s) => `stage ${s}`));
const loadedPipeline = enrich ? await loadPipeline() : { error: 'no enricher' };
const pipeline = 'error' in loadedPipeline ? null : loadedPipeline;
if ('error' in loadedPipeline) skipped.push(`pipeline stages: ${loadedPipeline.error}`);
// One untimed call per text so that lazy initialization is not timed as throughput.
if (enrich) for (const c of articleCorpora) for (const item of c.items) safe(() => enrich!(item));
const memInit = memory();

table(
  'Corpora',
  ['corpus', 'unit', 'texts', 'total', 'avg', 'what'],
  corpora.map((c) => [c.name, c.unit, c.items.length, kb(c.bytes), kb(c.bytes / c.items.length), c.note]),
  ['sizes in UTF-8 bytes (Cyrillic letters count 2); MB/s below is UTF-8 MB (10^6 bytes) per second'],
);

// ---------------------------------------------------------------------------------------------
// 3. Throughput per corpus: enrich() and each stage, one thread.
phase('throughput');
interface Row {
  corpus: string;
  stage: string;
  rate: Rate;
}
const throughput: Row[] = [];
for (const corpus of articleCorpora) {
  const prepared = await prepare(corpus.texts);
  if (enrich) {
    const run = enrich;
    const rate = guarded(() => measure(corpus.texts, (_, i) => run(corpus.items[i]!), budget), `enrich on ${corpus.name}`);
    if (rate) throughput.push({ corpus: corpus.name, stage: 'enrich()', rate });
  }
  for (const { stage, module } of stages) {
    const rate = guarded(() => measure(corpus.texts, (t, i) => stage.run(module, t, prepared[i]!), budget), `${stage.name} on ${corpus.name}`);
    if (rate) throughput.push({ corpus: corpus.name, stage: stage.name, rate });
  }
  if (pipeline) {
    const inputs = safe(() => corpus.items.map((item) => pipeline.prepare(item)));
    if (!inputs) skipped.push(`pipeline stages on ${corpus.name}: preparing the inputs threw`);
    else {
      // Three rounds, not five: five more rows per corpus must not push the run past ~3 minutes.
      const stageBudget: Budget = { ...budget, rounds: Math.min(budget.rounds, 3) };
      for (const stage of pipeline.stages) {
        const rate = guarded(() => measure(corpus.texts, (_, i) => stage.run(inputs[i]!), stageBudget), `pipeline ${stage.name} on ${corpus.name}`);
        if (rate) throughput.push({ corpus: corpus.name, stage: `in pipeline: ${stage.name}`, rate });
      }
    }
  }
}
results.throughput = throughput;
table(
  'Throughput, one thread',
  ['corpus', 'stage', 'items/s', 'ms/item', 'MB/s', 'MB/s cpu', 'vs enrich', '±'],
  throughput.map((r, i) => {
    const full = throughput.find((x) => x.corpus === r.corpus && x.stage === 'enrich()');
    return [
      i === 0 || throughput[i - 1]!.corpus !== r.corpus ? r.corpus : '',
      r.stage,
      fmt(r.rate.perSec),
      fmt(r.rate.msPerItem),
      fmt(r.rate.mbPerSec),
      fmt(r.rate.cpuMbPerSec),
      full && r.stage !== 'enrich()' ? pct(full.rate.cpuMbPerSec / r.rate.cpuMbPerSec) : '',
      pct(r.rate.spread / 2),
    ];
  }),
  [
    'items = articles (texts). MB/s cpu = per second of this process\'s CPU time: close to the idle-machine figure when other jobs share the cores',
    'vs enrich = stage CPU time per byte / enrich() CPU time per byte on the same corpus. Stages run standalone on whole texts; the pipeline may call',
    '  them on less (enrich() reads 600 characters of each paragraph for language) or not yet at all, so a row can pass 100%',
    '± = half the spread (max − min) of the round MB/s around the median',
    'in pipeline: X = stage X on the input enrich() gives it (text stages = normalize + findBody + language + document; entities, quotes,',
    '  keywords, tags on that document), inputs made before timing. Texts repeat, so the morphology cache is warm: see the unseen table',
  ],
);

// ---------------------------------------------------------------------------------------------
// 3b. enrich() on Russian articles it has never seen: real archives are mostly new words, and a
// word's first morphological analysis costs far more than a cache hit.
phase('unseen');
const unseen: ({ corpus: string } & UnseenRate)[] = [];
if (enrich) {
  const run = enrich;
  for (const { name, texts } of unseenRussian(quick)) {
    const rate = safe(() => measureUnseen(texts, (text) => run({ text })));
    if (rate) unseen.push({ corpus: name, ...rate });
    else skipped.push(`unseen ${name}: enrich threw`);
  }
}
results.unseen = unseen;
if (unseen.length > 0) {
  table(
    'Unseen articles: enrich(), one pass (CPU time)',
    ['corpus', 'texts', 'avg', 'items/s cpu', 'ms/item cpu', 'again: items/s cpu'],
    unseen.map((u) => [u.corpus, u.texts, kb(u.avgBytes), fmt(u.perCpuSec), fmt(u.cpuMsPerItem), fmt(u.againPerCpuSec)]),
    [
      'each text enriched once, after the runs above (code warm, morphology cache holding the other corpora\'s words); again = a second pass',
      'over the same texts. One pass, so noisier than the median rows above: compare runs on an idle machine',
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// 4. Peers on the same texts: language identification (and, later, other tasks).
phase('peers');
interface PeerRow {
  task: string;
  peer: string;
  corpus: string;
  unit: string;
  rate: Rate;
  agreement: number | null;
}
const peerRows: PeerRow[] = [];
const runners: { name: string; task: string; langs?: readonly string[]; runner: PeerRunner }[] = [];
for (const peer of PEERS) {
  if (peer.optional && !allPeers) continue;
  const loaded = await peer.load();
  if ('error' in loaded) skipped.push(`peer ${peer.name}: ${loaded.error}`);
  else runners.push({ name: peer.name, task: peer.task, ...(peer.langs ? { langs: peer.langs } : {}), runner: loaded });
}
for (const corpus of corpora) {
  for (const { name, task, langs, runner } of runners) {
    if (langs && !corpus.items.every((i) => i.lang && langs.includes(i.lang))) continue;
    const rate = guarded(() => measure(corpus.texts, (t) => runner.run(t), budget), `${name} on ${corpus.name}`);
    if (!rate) continue;
    peerRows.push({ task, peer: name, corpus: corpus.name, unit: corpus.unit, rate, agreement: agreement(corpus, runner) });
  }
}
results.peers = peerRows;
table(
  'Peers on the same texts',
  ['corpus', 'task', 'library', 'items/s', 'MB/s', 'MB/s cpu', '× ours', 'agrees with gold'],
  peerRows.map((r, i) => {
    const ours = peerRows.find((x) => x.corpus === r.corpus && x.task === r.task && x.peer.startsWith('ours'));
    const first = i === 0 || peerRows[i - 1]!.corpus !== r.corpus;
    return [
      first ? `${r.corpus} (${r.unit})` : '',
      r.task,
      r.peer,
      fmt(r.rate.perSec),
      fmt(r.rate.mbPerSec),
      fmt(r.rate.cpuMbPerSec),
      ours ? `${fmt(r.rate.cpuMbPerSec / ours.rate.cpuMbPerSec)}×` : '',
      r.agreement === null ? '' : pct(r.agreement),
    ];
  }),
  [
    'language: ours = detectLanguage(text) with its default 17 candidates; franc = franc(text, { only: the same 17 in ISO 639-3 }) (--all-peers adds franc-all)',
    'franc reads only the first 2048 characters (its default maxLength), ours up to 20,000: on texts over ~2 KB franc\'s MB/s counts bytes it skipped',
    'entities (English corpora): ours = the whole enrich() (all stages, not only entities) with the en pack; compromise = nlp(text).topics().json()',
    '× ours = MB/s cpu relative to ours (>1 = faster than ours); agrees with gold = top code equals the corpus language (accuracy is eval/’s job)',
  ],
);

// ---------------------------------------------------------------------------------------------
// 5. Scaling: synthetic Russian texts of growing size; µs per KB should stay flat.
phase('scaling');
// --quick stops at 100 KB: one 1 MB call of a slow stage alone takes seconds.
const sizes = [1024, 10 * 1024, 100 * 1024, ...(quick ? [] : [1024 * 1024])];
const paragraphs = russianParagraphs();
const scaleTexts = sizes.map((s) => synthetic(paragraphs, s));
interface ScaleRow {
  stage: string;
  bytes: number;
  msPerArticle: number | null;
  usPerKb: number | null;
  /** µs of CPU time per KB: the linearity check, robust to other jobs on the machine. */
  cpuUsPerKb: number | null;
  note?: string;
}
const scaling: ScaleRow[] = [];
const scaleFns: { name: string; fn: (text: string, size: number) => unknown }[] = [];
if (enrich) {
  const run = enrich;
  scaleFns.push({ name: 'enrich()', fn: (text) => run({ text }) });
}
const scalePrepared = await prepare(scaleTexts);
for (const { stage, module } of stages) {
  scaleFns.push({ name: stage.name, fn: (text, size) => stage.run(module, text, scalePrepared[size]!) });
}
// A stage that turns out quadratic must not hang the run: predict one call at the next size
// from the CPU time at the last one, scaled by the size and by how much µs/KB grew last step,
// and skip the size when the prediction is over this.
const maxCallMs = quick ? 3_000 : 30_000;
for (const { name, fn } of scaleFns) {
  let previous: ScaleRow | undefined;
  let growth = 1;
  for (let s = 0; s < sizes.length; s++) {
    const text = scaleTexts[s]!;
    const bytes = utf8Bytes(text);
    const predicted = previous?.cpuUsPerKb != null ? (previous.cpuUsPerKb * (bytes / 1024) * growth) / 1000 : 0;
    if (predicted > maxCallMs) {
      scaling.push({ stage: name, bytes, msPerArticle: null, usPerKb: null, cpuUsPerKb: null, note: `skipped: one call predicted ~${fmt(predicted / 1000)} s` });
      continue;
    }
    const once = safe(() => timeOnce(() => fn(text, s)));
    if (once === null) {
      scaling.push({ stage: name, bytes, msPerArticle: null, usPerKb: null, cpuUsPerKb: null, note: 'threw' });
      break;
    }
    // Big texts: fewer, longer rounds (a single call already outlasts roundMs); a call over a
    // second is timed once more, because the first call also filled the morphology cache with
    // the text's new words while the small sizes are timed warm: cold against warm would read
    // as superlinear growth.
    const b: Budget = once.ms > budget.roundMs ? { warmupMs: -1, roundMs: 0, rounds: quick ? 1 : 3 } : { ...budget, rounds: Math.min(budget.rounds, 3) };
    const warm = once.ms > 1000 ? safe(() => timeOnce(() => fn(text, s))) ?? once : null;
    const rate = warm ? null : guarded(() => measure([text], (t) => fn(t, s), b), `${name} at ${kb(bytes)}`);
    const ms = warm ? warm.ms : rate?.msPerItem ?? null;
    const cpuUs = warm ? (warm.cpuMs * 1000) / (bytes / 1024) : rate ? 1024 / rate.cpuMbPerSec : null;
    const row: ScaleRow = { stage: name, bytes, msPerArticle: ms, usPerKb: ms === null ? null : (ms * 1000) / (bytes / 1024), cpuUsPerKb: cpuUs };
    if (previous?.cpuUsPerKb && row.cpuUsPerKb) growth = Math.max(1, row.cpuUsPerKb / previous.cpuUsPerKb);
    scaling.push(row);
    previous = row;
  }
}
results.scaling = scaling;
const enrichScale = scaling.filter((r) => r.stage === 'enrich()');
const base = (stage: string): number | null => scaling.find((r) => r.stage === stage && r.cpuUsPerKb !== null)?.cpuUsPerKb ?? null;
if (enrichScale.length > 0) {
  table(
    'Scaling: enrich() on synthetic Russian text (real paragraphs concatenated)',
    ['size', 'ms/article', 'µs/KB', 'cpu µs/KB', 'ratio vs 1 KB'],
    enrichScale.map((r) => [
      kb(r.bytes),
      r.msPerArticle === null ? r.note ?? '' : fmt(r.msPerArticle),
      r.usPerKb === null ? '' : fmt(r.usPerKb),
      r.cpuUsPerKb === null ? '' : fmt(r.cpuUsPerKb),
      ratio(r.cpuUsPerKb, base('enrich()')),
    ]),
    [
      'ratio = cpu µs/KB at this size ÷ cpu µs/KB at 1 KB: ~1 everywhere = linear; growing with size = superlinear',
      'cpu µs/KB counts this process\'s CPU time only, so it stays put when other jobs share the cores (wall µs/KB does not)',
    ],
  );
}
const stageNames = [...new Set(scaling.map((r) => r.stage))];
table(
  'Scaling per stage: cpu µs per KB (ratio vs 1 KB)',
  ['stage', ...sizes.map((s) => kb(s)), `ms at ${kb(sizes.at(-1)!)}`],
  stageNames.map((stage) => [
    stage,
    ...sizes.map((_, s) => {
      const r = scaling.filter((x) => x.stage === stage)[s];
      if (!r) return '';
      if (r.cpuUsPerKb === null) return r.note ?? '';
      return `${fmt(r.cpuUsPerKb)} (${ratio(r.cpuUsPerKb, base(stage))})`;
    }),
    (() => {
      const last = scaling.filter((x) => x.stage === stage)[sizes.length - 1];
      return last?.msPerArticle != null ? fmt(last.msPerArticle) : '';
    })(),
  ]),
);

// ---------------------------------------------------------------------------------------------
// 6. Memory.
phase('memory');
collect();
const memEnd = memory();
results.memory = { start: memStart, afterInit: memInit, afterRuns: memEnd };
const memRow = (label: string, m: Memory): Cell[] => [label, fmt(m.maxRssMb), fmt(m.rssMb), fmt(m.heapUsedMb)];
table(
  'Memory (MB)',
  ['when', 'peak RSS', 'RSS', 'heap used'],
  [
    // Every cold target: through tsx the loader alone adds ~35 MB before the import; dist/ is what users run.
    ...cold
      .filter((c) => !c.error)
      .flatMap((c): Cell[][] => [
        [`cold child (${c.target}): before import`, fmt(c.median.rssStartMb), '', ''],
        [`cold child (${c.target}): after import + createEnricher`, fmt(c.median.rssInitMb), '', ''],
        [`cold child (${c.target}): after 1st enrich`, fmt(c.median.rssFirstEnrichMb), '', ''],
      ]),
    memRow('this process: start', memStart),
    memRow('this process: after init + corpora + first calls', memInit),
    memRow('this process: after all runs (after GC)', memEnd),
  ],
  ['peak RSS = process.resourceUsage().maxRSS; this process also holds the corpora, the 1 MB scaling text and the peers'],
);

// ---------------------------------------------------------------------------------------------
// 7. RelatedIndex query latency at scale (synthetic tag sets; after the memory table, so the
// index does not count there). Imported by path: a missing or broken module is a skipped line.
phase('related index');
try {
  const { benchRelatedIndex } = (await import('./related-index.js')) as typeof import('./related-index.js');
  const related = benchRelatedIndex(quick ? { articles: 10_000, queries: 100 } : { articles: 100_000, queries: 500 });
  results.relatedIndex = related;
  table(
    'RelatedIndex: top-5 queries over synthetic articles (CPU ms)',
    ['articles', 'tags/article', 'distinct tags', 'build', 'first query', 'query median', 'query p95'],
    [[related.articles, fmt(related.tagsPerArticle), related.distinctTags, fmt(related.buildMs), fmt(related.firstQueryMs), fmt(related.queryMedianMs), fmt(related.queryP95Ms)]],
    ['synthetic tag sets shaped like real enrichments (bench/related-index.ts); the issue\'s budget is a median ≤ 10 ms at 100,000 articles'],
  );
} catch (error) {
  skipped.push(`related index: ${firstLine(error)}`);
}

// ---------------------------------------------------------------------------------------------
phase('end');
phases.pop();
results.phases = phases;
const seconds = (performance.now() - started) / 1000;
results.skipped = skipped;
results.seconds = seconds;
if (skipped.length > 0) {
  console.log('\n## Skipped');
  for (const s of skipped) console.log(`  - ${s}`);
}
console.log(`\ndone in ${fmt(seconds)} s (${phases.map((p) => `${p.name} ${fmt(p.seconds, 2)} s`).join(', ')})`);
if (asJson) console.log(JSON.stringify(results));

// ---------------------------------------------------------------------------------------------
function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** Runs a measurement; a throw becomes a "skipped" line instead of ending the benchmark. */
function guarded(fn: () => Rate, what: string): Rate | null {
  try {
    return fn();
  } catch (error) {
    skipped.push(`${what}: threw ${firstLine(error)}`);
    return null;
  }
}

function agreement(corpus: Corpus, runner: PeerRunner): number | null {
  if (!runner.label) return null;
  const labelled = corpus.items.filter((i) => i.lang);
  if (labelled.length === 0) return null;
  let hits = 0;
  for (const item of labelled) if (safe(() => runner.label!(runner.run(item.text))) === item.lang) hits++;
  return hits / labelled.length;
}

function ratio(value: number | null, reference: number | null): string {
  return value === null || reference === null ? '' : `${fmt(value / reference, 2)}×`;
}
