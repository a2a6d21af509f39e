#!/usr/bin/env node
// Trains the English NER tagger on GUM (train; annotations CC BY 4.0, news/interview texts
// CC BY 2.5) and wikigold (CC BY 4.0) and writes data/en/ner-model.json. CoNLL-2003 is research
// only: it is never read here (it measures the result). Features come from
// src/languages/en/features.ts, so run through tsx:
//   npx tsx scripts/train-en-ner.mjs
// Deterministic (fixed shuffle seed).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/text/segment.ts';
import { englishFeatures } from '../src/languages/en/features.ts';
import { bioLabels, train } from './lib/perceptron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '..', 'shared', 'data', 'ner', 'en');
const inputs = process.argv.length > 2 ? process.argv.slice(2) : ['gum-train.jsonl', 'wikigold-train.jsonl'].map((f) => join(dataDir, f));
const TYPES = ['PER', 'LOC', 'ORG', 'EVENT', 'MISC'];
const labels = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

const data = [];
for (const input of inputs) {
  for (const line of readFileSync(input, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const spans = r.entities.filter((e) => !e.nested && TYPES.includes(e.type));
    // One sequence per line: the sources put one sentence (or heading) per line.
    let start = 0;
    for (const piece of r.text.split('\n')) {
      const span = { start, end: start + piece.length };
      start = span.end + 1;
      const tokens = tokenize(r.text, span);
      if (tokens.length === 0) continue;
      const inside = spans.filter((e) => e.start >= span.start && e.end <= span.end);
      data.push({ features: englishFeatures(tokens.map((t) => t.text)), labels: bioLabels(tokens, inside) });
    }
  }
}
console.error(`${data.length} sentences from ${inputs.join(', ')}`);
const model = train(data, { labels, epochs: Number(process.env.EPOCHS ?? 10), minCount: Number(process.env.MIN_COUNT ?? 1), log: (s) => console.error(s) });
model.meta = { source: 'GUM train (CC BY 4.0 annotations) + wikigold (CC BY 4.0)', sentences: data.length, script: 'scripts/train-en-ner.mjs' };
mkdirSync(join(root, 'data', 'en'), { recursive: true });
writeFileSync(join(root, 'data', 'en', 'ner-model.json'), JSON.stringify(model) + '\n');
console.error('wrote data/en/ner-model.json');
