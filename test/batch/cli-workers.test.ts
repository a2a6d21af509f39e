// `news-enrich --jsonl FILE --workers N` as users run it: the built dist/cli.js (npm test builds
// first) starting dist/batch-worker.js. Same bytes out as one thread, bad lines in place.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '../../dist/cli.js');
const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('news-enrich --jsonl --workers', () => {
  it('writes the same lines, in the same order, as one thread, bad lines included', () => {
    const lines = [
      JSON.stringify({ id: 'first', text: 'Президент провел встречу с министром иностранных дел в Астане.' }),
      '{not json',
      JSON.stringify({ id: 3, text: 42 }),
      '[1, 2]',
      JSON.stringify({ id: 'fifth', html: '<p>Officials in Tashkent announced a new railway link to Kazakhstan.</p>' }),
      ...Array.from({ length: 15 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Алматы әкімдігі ${i} жаңа саябақ салынатынын хабарлады.` })),
    ];
    const input = lines.join('\n') + '\n';
    const one = run(['--jsonl', '-'], input);
    const two = run(['--jsonl', '-', '--workers', '2'], input);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const out = two.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((o) => o.id)).toEqual(['first', undefined, 3, undefined, 'fifth', ...Array.from({ length: 15 }, (_, i) => `n${i}`)]);
    expect(out[1].error).toMatch(/line 2: invalid JSON/);
    expect(out[2].error).toMatch(/line 3: enrich\(\): expected input\.text to be a string/);
    expect(out[3].error).toMatch(/line 4: expected a JSON object/);
    expect(two.stderr).toContain('3 line(s) failed');
  }, 120_000);

  it('refuses --workers without --jsonl', () => {
    const { code, stderr } = run(['--workers', '2', 'article.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('--workers applies to JSON lines');
  });
});
