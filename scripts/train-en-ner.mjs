#!/usr/bin/env node
// Trains the English NER tagger on GUM (train; annotations CC BY 4.0, news/interview texts
// CC BY 2.5) and wikigold (CC BY 4.0) and writes data/en/ner-model.json. CoNLL-2003 is research
// only: it is never read here (it measures the result). Features come from
// src/languages/en/features.ts, so run through tsx (it also writes data/en/names.json):
//   node scripts/build-en-gazetteer.mjs && node scripts/build-en-lexicon.mjs   (the lists it reads)
//   npx tsx scripts/train-en-ner.mjs
// Options (environment): EPOCHS (10), MIN_COUNT (1), UPPER (share of all-caps copies, 0.2),
// DOC=0 (no document-level features), DICT=0 (no word-list features), TITLES=1 (keep GUM's
// titles inside person spans), OUT (write the model elsewhere, to compare before replacing).
// Deterministic (fixed shuffle seed).
import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/text/segment.ts';
import { createEnglishExtractor, englishDocumentContext } from '../src/languages/en/features.ts';
import { LEADING_TITLE } from '../src/languages/en/roles.ts';
import { bioLabels, train } from './lib/perceptron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '..', 'shared', 'data', 'ner', 'en');
const inputs = process.argv.length > 2 ? process.argv.slice(2) : ['gum-train.jsonl', 'wikigold-train.jsonl'].map((f) => join(dataDir, f));
const TYPES = ['PER', 'LOC', 'ORG', 'EVENT', 'MISC'];
const labels = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

const docs = [];
for (const input of inputs) {
  for (const line of readFileSync(input, 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line));
}

/** First names and surnames of the PER spans of `records`: a name's first and last word, lowercased. */
function nameLexicon(records) {
  const first = new Set();
  const last = new Set();
  for (const r of records) {
    for (const e of r.entities) {
      if (e.type !== 'PER' || e.nested) continue;
      const words = r.text.slice(e.start, e.end).split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w) && !LEADING_TITLE.has(w.toLowerCase()));
      if (words.length === 0) continue;
      if (words.length > 1) first.add(words[0].toLowerCase());
      last.add(words[words.length - 1].toLowerCase());
    }
  }
  return { first: [...first].sort(), last: [...last].sort() };
}

// Two folds by document: a document's name features come from the other fold's names, so the
// model sees the list miss names as often as it will on new text.
const folds = [docs.filter((_, i) => i % 2 === 0), docs.filter((_, i) => i % 2 === 1)];
// English place and organization-word lists (scripts/build-en-gazetteer.mjs): the run time reads the same file.
const gazetteer = JSON.parse(readFileSync(join(root, 'data', 'en', 'gazetteer.json'), 'utf8'));
// The word list (scripts/build-en-lexicon.mjs); DICT=0 trains without it.
const dictionary = process.env.DICT === '0' ? undefined : JSON.parse(readFileSync(join(root, 'data', 'en', 'lexicon.json'), 'utf8'));
const extractors = [createEnglishExtractor(nameLexicon(folds[1]), gazetteer, dictionary), createEnglishExtractor(nameLexicon(folds[0]), gazetteer, dictionary)];
// All-caps copies of a share of the sentences with names teach the model headlines and results
// tables, where case says nothing (the sources have almost none). Measured on CoNLL dev: a share
// of 0.2 scores best (0.5 costs 1.4 points: the document-level case features carry most of it).
const upperShare = Number(process.env.UPPER ?? 0.2);
const pick = (() => {
  let a = 7;
  return () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 4294967296);
})();
/**
 * GUM's person spans often take the title in ("Ambassador Hamdullah Mohib"); news annotation
 * (and the pack, which gives titles as roles) starts the name after it. Leading title words are
 * cut off a PER span, so the model learns the title as context, not as part of the name.
 */
function withoutLeadingTitles(text, span) {
  if (span.type !== 'PER') return span;
  let start = span.start;
  for (;;) {
    const m = /^([\p{L}.]+)\s+/u.exec(text.slice(start, span.end));
    if (!m || !LEADING_TITLE.has(m[1].replace(/\.$/, '').toLowerCase())) break;
    start += m[0].length;
  }
  return start === span.start ? span : { ...span, start };
}

const data = [];
for (let d = 0; d < docs.length; d++) {
  const r = docs[d];
  const extract = extractors[d % 2];
  const spans = r.entities.filter((e) => !e.nested && TYPES.includes(e.type)).map((e) => (process.env.TITLES === '1' ? e : withoutLeadingTitles(r.text, e)));
  // One sequence per line: the sources put one sentence (or heading) per line.
  const lines = [];
  let start = 0;
  for (const piece of r.text.split('\n')) {
    const span = { start, end: start + piece.length };
    start = span.end + 1;
    const tokens = tokenize(r.text, span);
    if (tokens.length === 0) continue;
    const inside = spans.filter((e) => e.start >= span.start && e.end <= span.end);
    lines.push({ words: tokens.map((t) => t.text), labels: bioLabels(tokens, inside) });
  }
  const context = process.env.DOC === '0' ? undefined : englishDocumentContext(lines.map((l) => l.words));
  for (const { words, labels } of lines) {
    data.push({ features: extract(words, context), labels });
    if (labels.some((l) => l !== 'O') && words.length > 2 && pick() < upperShare) {
      data.push({ features: extract(words.map((w) => w.toUpperCase()), context), labels });
    }
  }
}
console.error(`${data.length} sentences from ${inputs.join(', ')}`);
const model = train(data, { labels, epochs: Number(process.env.EPOCHS ?? 10), minCount: Number(process.env.MIN_COUNT ?? 1), log: (s) => console.error(s) });
model.meta = { source: 'GUM train (CC BY 4.0 annotations) + wikigold (CC BY 4.0)', sentences: data.length, script: 'scripts/train-en-ner.mjs' };
// OUT writes elsewhere (to compare before replacing); the rename keeps a reader from ever seeing half a file.
const out = process.env.OUT ?? join(root, 'data', 'en', 'ner-model.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out + '.tmp', JSON.stringify(model) + '\n');
renameSync(out + '.tmp', out);
console.error(`wrote ${out}`);
// The run-time lexicon: every training name (data/en/names.json beside the model).
const namesOut = join(dirname(out), process.env.OUT ? 'names-' + out.split('/').pop() : 'names.json');
writeFileSync(namesOut + '.tmp', JSON.stringify({ source: 'PER spans of GUM train (CC BY 4.0) and wikigold (CC BY 4.0); scripts/train-en-ner.mjs', ...nameLexicon(docs) }) + '\n');
renameSync(namesOut + '.tmp', namesOut);
console.error(`wrote ${namesOut}`);
