// Accuracy of detectLanguage per language on the langid dev set, and throughput.
// Usage: npx tsx scripts/measure-langid.ts [path/to/dev.jsonl] [--errors]
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../src/language/index.js';

const path = process.argv.find((a) => a.endsWith('.jsonl')) ?? '../shared/data/langid/dev.jsonl';
const showErrors = process.argv.includes('--errors');
interface Item { id: string; lang: string; kind: 'sentence' | 'paragraph'; text: string }
const items: Item[] = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const stats = new Map<string, { s: [number, number]; p: [number, number] }>();
const t0 = performance.now();
const results = items.map((it) => detectLanguage(it.text));
const ms = performance.now() - t0;
items.forEach((it, i) => {
  const r = results[i]!;
  const row = stats.get(it.lang) ?? { s: [0, 0], p: [0, 0] };
  const cell = it.kind === 'sentence' ? row.s : row.p;
  cell[1]++;
  if (r.code === it.lang) cell[0]++;
  else if (showErrors) console.log(`${it.id}\t${it.lang}→${r.code} ${r.confidence}\t${it.text.slice(0, 120)}`);
  stats.set(it.lang, row);
});
const pct = ([ok, n]: [number, number]) => (n ? ((100 * ok) / n).toFixed(1).padStart(6) : '     -');
const total = { s: [0, 0] as [number, number], p: [0, 0] as [number, number] };
console.log('lang  sent%   n    para%   n');
for (const [lang, { s, p }] of [...stats].sort()) {
  console.log(`${lang.padEnd(4)} ${pct(s)} ${String(s[1]).padStart(4)}  ${pct(p)} ${String(p[1]).padStart(3)}`);
  total.s[0] += s[0]; total.s[1] += s[1]; total.p[0] += p[0]; total.p[1] += p[1];
}
console.log(`all  ${pct(total.s)} ${String(total.s[1]).padStart(4)}  ${pct(total.p)} ${String(total.p[1]).padStart(3)}`);

const sentences = items.filter((it) => it.kind === 'sentence').map((it) => it.text);
const start = performance.now();
let n = 0;
while (performance.now() - start < 2000) for (const s of sentences) { detectLanguage(s); n++; }
console.log(`speed: ${Math.round(n / ((performance.now() - start) / 1000))} sentences/s (first pass incl. load: ${ms.toFixed(0)} ms for ${items.length} texts)`);
