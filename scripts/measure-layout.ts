/**
 * Measures body detection on the real-page dev set: per page the IoU of the predicted body range
 * with the gold one, and whether gold chrome of a list kind (other headlines, related links,
 * next-article lists) lies inside the predicted body. Prints the average IoU at the end.
 *
 * Run: npx tsx scripts/measure-layout.ts [path/to/articles.jsonl] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBody } from '../src/text/layout.js';

interface GoldPage {
  id: string;
  lang: string;
  text: string;
  body_start: number;
  body_end: number;
  chrome: { start: number; end: number; kind: string }[];
}

const DEFAULT = fileURLToPath(new URL('../../shared/data/articles/realworld-dev.jsonl', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT;

/** Gold chrome kinds that are lists of other articles' headlines (the dataset's own labels). */
const LIST_KIND = /headline|related|list|latest|next|popular|news/i;

function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union <= 0 ? 1 : inter / union;
}

const pages = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldPage);
let total = 0;
let leaks = 0;
console.log(`${'page'.padEnd(32)} lang   IoU  list-in-body  gold        predicted`);
for (const page of pages) {
  const body = findBody(page.text);
  const score = iou(body, { start: page.body_start, end: page.body_end });
  const leak = page.chrome.filter((c) => LIST_KIND.test(c.kind) && c.end > body.start && c.start < body.end);
  total += score;
  if (leak.length > 0) leaks++;
  console.log(
    `${page.id.padEnd(32)} ${page.lang.padEnd(4)} ${score.toFixed(3)}  ${(leak.length > 0 ? 'YES ' + leak.map((c) => c.kind).join(',') : 'no').padEnd(12)}  ` +
      `${page.body_start}-${page.body_end}`.padEnd(12) + `${body.start}-${body.end}`,
  );
  if (verbose && score < 0.999) {
    console.log(`   pred starts: ${JSON.stringify(page.text.slice(body.start, body.start + 60))}`);
    console.log(`   pred ends:   ${JSON.stringify(page.text.slice(Math.max(0, body.end - 60), body.end))}`);
  }
}
console.log(`\naverage IoU ${(total / Math.max(1, pages.length)).toFixed(4)} over ${pages.length} pages; list chrome inside body on ${leaks}`);
