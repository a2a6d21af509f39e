// The CLI as users run it: the built dist/cli.js (npm test builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '../../dist/cli.js');
const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'news-enrich-cli-'));

describe('news-enrich CLI', () => {
  it('enriches files, one JSON per file, HTML parsed by extension', () => {
    const txt = join(tmp, 'a.txt');
    const html = join(tmp, 'b.html');
    writeFileSync(txt, 'Жители Астаны готовятся к весенним праздникам. В городе откроют ярмарки и концертные площадки.');
    writeFileSync(html, '<p>The city council of Almaty approved a new budget for public transport on Tuesday.</p><script>x()</script>');
    const { code, stdout } = run([txt, html]);
    expect(code).toBe(0);
    const [a, b] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(a.language.code).toBe('ru');
    expect(a.text).toBeUndefined();
    expect(b.language.code).toBe('en');
    expect(b.text).toContain('Almaty');
    expect(b.text).not.toContain('x()');
  });

  it('reads stdin when no file is given and pretty-prints on request', () => {
    const { code, stdout } = run(['--pretty'], 'Елордада көктемгі жәрмеңке ашылды. Оған облыстардан келген фермерлер қатысты.');
    expect(code).toBe(0);
    expect(stdout).toContain('\n  "language"');
    expect(JSON.parse(stdout).language.code).toBe('kk');
  });

  it('--jsonl keeps ids and order, reports bad lines in place and exits 1', () => {
    const lines = [
      JSON.stringify({ id: 'first', text: 'Президент провел встречу с министром иностранных дел в Астане.' }),
      '{not json',
      JSON.stringify({ id: 'third', text: 42 }),
      JSON.stringify({ id: 'fourth', html: '<p>Officials in Tashkent announced a new railway link to Kazakhstan.</p>' }),
    ];
    const { code, stdout, stderr } = run(['--jsonl', '-'], lines.join('\n') + '\n');
    expect(code).toBe(1);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(4);
    expect(out[0].id).toBe('first');
    expect(out[1].error).toMatch(/line 2: invalid JSON/);
    expect(out[2]).toMatchObject({ id: 'third' });
    expect(out[2].error).toMatch(/input\.text to be a string/);
    expect(out[3].id).toBe('fourth');
    expect(out[3].language.code).toBe('en');
    expect(stderr).toMatch(/2 line\(s\) failed/);
  });

  it('related prints the top neighbours of each line', () => {
    const file = join(tmp, 'r.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'x', text: 'Первая статья.' }), JSON.stringify({ id: 'y', text: 'Вторая статья.' })].join('\n'));
    const { code, stdout } = run(['related', '--jsonl', file, '--top', '3']);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((o) => o.id)).toEqual(['x', 'y']);
    for (const o of out) expect(Array.isArray(o.related)).toBe(true);
  });

  it('exits 2 with a clear message on a bad command line or a missing file', () => {
    const bad = run(['--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option --bogus/);
    expect(bad.stdout).toBe('');
    const missing = run([join(tmp, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt/);
    expect(missing.stdout).toBe('');
  });
});
