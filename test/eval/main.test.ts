import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../src/eval/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('parseArgs', () => {
  it('reads task, files and options', () => {
    expect(parseArgs(['ner', 'a.jsonl', 'b.jsonl', '--json', '--limit', '5'])).toEqual({
      task: 'ner',
      files: ['a.jsonl', 'b.jsonl'],
      json: true,
      limit: 5,
    });
    expect(parseArgs(['langid', '--limit=3', 'x.jsonl'])).toMatchObject({ limit: 3, json: false });
    expect(parseArgs(['--help']).task).toBe('help');
  });
  it('rejects bad command lines', () => {
    expect(() => parseArgs([])).toThrow(/missing TASK/);
    expect(() => parseArgs(['nope', 'x.jsonl'])).toThrow(/unknown task/);
    expect(() => parseArgs(['ner'])).toThrow(/missing FILE/);
    expect(() => parseArgs(['ner', 'x', '--limit', '0'])).toThrow(/--limit/);
    expect(() => parseArgs(['ner', 'x', '--fast'])).toThrow(/unknown option/);
  });
});

describe('main', () => {
  it('exits 2 with a message on an unknown task', async () => {
    const c = capture();
    expect(await main(['translate', 'x.jsonl'], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/unknown task "translate"/);
    expect(c.out).toEqual([]);
  });

  it('exits 2 with a message on a missing file', async () => {
    const c = capture();
    expect(await main(['langid', '/nonexistent/dev.jsonl'], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/file not found: \/nonexistent\/dev\.jsonl/);
  });

  it('runs langid on a small file and prints the JSON object last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'tiny.jsonl');
    writeFileSync(
      file,
      [
        { id: '1', lang: 'en', kind: 'sentence', text: 'The weather in the mountains was cold and windy all week long.' },
        { id: '2', lang: 'ru', kind: 'sentence', text: 'Погода в горах всю неделю была холодной и ветреной.' },
        { id: '3', lang: 'ru', kind: 'sentence', text: 'Это третье предложение не прочитается из-за лимита.' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const c = capture();
    expect(await main(['langid', file, '--json', '--limit', '2'], c.io)).toBe(0);
    const last = JSON.parse(c.out.at(-1)!);
    expect(last).toMatchObject({ task: 'langid', files: [file], docs: 2 });
    expect(last.metrics.n).toBe(2);
    expect(typeof last.metrics.accuracy).toBe('number');
    expect(c.out.join('\n')).toMatch(/docs\/s/);
  });
});
