/**
 * The pipeline stages timed one by one. Adding a stage is one line in {@link STAGES}.
 *
 * Stage modules are imported dynamically by path, not statically: the pipeline is written by
 * several people at once, and a stage that is missing, renamed or broken must show up as a
 * "skipped" row, not stop the whole benchmark (or `tsc`). The price is that the calls below are
 * not type-checked against the stage signatures.
 * @module
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT } from './corpus.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Module = any;

/** Untimed inputs a stage may need from earlier stages, computed once per text before timing. */
export interface Prepared {
  /** Paragraph spans from `splitParagraphs` (or blank-line spans when that is missing). */
  paragraphs: { start: number; end: number }[];
}

export interface Stage {
  name: string;
  /** Module path under src/, as imported (`.js`). */
  module: string;
  run: (m: Module, text: string, prepared: Prepared) => unknown;
}

/** One line per stage, in pipeline order. */
export const STAGES: Stage[] = [
  { name: 'normalize', module: 'text/normalize.js', run: (m, t) => m.normalize(t) },
  { name: 'findBody', module: 'text/layout.js', run: (m, t) => m.findBody(t) },
  { name: 'splitParagraphs', module: 'text/segment.js', run: (m, t) => m.splitParagraphs(t) },
  { name: 'splitSentences', module: 'text/segment.js', run: (m, t) => m.splitSentences(t) },
  { name: 'tokenize', module: 'text/segment.js', run: (m, t) => m.tokenize(t) },
  { name: 'detectTextLanguage', module: 'language/index.js', run: (m, t, p) => m.detectTextLanguage(t, p.paragraphs) },
  // Later: { name: 'entities', module: 'entities/index.js', run: (m, t, p) => m.findEntities(t, ...) },
];

export interface LoadedStage {
  stage: Stage;
  module: Module;
}

/** Imports a module under src/; null (with the reason) when it cannot be loaded. */
export async function importSrc(path: string): Promise<{ module: Module } | { error: string }> {
  try {
    return { module: await import(pathToFileURL(join(ROOT, 'src', path)).href) };
  } catch (error) {
    return { error: firstLine(error) };
  }
}

/**
 * Loads every stage's module and checks it on one text, so a stage that throws is reported as
 * skipped instead of failing in the middle of a measurement.
 */
export async function loadStages(probe: string): Promise<{ stages: LoadedStage[]; skipped: string[] }> {
  const stages: LoadedStage[] = [];
  const skipped: string[] = [];
  const prepared = await prepare([probe]);
  const missing = new Map<string, { names: string[]; error: string }>();
  for (const stage of STAGES) {
    const loaded = await importSrc(stage.module);
    if ('error' in loaded) {
      // One line per missing module, not per stage.
      const entry = missing.get(stage.module) ?? { names: [], error: loaded.error };
      entry.names.push(stage.name);
      missing.set(stage.module, entry);
      continue;
    }
    try {
      stage.run(loaded.module, probe, prepared[0]!);
      stages.push({ stage, module: loaded.module });
    } catch (error) {
      skipped.push(`${stage.name}: ${firstLine(error)}`);
    }
  }
  for (const [module, { names, error }] of missing) skipped.push(`${names.join(', ')} (src/${module}): ${error}`);
  return { stages, skipped };
}

/** The untimed inputs for each text. */
export async function prepare(texts: readonly string[]): Promise<Prepared[]> {
  const segment = await importSrc('text/segment.js');
  const split = 'module' in segment && typeof segment.module.splitParagraphs === 'function' ? segment.module.splitParagraphs : null;
  return texts.map((text) => {
    try {
      if (split) return { paragraphs: split(text) };
    } catch {
      // fall through to the blank-line split
    }
    return { paragraphs: blankLineParagraphs(text) };
  });
}

function blankLineParagraphs(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 140);
}
