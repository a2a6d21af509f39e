#!/usr/bin/env node
// Trains the Russian NER tagger (the statistical layer over the rules, see
// src/languages/ru/entities/hybrid.ts) on factRuEval-2016 devset (MIT) and writes
// data/ru/ner-model.json. Collection5, NEREL and BSNLP have no stated licence: never read here
// (they measure the result). Features come from src/languages/ru/entities/features.ts and include
// the rules' own tags, so run through tsx:
//   npx tsx scripts/train-ru-ner.mjs [path/to/factru-dev.jsonl]
// FOLDS=5 first cross-validates by document (train on the other folds, score the held-out one
// through the whole recognizer) and prints the pooled scores: the honest estimate for new text.
// FOLDS=0 skips it. DUMP=path writes the held-out predictions (JSONL). OUT=path writes the model elsewhere. Deterministic (fixed shuffle seed).
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/text/normalize.ts';
import { findBody } from '../src/text/layout.ts';
import { buildDocument } from '../src/text/document.ts';
import { loadRussianMorphology } from '../src/languages/ru/morph.ts';
import { ruleCandidates, recognizeCandidates } from '../src/languages/ru/entities/index.ts';
import { createRussianTagger, ruleTags, sentenceRanges } from '../src/languages/ru/entities/hybrid.ts';
import { createRussianExtractor } from '../src/languages/ru/entities/features.ts';
import { assembleEntities } from '../src/entities/assemble.ts';
import { loadGazetteer } from '../src/entities/link/gazetteer.ts';
import { entitiesToSpans, scoreNer } from '../src/eval/ner.ts';
import { bioLabels, train } from './lib/perceptron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? join(root, '..', 'shared', 'data', 'ner', 'ru', 'factru-dev.jsonl');
const TYPES = ['PER', 'LOC', 'ORG'];
const labels = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const FOLDS = Number(process.env.FOLDS ?? 5);

const morph = await loadRussianMorphology();
const gazetteer = loadGazetteer();
const extract = createRussianExtractor(morph);

/** The document as the pipeline builds it for a fragment of known language. */
function documentOf(text) {
  const normalized = normalize(text);
  return buildDocument(normalized, findBody(normalized.text, {}), 'ru');
}

const records = [];
for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const doc = documentOf(r.text);
  // Gold offsets index the original text: only documents normalize() leaves the same length are used.
  if (doc.text.length !== r.text.length) continue;
  const spans = r.entities.filter((e) => !e.nested && TYPES.includes(e.type));
  const { ctx, sources } = ruleCandidates(doc, morph, gazetteer);
  const tags = ruleTags(ctx, sources);
  const sentences = sentenceRanges(ctx).map(({ from, to }) => {
    const tokens = ctx.tokens.slice(from, to);
    return { features: extract(tokens.map((t) => t.text), tags.slice(from, to)), labels: bioLabels(tokens, spans) };
  });
  records.push({ record: r, doc, sentences });
}
console.error(`${records.length} documents, ${records.reduce((n, d) => n + d.sentences.length, 0)} sentences from ${input}`);

const fit = (docs) => train(docs.flatMap((d) => d.sentences), { labels, epochs: EPOCHS, minCount: MIN_COUNT });

/** Scores a model (or the rules alone, model null) through the whole recognizer on `docs`. */
function score(model, docs) {
  const tagger = model ? createRussianTagger(model, morph) : undefined;
  const predicted = docs.map(({ doc }) => {
    const entities = assembleEntities(doc, recognizeCandidates(doc, morph, gazetteer, tagger));
    return entitiesToSpans(entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !doc.isChrome(m)) })));
  });
  return scoreNer(docs.map((d) => d.record), predicted);
}

const pct = (x) => (100 * x).toFixed(1);
const line = (name, m) =>
  `${name}: token F1 PER ${pct(m.tokens.PER.f1)} LOC ${pct(m.tokens.LOC.f1)} ORG ${pct(m.tokens.ORG.f1)} micro ${pct(m.tokensMicro.f1)}; ` +
  `exact F1 PER ${pct(m.spans.PER.f1)} LOC ${pct(m.spans.LOC.f1)} ORG ${pct(m.spans.ORG.f1)} micro ${pct(m.micro.f1)}`;

const meta = { source: 'factRuEval-2016 devset (MIT), scripts/train-ru-ner.mjs', documents: records.length, epochs: EPOCHS, minCount: MIN_COUNT };
console.error(line('rules alone', score(null, records)));
if (FOLDS > 1) {
  // Pool the held-out predictions of every fold, then score once (as the eval would on new text).
  const order = [];
  const predictedDocs = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = records.filter((_, i) => i % FOLDS === k);
    const model = fit(records.filter((_, i) => i % FOLDS !== k));
    order.push(...held);
    predictedDocs.push(model);
    const m = score(model, held);
    console.error(line(`fold ${k + 1}/${FOLDS}`, m));
  }
  const pooledPred = [];
  for (let k = 0; k < FOLDS; k++) {
    const tagger = createRussianTagger(predictedDocs[k], morph);
    for (const { doc } of records.filter((_, i) => i % FOLDS === k)) {
      const entities = assembleEntities(doc, recognizeCandidates(doc, morph, gazetteer, tagger));
      pooledPred.push(entitiesToSpans(entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => !doc.isChrome(m)) }))));
    }
  }
  const cv = scoreNer(order.map((d) => d.record), pooledPred);
  // DUMP=path: the held-out predictions, one JSON line per document, for error analysis.
  if (process.env.DUMP) writeFileSync(process.env.DUMP, order.map((d, i) => JSON.stringify({ id: d.record.id, spans: pooledPred[i] })).join('\n') + '\n');
  console.error(line(`${FOLDS}-fold CV (pooled)`, cv));
  meta.crossValidation = { folds: FOLDS, tokenF1: { PER: cv.tokens.PER.f1, LOC: cv.tokens.LOC.f1, ORG: cv.tokens.ORG.f1 }, exactF1: cv.micro.f1 };
}
const model = fit(records);
console.error(line('in-sample', score(model, records)));
model.meta = meta;
// OUT writes elsewhere (to compare before replacing); the rename keeps a reader from ever seeing half a file.
const out = process.env.OUT ?? join(root, 'data', 'ru', 'ner-model.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out + '.tmp', JSON.stringify(model) + '\n');
renameSync(out + '.tmp', out);
console.error(`wrote ${out} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB)`);
