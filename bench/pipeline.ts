/**
 * The pipeline's later stages (entities, quotes, keywords, tags) timed one by one on exactly
 * the input the pipeline gives them, and enrich() on articles it has never seen.
 *
 * Like stages.ts, modules are imported dynamically so that a missing or broken stage becomes a
 * "skipped" line. The inputs of each stage (the analyzed text, the entities, the keywords) are
 * computed once per text before timing, through the pipeline's own `analyzeText`.
 * @module
 */
import type { Item } from './corpus.js';
import { utf8Bytes } from './measure.js';
import { firstLine, importSrc } from './stages.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** What one text carries into the timed stages. */
export interface PipelineInput {
  /** The pipeline's input (readInput of the item). */
  source: Any;
  analyzed: Any;
  entities: Any;
  keywords: Any;
}

/** One later stage: its name and the call that is timed. */
export interface PipelineStage {
  name: string;
  run: (input: PipelineInput) => unknown;
}

/** The loaded pipeline: `prepare` makes a text's inputs, `stages` are timed on them. */
export interface Pipeline {
  prepare(item: Item): PipelineInput;
  stages: PipelineStage[];
}

/** Loads the stage modules and the language packs; an error string when something is missing. */
export async function loadPipeline(): Promise<Pipeline | { error: string }> {
  const paths = ['enrich.js', 'text/input.js', 'entities/index.js', 'quotes/index.js', 'keywords/index.js', 'tags/build.js', 'languages/ru/index.js', 'languages/kk/index.js', 'languages/en/index.js'];
  const mods: Any[] = [];
  for (const path of paths) {
    const m = await importSrc(path);
    if ('error' in m) return { error: `src/${path}: ${m.error}` };
    mods.push(m.module);
  }
  const [enrich, input, entities, quotes, keywords, tags, ru, kk, en] = mods;
  if (typeof enrich.analyzeText !== 'function') return { error: 'src/enrich.ts has no analyzeText' };
  try {
    // Packs load once per process (definePack): these are the enricher's own, already loaded.
    const loaded: Any[] = await Promise.all([ru.ru, kk.kk, en.en].map((pack: Any) => pack.load()));
    const config = { languages: [], packs: new Map(loaded.map((l) => [l.code, l])) };
    const prepare = (item: Item): PipelineInput => {
      const source = input.readInput(item.html !== undefined ? { html: item.html } : { text: item.text }, Number.MAX_SAFE_INTEGER);
      const analyzed = enrich.analyzeText(source, config);
      const found = entities.extractEntities(analyzed.doc, analyzed.pack);
      return { source, analyzed, entities: found, keywords: keywords.extractKeywords(analyzed.doc, found, analyzed.pack) };
    };
    const stages: PipelineStage[] = [
      { name: 'text stages', run: ({ source }) => enrich.analyzeText(source, config) },
      { name: 'entities', run: ({ analyzed: a }) => entities.extractEntities(a.doc, a.pack) },
      { name: 'quotes', run: ({ analyzed: a, entities: e }) => quotes.extractQuotes(a.doc, e, a.pack) },
      { name: 'keywords', run: ({ analyzed: a, entities: e }) => keywords.extractKeywords(a.doc, e, a.pack) },
      { name: 'tags', run: ({ analyzed: a, entities: e, keywords: k }) => tags.buildTags(e, k, a.language.code) },
    ];
    return { prepare, stages };
  } catch (error) {
    return { error: firstLine(error) };
  }
}

/** enrich() over texts it has not seen, each once: the morphology cache is cold for their new words. */
export interface UnseenRate {
  texts: number;
  avgBytes: number;
  /** Articles per second of CPU time, first (unseen) pass. */
  perCpuSec: number;
  cpuMsPerItem: number;
  /** Articles per second of CPU time when the same texts come again (caches warm). */
  againPerCpuSec: number;
}

/** Times one pass of `enrich` over never-seen texts, then a second pass over the same texts. */
export function measureUnseen(texts: readonly string[], enrich: (text: string) => unknown): UnseenRate {
  const pass = (): number => {
    const cpu = process.cpuUsage();
    for (const text of texts) enrich(text);
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  const first = pass();
  const again = pass();
  const bytes = texts.reduce((s, t) => s + utf8Bytes(t), 0);
  return {
    texts: texts.length,
    avgBytes: bytes / Math.max(1, texts.length),
    perCpuSec: (texts.length * 1000) / first,
    cpuMsPerItem: first / Math.max(1, texts.length),
    againPerCpuSec: (texts.length * 1000) / again,
  };
}

