/**
 * Reading JSONL datasets by path.
 * @module
 */
import { readFileSync, statSync } from 'node:fs';

/** An input problem the user can fix (missing file, bad JSON, unknown task): exit code 2. */
export class EvalUsageError extends Error {
  override readonly name = 'EvalUsageError';
}

/** Parses JSONL text: one JSON object a line, blank lines skipped. `source` names the file in errors. */
export function parseJsonl<T = Record<string, unknown>>(text: string, source = '<input>'): T[] {
  const records: T[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new EvalUsageError(`${source}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new EvalUsageError(`${source}:${i + 1}: expected a JSON object`);
    }
    records.push(value as T);
  }
  return records;
}

/** Reads a JSONL file; a missing or unreadable path throws an {@link EvalUsageError}. */
export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new EvalUsageError(`file not found: ${path}`);
  }
  if (!isFile) throw new EvalUsageError(`not a file: ${path}`);
  return parseJsonl<T>(readFileSync(path, 'utf8'), path);
}
