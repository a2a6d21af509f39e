#!/usr/bin/env node
// Trains the Kazakh NER tagger on the KazNERD training split (CC BY 4.0) and writes
// data/kk/ner-model.json. Features come from src/languages/kk/features.ts, so run through tsx:
//   npx tsx scripts/train-kk-ner.mjs [path/to/kaznerd-train.jsonl]
// Deterministic (fixed shuffle seed). About a minute on one core.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/text/segment.ts';
import { normalize } from '../src/text/normalize.ts';
import { kazakhFeatures } from '../src/languages/kk/features.ts';
import { bioLabels, train } from './lib/perceptron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(root, '..', 'shared', 'data', 'ner', 'kk', 'kaznerd-train.jsonl');
const TYPES = ['PER', 'LOC', 'ORG', 'EVENT', 'MISC'];
const labels = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

const data = [];
for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  // normalize() keeps lengths for the characters KazNERD uses, so gold offsets still hold.
  const text = normalize(r.text).text;
  const tokens = tokenize(text.length === r.text.length ? text : r.text);
  const spans = r.entities.filter((e) => !e.nested && TYPES.includes(e.type));
  data.push({ features: kazakhFeatures(tokens.map((t) => t.text)), labels: bioLabels(tokens, spans) });
}
console.error(`${data.length} sentences from ${input}`);
const model = train(data, { labels, epochs: Number(process.env.EPOCHS ?? 10), minCount: Number(process.env.MIN_COUNT ?? 1), log: (s) => console.error(s) });
model.meta = { source: 'KazNERD train split (CC BY 4.0)', sentences: data.length, script: 'scripts/train-kk-ner.mjs' };
mkdirSync(join(root, 'data', 'kk'), { recursive: true });
writeFileSync(join(root, 'data', 'kk', 'ner-model.json'), JSON.stringify(model) + '\n');
console.error('wrote data/kk/ner-model.json');
