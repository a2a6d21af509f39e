/**
 * The texts the benchmark runs on. The shipped examples always; the development data in
 * `../shared/data` (relative to the repository root) when it exists. Dataset text is only read
 * by path, never copied into the repository; a missing file skips its corpus with a note.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { utf8Bytes } from './measure.js';

export interface Item {
  /** Plain text: what the stages get, and what `enrich` gets unless `html` is set. */
  text: string;
  /** When set, `enrich` gets `{ html }` (so HTML extraction is timed too); stages still get `text`. */
  html?: string;
  /** ISO 639-1 gold language when known: used for the peers' agreement column. */
  lang?: string;
}

export interface Corpus {
  name: string;
  /** What one item is, for the "/s" column: articles, or sentences for the KazNERD sentences. */
  unit: 'articles' | 'sentences';
  items: Item[];
  texts: string[];
  /** Total UTF-8 bytes of `texts`. */
  bytes: number;
  /** Only for the language-id peers (single sentences are not articles). */
  peersOnly?: boolean;
  note: string;
}

export const ROOT = resolve(import.meta.dirname, '..');
/** The development data; NEWS_ENRICH_DATA overrides it (e.g. to check that a missing directory is skipped). */
export const SHARED = process.env.NEWS_ENRICH_DATA ? resolve(process.env.NEWS_ENRICH_DATA) : resolve(ROOT, '../shared/data');

export interface CorpusOptions {
  quick: boolean;
  /** Loads `htmlToText` lazily; null when the module is not there (the HTML example is then skipped). */
  htmlToText: ((html: string) => { text: string }) | null;
}

/** Every corpus that can be built here; `skipped` lists the ones whose data is missing. */
export function loadCorpora(options: CorpusOptions): { corpora: Corpus[]; skipped: string[] } {
  const corpora: Corpus[] = [];
  const skipped: string[] = [];
  // Caps keep one pass over a corpus short (a few hundred KB), so rounds repeat whole passes.
  const cap = options.quick ? 25 : 200;
  const add = (name: string, unit: Corpus['unit'], items: Item[], note: string, peersOnly = false): void => {
    if (items.length === 0) {
      skipped.push(`${name}: no texts`);
      return;
    }
    const texts = items.map((i) => i.text);
    corpora.push({ name, unit, items, texts, bytes: texts.reduce((s, t) => s + utf8Bytes(t), 0), note, ...(peersOnly ? { peersOnly } : {}) });
  };

  // 1. The shipped examples: three .txt articles and the JSONL (one of its items is HTML).
  const examples: Item[] = [];
  const dir = join(ROOT, 'examples/articles');
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      examples.push({ text: readFileSync(join(dir, file), 'utf8'), ...langFromId(basename(file, '.txt')) });
    }
  }
  for (const row of readJsonl(join(ROOT, 'examples/articles.jsonl')) ?? []) {
    if (typeof row.text === 'string') examples.push({ text: row.text, ...langFromId(String(row.id)) });
    else if (typeof row.html === 'string' && options.htmlToText) {
      examples.push({ text: options.htmlToText(row.html).text, html: row.html, ...langFromId(String(row.id)) });
    }
  }
  add('examples', 'articles', examples, 'examples/articles/*.txt + examples/articles.jsonl');

  // 2. Real news pages as copied, chrome included (ru, kk, en).
  const real = readShared('articles/realworld-dev.jsonl', skipped);
  if (real) add('realworld', 'articles', real.map((r) => ({ text: String(r.text), lang: String(r.lang) })), 'real pages with chrome, ru/kk/en');

  // 3. Russian news (Nezavisimaya Gazeta), cut at paragraph (line) boundaries into ~1 KB and ~5 KB.
  const ng = readShared('keywords/ru-ng-dev.jsonl', skipped);
  if (ng) {
    // The articles from UNSEEN_FROM on are kept for the unseen-articles measurement.
    const articles = ng.slice(0, UNSEEN_FROM).map((r) => String(r.text));
    add('ru-ng-1k', 'articles', bucket(articles, 1024, cap).map((text) => ({ text, lang: 'ru' })), 'Russian news cut to ~1 KB at paragraph ends');
    add('ru-ng-5k', 'articles', bucket(articles, 5120, Math.ceil(cap / 2)).map((text) => ({ text, lang: 'ru' })), 'Russian news cut to ~5 KB at paragraph ends');
  }

  // 4. Kazakh: KazNERD sentences joined into ~1 KB texts, and the single sentences for the peers.
  const kaz = readShared('ner/kk/kaznerd-dev.jsonl', skipped);
  if (kaz) {
    const sentences = kaz.map((r) => detokenize(String(r.text)));
    add('kaznerd-1k', 'articles', joinInto(sentences, 1024, cap).map((text) => ({ text, lang: 'kk' })), 'Kazakh sentences joined into ~1 KB texts');
    add('kaznerd-sent', 'sentences', sentences.slice(0, cap * 5).map((text) => ({ text, lang: 'kk' })), 'single Kazakh sentences', true);
  }

  // 5. English: CoNLL-2003 dev documents (Reuters, one sentence a line).
  const conll = readShared('ner/en/conll2003-dev.jsonl', skipped);
  if (conll) add('conll-en', 'articles', conll.slice(0, cap).map((r) => ({ text: String(r.text), lang: 'en' })), 'English Reuters documents (CoNLL-2003 dev)');

  return { corpora, skipped };
}

/** NG articles from this index on are never enriched before the unseen-articles measurement (the corpora above use ~260). */
const UNSEEN_FROM = 300;

/**
 * Russian news the benchmark has not enriched yet, cut like ru-ng-1k and ru-ng-5k: 1 KB texts
 * from NG articles 300-399 and 5 KB texts from 400-499 (disjoint, so the 1 KB pass does not
 * warm the 5 KB one). Empty when the data is missing.
 */
export function unseenRussian(quick: boolean): { name: string; texts: string[] }[] {
  const path = join(SHARED, 'keywords/ru-ng-dev.jsonl');
  const ng = existsSync(path) ? readJsonl(path) : null;
  if (!ng) return [];
  const articles = ng.map((r) => String(r.text));
  const limit = quick ? 25 : 1000;
  return [
    { name: 'ru-ng-1k unseen', texts: bucket(articles.slice(UNSEEN_FROM, UNSEEN_FROM + 100), 1024, limit) },
    { name: 'ru-ng-5k unseen', texts: bucket(articles.slice(UNSEEN_FROM + 100, UNSEEN_FROM + 200), 5120, limit) },
  ].filter((c) => c.texts.length > 0);
}

/**
 * Russian paragraphs for the synthetic scaling texts: real paragraphs from the NG corpus when
 * present, else the Russian example article's.
 */
export function russianParagraphs(): string[] {
  const ng = existsSync(join(SHARED, 'keywords/ru-ng-dev.jsonl')) ? readJsonl(join(SHARED, 'keywords/ru-ng-dev.jsonl')) : null;
  const source = ng ? ng.slice(0, 60).map((r) => String(r.text)) : [readFileSync(join(ROOT, 'examples/articles/ru-astana-forum.txt'), 'utf8')];
  return source.flatMap((t) => t.split(/\n+/)).map((p) => p.trim()).filter((p) => p.length >= 80);
}

/** A text of about `bytes` UTF-8 bytes made of whole paragraphs, cycling through `paragraphs`. */
export function synthetic(paragraphs: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    parts.push(p);
    size += utf8Bytes(p) + 2;
  }
  return parts.join('\n\n');
}

type Row = Record<string, unknown>;

function readShared(path: string, skipped: string[]): Row[] | null {
  const full = join(SHARED, path);
  const rows = readJsonl(full);
  if (!rows) skipped.push(`${path}: not found under ${SHARED}`);
  return rows;
}

function readJsonl(path: string): Row[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
}

function langFromId(id: string): { lang?: string } {
  const m = /^(ru|kk|en)-/.exec(id);
  return m ? { lang: m[1]! } : {};
}

/**
 * Each article's leading paragraphs, cut at the paragraph end closest to `target` bytes;
 * articles too short to come within 80 % of the target are left out.
 */
function bucket(articles: readonly string[], target: number, limit: number): string[] {
  const out: string[] = [];
  for (const article of articles) {
    if (out.length >= limit) break;
    const paragraphs = article.split(/\n+/).filter((p) => p.trim());
    let best = '';
    let text = '';
    for (const p of paragraphs) {
      const next = text ? `${text}\n${p}` : p;
      if (Math.abs(utf8Bytes(next) - target) <= Math.abs(utf8Bytes(best) - target)) best = next;
      if (utf8Bytes(next) > target) break;
      text = next;
    }
    if (utf8Bytes(best) >= target * 0.8) out.push(best);
  }
  return out;
}

/** Consecutive sentences joined (space-separated) into texts of about `target` bytes. */
function joinInto(sentences: readonly string[], target: number, limit: number): string[] {
  const out: string[] = [];
  let text = '';
  for (const s of sentences) {
    if (out.length >= limit) break;
    text = text ? `${text} ${s}` : s;
    if (utf8Bytes(text) >= target) {
      out.push(text);
      text = '';
    }
  }
  return out;
}

/**
 * KazNERD stores tokens joined by spaces ("сөзсіз ."); glue punctuation back so the text looks
 * like running prose to the segmenters.
 */
function detokenize(text: string): string {
  return text
    .replace(/\s+([.,!?;:»)])/g, '$1')
    .replace(/([«(])\s+/g, '$1');
}
