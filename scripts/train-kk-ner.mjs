#!/usr/bin/env node
// Trains the Kazakh NER tagger on the KazNERD training split (CC BY 4.0) and writes
// data/kk/ner-model.json. Features come from src/languages/kk/features.ts, so run through tsx:
//   npx tsx scripts/train-kk-ner.mjs [path/to/kaznerd-train.jsonl]
// Options (environment):
//   EPOCHS=20      passes over the data per model
//   SEEDS=1,2,3    one model per shuffle seed, averaged into one (a single perceptron's dev F1
//                  moves by about ±1 point with the shuffle; the average is steadier and better)
//   MIN_COUNT=1    drop features seen fewer times
//   OUT=path       write elsewhere (to compare before replacing)
// Deterministic for fixed options. About a minute per seed on one free core (20 epochs).
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/text/segment.ts';
import { normalize } from '../src/text/normalize.ts';
import { kazakhKeys } from '../src/languages/kk/features.ts';
import { decodeBase64, encodeBase64 } from '../src/entities/tagger/base64.ts';
import { bioLabels, train } from './lib/perceptron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(root, '..', 'shared', 'data', 'ner', 'kk', 'kaznerd-train.jsonl');
const TYPES = ['PER', 'LOC', 'ORG', 'EVENT', 'MISC'];
const labels = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/**
 * One model from several trained with the same labels: each int8 weight dequantized, averaged
 * over the models per (feature, label) (a feature a model lacks counts as zero there), and
 * quantized again with one scale. Transitions are averaged as they are.
 */
export function averageModels(models) {
  if (models.length === 1) return models[0];
  const n = models[0].labels.length;
  const sums = new Map();
  for (const m of models) {
    const keyBytes = decodeBase64(m.keys);
    const keys = new Uint32Array(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength / 4);
    const weightBytes = decodeBase64(m.weights);
    const weights = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
    for (let k = 0; k < keys.length; k++) {
      let row = sums.get(keys[k]);
      if (!row) sums.set(keys[k], (row = new Float64Array(n)));
      for (let l = 0; l < n; l++) row[l] += (weights[k * n + l] * m.scale) / models.length;
    }
  }
  let maxAbs = 0;
  for (const row of sums.values()) for (const x of row) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 127 || 1;
  const kept = [...sums.keys()].filter((h) => sums.get(h).some((x) => Math.round(x / scale) !== 0)).sort((a, b) => a - b);
  const q = new Int8Array(kept.length * n);
  kept.forEach((h, k) => {
    const row = sums.get(h);
    for (let l = 0; l < n; l++) q[k * n + l] = Math.max(-127, Math.min(127, Math.round(row[l] / scale)));
  });
  const transitions = models[0].transitions.map((_, i) => Math.round((models.reduce((s, m) => s + m.transitions[i], 0) / models.length) * 1000) / 1000);
  return {
    version: 1,
    labels: models[0].labels,
    scale,
    keys: encodeBase64(new Uint8Array(Uint32Array.from(kept).buffer)),
    weights: encodeBase64(new Uint8Array(q.buffer)),
    transitions,
  };
}

function main() {
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
  const seeds = (process.env.SEEDS ?? '1,2,3').split(',').map(Number);
  const models = seeds.map((seed) => {
    console.error(`seed ${seed}`);
    return train(data, { labels, seed, epochs: Number(process.env.EPOCHS ?? 20), minCount: Number(process.env.MIN_COUNT ?? 1), log: (s) => console.error(s) });
  });
  const model = averageModels(models);
  model.meta = { source: 'KazNERD train split (CC BY 4.0)', sentences: data.length, seeds, script: 'scripts/train-kk-ner.mjs' };
  // OUT writes elsewhere (to compare before replacing); the rename keeps a reader from ever seeing half a file.
  const out = process.env.OUT ?? join(root, 'data', 'kk', 'ner-model.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out + '.tmp', JSON.stringify(model) + '\n');
  renameSync(out + '.tmp', out);
  console.error(`wrote ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
