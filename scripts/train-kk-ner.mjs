#!/usr/bin/env node
// Trains the Kazakh NER tagger on the KazNERD training split (CC BY 4.0) and writes
// data/kk/ner-model.json. Features come from src/languages/kk/features.ts, so run through tsx:
//   npx tsx scripts/train-kk-ner.mjs [path/to/kaznerd-train.jsonl]
// Deterministic (fixed shuffle seed). About a minute on one core (20 epochs).
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/text/segment.ts';
import { normalize } from '../src/text/normalize.ts';
import { kazakhKeys } from '../src/languages/kk/features.ts';
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
  data.push({ features: kazakhKeys(tokens.map((t) => t.text)), labels: bioLabels(tokens, spans) });
}
console.error(`${data.length} sentences from ${input}`);
const model = train(data, { labels, epochs: Number(process.env.EPOCHS ?? 20), minCount: Number(process.env.MIN_COUNT ?? 1), log: (s) => console.error(s) });
model.meta = { source: 'KazNERD train split (CC BY 4.0)', sentences: data.length, script: 'scripts/train-kk-ner.mjs' };
// OUT writes elsewhere (to compare before replacing); the rename keeps a reader from ever seeing half a file.
const out = process.env.OUT ?? join(root, 'data', 'kk', 'ner-model.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out + '.tmp', JSON.stringify(model) + '\n');
renameSync(out + '.tmp', out);
console.error(`wrote ${out}`);
