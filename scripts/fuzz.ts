/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: property runs of the real enricher over arbitrary
 * strings and mutated invented articles (examples/articles/*.txt). Each input must: never throw,
 * keep every offset inside the text, give mention and quote texts equal to their slices, give
 * the same result twice, and be plain JSON (nothing that a JSON round trip would change).
 * The test suite runs a few hundred of these (test/robustness.test.ts); this is the long soak.
 * Progress goes to stderr; a failure prints fast-check's shrunk counterexample and the seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createEnricher, type EnrichInput, type Enrichment } from '../src/index.js';

const { runs, seed } = parseOptions(process.argv.slice(2));
const articlesDir = join(import.meta.dirname, '../examples/articles');
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(articlesDir, name), 'utf8'));

// Fragments that exercise the stages' edge cases: quotes, dashes, chrome cues, initials, odd code units.
const PIECES = [
  'Астана', 'Қазақстан', 'Tokayev', 'Алматы', 'Нурсултан Назарбаев', 'Министр энергетики', '«', '»', '„', '“', '"', "'",
  '–', '—', '-', '\n', '\n\n', '\r\n', ' ', '\t', '.', ',', ':', '!', '?', '…', 'Фото:', 'Читайте также', 'сказал он',
  'деді ол', 'he said', '\u00ad', '\u200b', '\u00a0', '\ud800', '\udc00', '🙂', '👨‍👩‍👧', 'М.', 'А.', 'т.е.', '(', ')', '[', ']',
  '<p>', '</p>', '&amp;', '&nbsp;', 'https://example.kz/news/1', '@', '#', '12 марта 2026', '14:35', '2 417', 'ТОО «Казмунайгаз»',
];
const piece = fc.constantFrom(...PIECES);

/** A mutation of an article: cut, insert, duplicate or replace a slice, at positions scaled to its length. */
const mutation = fc.tuple(fc.constantFrom('cut', 'insert', 'duplicate', 'replace', 'truncate'), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 400 }), fc.oneof(piece, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })));

function mutate(text: string, [op, where, size, insert]: [string, number, number, string]): string {
  const at = Math.floor(where * text.length);
  switch (op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + size);
    case 'insert':
      return text.slice(0, at) + insert + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + size) + text.slice(at, at + size) + text.slice(at + size);
    case 'replace':
      return text.slice(0, at) + insert.repeat(Math.max(1, Math.floor(size / 20))) + text.slice(at + insert.length);
    default:
      return text.slice(0, at);
  }
}

const mutatedArticle = fc
  .tuple(fc.nat({ max: articles.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([index, ops]) => ops.reduce(mutate, articles[index]!));

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 3, arbitrary: fc.array(piece, { maxLength: 100 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: mutatedArticle },
);

/** The text as the caller hands it over: a plain string, { text, title }, or HTML. */
const input: fc.Arbitrary<EnrichInput> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.tuple(text, fc.string({ maxLength: 40 })).map(([t, title]) => ({ text: t, title })) },
  { weight: 2, arbitrary: text.map((t) => ({ html: `<html><body><article><p>${t.split('\n\n').join('</p><p>')}</p></article></body></html>` })) },
);

/** Throws unless the result keeps every invariant consumers rely on. */
function check(result: Enrichment, raw: EnrichInput): void {
  const source = result.text ?? (typeof raw === 'string' ? raw : (raw as { text: string }).text);
  const inside = (what: string, s: { start: number; end: number }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= source.length)) {
      throw new Error(`${what} [${s.start}, ${s.end}) is outside the text (length ${source.length})`);
    }
  };
  inside('body', result.body);
  result.body.chrome.forEach((s) => inside('chrome', s));
  result.language.paragraphs.forEach((s) => inside('paragraph', s));
  for (const entity of result.entities) {
    for (const m of entity.mentions) {
      inside(`mention of ${entity.id}`, m);
      if (m.text !== source.slice(m.start, m.end)) throw new Error(`mention text ${JSON.stringify(m.text)} differs from its slice`);
    }
  }
  for (const q of result.quotes) {
    inside('quote', q);
    if (q.text !== source.slice(q.start, q.end)) throw new Error(`quote text ${JSON.stringify(q.text.slice(0, 80))} differs from its slice`);
  }
  for (const k of result.keywords) k.mentions.forEach((s) => inside(`keyword ${k.term}`, s));
  plainJson(result, '$');
}

/** Only what JSON keeps as is: no undefined, NaN, Infinity, -0, functions, class instances. */
function plainJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`${path} is ${value}, which JSON does not keep`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => plainJson(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, v] of Object.entries(value)) plainJson(v, `${path}.${key}`);
    return;
  }
  throw new Error(`${path} is ${value === undefined ? 'undefined' : typeof value}, which JSON does not keep`);
}

const enricher = await createEnricher();
const started = performance.now();
let done = 0;
let chars = 0;
let slowest = { ms: 0, length: 0 };
let lastShown = 0;

function progress(final = false): void {
  const seconds = (performance.now() - started) / 1000;
  const rate = done / Math.max(seconds, 0.001);
  const eta = rate > 0 ? (runs - done) / rate : 0;
  const line = `${done.toLocaleString('en')} / ${runs.toLocaleString('en')} inputs, ${rate.toFixed(0)}/s, ${(chars / 1e6 / Math.max(seconds, 0.001)).toFixed(2)} M chars/s` + (final ? '' : `, ${formatTime(eta)} left`);
  process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
}

process.stderr.write(`news-enrich fuzz: ${runs.toLocaleString('en')} inputs, seed ${seed}\n`);
try {
  fc.assert(
    fc.property(input, (raw) => {
      const t0 = performance.now();
      const first = enricher.enrich(raw);
      const ms = performance.now() - t0;
      check(first, raw);
      const again = enricher.enrich(raw);
      if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error('a second run gave a different result');
      done++;
      const length = first.text?.length ?? (typeof raw === 'string' ? raw.length : (raw as { text: string }).text.length);
      chars += length;
      if (ms > slowest.ms) slowest = { ms, length };
      const now = performance.now();
      if (now - lastShown > (process.stderr.isTTY ? 250 : 10_000)) {
        lastShown = now;
        progress();
      }
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
} catch (err) {
  if (process.stderr.isTTY) process.stderr.write('\n');
  process.stderr.write(`news-enrich fuzz: FAILED after ${done.toLocaleString('en')} inputs (seed ${seed})\n${(err as Error).message}\n`);
  process.exit(1);
}
progress(true);
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  [
    `news-enrich fuzz: ${done.toLocaleString('en')} inputs passed in ${formatTime(seconds)} (seed ${seed})`,
    `  throughput: ${(done / seconds).toFixed(0)} inputs/s (each enriched twice), ${(chars / 1e6 / seconds).toFixed(2)} M chars/s`,
    `  slowest single enrich: ${slowest.ms.toFixed(1)} ms on ${slowest.length.toLocaleString('en')} characters`,
    `  checked: no throw, offsets inside the text, mention/quote text = slice, deterministic, plain JSON`,
  ].join('\n') + '\n',
);

function parseOptions(argv: string[]): { runs: number; seed: number } {
  let runs = 1_000_000;
  let seed = Date.now() % 2 ** 31;
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1]);
    if (argv[i] === '--runs' && Number.isInteger(value) && value > 0) (runs = value), i++;
    else if (argv[i] === '--seed' && Number.isInteger(value)) (seed = value), i++;
    else {
      process.stderr.write('usage: npm run fuzz -- [--runs N] [--seed S]\n');
      process.exit(2);
    }
  }
  return { runs, seed };
}

function formatTime(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
