#!/usr/bin/env node
// The notebook (notebook.ipynb) as a script, for machines without a JavaScript Jupyter kernel:
// enriches a JSONL of articles and writes report.md (most frequent people, countries and keywords)
// and cooccurrence.svg (which people, countries and places appear in the same articles).
//
// Usage: node examples/notebook/report.mjs [articles.jsonl] [--out folder]
// Defaults: examples/articles.jsonl, and examples/notebook/out/ (gitignored). Needs `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnricher } from 'news-enrich';
import { countEntities, countKeywords, cooccurrence, heatmapSvg, markdownTable } from './analysis.mjs';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = outFlag >= 0 ? args.splice(outFlag, 2)[1] : join(import.meta.dirname, 'out');
const input = args[0] ?? join(import.meta.dirname, '..', 'articles.jsonl');

// One article per line: { id?, text? | html?, title?, lang? }, exactly what enrich() accepts.
const articles = readFileSync(input, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
const enricher = await createEnricher();
const enrichments = articles.map((article) => enricher.enrich(article));

const people = countEntities(enrichments, 'person');
const countries = countEntities(enrichments, 'country');
const keywords = countKeywords(enrichments);
const top = [...people.slice(0, 6), ...countries.slice(0, 6), ...countEntities(enrichments, 'place').slice(0, 4)];
const chart = heatmapSvg(cooccurrence(enrichments, top));

const languages = [...new Set(enrichments.map((e) => e.language.code))].join(', ');
const report = [
  '# Articles report',
  '',
  `${enrichments.length} articles (${languages}), enriched with news-enrich.`,
  '',
  '## People',
  '',
  markdownTable('person', people),
  '',
  '## Countries',
  '',
  markdownTable('country', countries),
  '',
  '## Keywords',
  '',
  markdownTable('keyword', keywords, 15),
  '',
  '## Co-occurrence',
  '',
  '![Entities appearing in the same articles](cooccurrence.svg)',
  '',
].join('\n');

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'report.md'), report);
writeFileSync(join(out, 'cooccurrence.svg'), chart);
console.log(report);
