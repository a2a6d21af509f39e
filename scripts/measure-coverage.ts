/**
 * Measures how much of a plain (chrome-free) article the layout lets the pipeline analyse. Callers
 * often pass clean article text (a CMS body field, a dataset fragment); everything the layout
 * leaves outside the analysed region is lost to every later stage.
 *
 * The analysed region is what `buildDocument` reads: the body range minus the non-headline chrome
 * inside it, plus the headline chrome spans before the body. For each data set it prints the share
 * of gold spans (ner: `entities`, quotes: `quotes`) that lie wholly inside that region, and the
 * share of the text's non-space characters left out of it. Then it prints the body IoU on the
 * real-page set (pages with chrome), which must not get worse.
 *
 * Run: npx tsx scripts/measure-coverage.ts [--limit N] [--verbose] [FILE.jsonl ...]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBody } from '../src/text/layout.js';
import { normalize } from '../src/text/normalize.js';
import type { Span } from '../src/types.js';

interface Doc {
  id: string;
  text: string;
  entities?: Span[];
  quotes?: Span[];
  body_start?: number;
  body_end?: number;
}

const data = (p: string): string => fileURLToPath(new URL(`../../shared/data/${p}`, import.meta.url));
const DEFAULTS = [
  'ner/en/conll2003-dev.jsonl', 'quotes/polnear-dev.jsonl', 'ner/ru/factru-dev.jsonl', 'ner/kk/kaznerd-dev.jsonl',
].map(data);
const REALWORLD = data('articles/realworld-dev.jsonl');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const files = args.filter((a, i) => a.endsWith('.jsonl') && (limitAt < 0 || i !== limitAt + 1));

function read(path: string): Doc[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, limit).map((l) => JSON.parse(l) as Doc);
}

/** The analysed region of `text` as a per-character mask, in the caller's offsets. */
function analysedMask(text: string): Uint8Array {
  const normalized = normalize(text);
  const body = findBody(normalized.text);
  const mask = new Uint8Array(text.length);
  const orig = (s: Span): Span => ({ start: normalized.toOriginal(s.start), end: normalized.toOriginal(s.end) });
  const fill = (s: Span, v: number): void => {
    const o = orig(s);
    mask.fill(v, o.start, o.end);
  };
  for (const c of body.chrome) if (c.kind === 'headline' && c.end <= body.start) fill(c, 1);
  fill(body, 1);
  for (const c of body.chrome) if (c.kind !== 'headline' && c.end > body.start && c.start < body.end) fill(c, 0);
  return mask;
}

/** Every non-space character of the span is analysed (a span may cross a line break). */
function covered(text: string, mask: Uint8Array, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) if (mask[i] === 0 && !/\s/.test(text[i] as string)) return false;
  return true;
}

function measureFile(path: string): void {
  const docs = read(path);
  let spans = 0;
  let inside = 0;
  let chars = 0;
  let dropped = 0;
  let docsDropping = 0;
  for (const doc of docs) {
    const mask = analysedMask(doc.text);
    const gold = doc.entities ?? doc.quotes ?? [];
    let lost = 0;
    for (const s of gold) {
      spans++;
      if (covered(doc.text, mask, s)) inside++;
      else lost++;
    }
    let docDropped = 0;
    for (let i = 0; i < doc.text.length; i++) {
      if (/\s/.test(doc.text[i] as string)) continue;
      chars++;
      if (mask[i] === 0) docDropped++;
    }
    dropped += docDropped;
    if (docDropped > 0) docsDropping++;
    if (verbose && (lost > 0 || docDropped > 0)) {
      console.log(`  ${doc.id}: ${lost} spans lost, ${docDropped} chars dropped`);
      let i = 0;
      while (i < doc.text.length) {
        if (mask[i] !== 0 || /\s/.test(doc.text[i] as string)) { i++; continue; }
        const from = i;
        while (i < doc.text.length && (mask[i] === 0 || /\s/.test(doc.text[i] as string))) i++;
        console.log(`     dropped ${JSON.stringify(doc.text.slice(from, Math.min(i, from + 100)))}${i - from > 100 ? '…' : ''}`);
      }
    }
  }
  const name = path.split('/').slice(-2).join('/');
  console.log(
    `${name.padEnd(32)} docs ${String(docs.length).padStart(5)}  spans inside ${pct(inside, spans)} (${inside}/${spans})  ` +
      `chars dropped ${pct(dropped, chars)}  docs dropping text ${docsDropping}`,
  );
}

function pct(a: number, b: number): string {
  return `${(b === 0 ? 100 : (100 * a) / b).toFixed(2).padStart(6)}%`;
}

function iou(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union <= 0 ? 1 : inter / union;
}

for (const f of files.length > 0 ? files : DEFAULTS) measureFile(f);
const pages = read(REALWORLD);
const total = pages.reduce((sum, p) => sum + iou(findBody(p.text), { start: p.body_start ?? 0, end: p.body_end ?? 0 }), 0);
console.log(`${'articles/realworld-dev.jsonl'.padEnd(32)} pages ${pages.length}  body IoU ${(total / Math.max(1, pages.length)).toFixed(4)} (raw text, as scripts/measure-layout.ts)`);
