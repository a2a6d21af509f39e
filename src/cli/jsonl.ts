/**
 * JSON-lines streaming: one record in, one line out, in input order, with flat memory.
 * @module
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One parsed input line, or the reason it could not be read. */
export type JsonlRecord = { line: number; value: Record<string, unknown> } | { line: number; error: string; id?: unknown };

/** Reads JSON lines from a file path ('-' or undefined: stdin), skipping blank lines. */
export async function* readJsonl(path: string | undefined): AsyncGenerator<JsonlRecord> {
  const stream: Readable = !path || path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    yield parseLine(raw, line);
  }
}

function parseLine(raw: string, line: number): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { line, error: `line ${line}: invalid JSON (${(err as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, error: `line ${line}: expected a JSON object with text or html` };
  }
  return { line, value: value as Record<string, unknown> };
}

/** Writes one line to stdout, waiting when the pipe is full so memory stays flat. */
export async function writeLine(text: string): Promise<void> {
  if (!process.stdout.write(text + '\n')) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

/** Progress on stderr (count and lines/s), only when stderr is a terminal. */
export function progressReporter(): { tick(): void; done(): void } {
  const enabled = Boolean(process.stderr.isTTY);
  const started = Date.now();
  let count = 0;
  let lastShown = 0;
  const show = () => {
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(`\r${count} lines, ${(count / Math.max(seconds, 0.001)).toFixed(0)} lines/s`);
  };
  return {
    tick() {
      count++;
      if (enabled && Date.now() - lastShown > 250) {
        lastShown = Date.now();
        show();
      }
    },
    done() {
      if (enabled) {
        show();
        process.stderr.write('\n');
      }
    },
  };
}
