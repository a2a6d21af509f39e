// Crude HTML checks for the renderer's output: enough to catch a broken tree or an injected tag.
import type { Enrichment } from '../../src/types.js';

const VOID = new Set(['br', 'meta']);
const ATTRIBUTES = new Set(['class', 'title', 'data-entity', 'data-quote', 'lang', 'charset', 'name', 'content', 'aria-label']);

/** Throws unless every tag is well formed (known attributes, double-quoted values) and tags nest. */
export function assertWellNested(html: string): { open: Record<string, number> } {
  const withoutStyle = html.replace(/<style>[^<]*<\/style>/g, '');
  const stack: string[] = [];
  const open: Record<string, number> = {};
  for (const m of withoutStyle.matchAll(/<[^>]*>/g)) {
    const tag = m[0];
    if (/^<!doctype html>$/i.test(tag)) continue;
    const parsed = /^<(\/?)([a-z][a-z0-9]*)((?:\s[a-z-]+="[^"<>]*")*)>$/.exec(tag);
    if (!parsed) throw new Error(`malformed tag ${tag}`);
    const [, slash, name, attrs] = parsed as unknown as [string, string, string, string];
    for (const a of attrs.matchAll(/\s([a-z-]+)="[^"]*"/g)) if (!ATTRIBUTES.has(a[1]!)) throw new Error(`unexpected attribute in ${tag}`);
    if (VOID.has(name)) continue;
    if (slash) {
      const top = stack.pop();
      if (top !== name) throw new Error(`</${name}> closes <${top}>`);
    } else {
      stack.push(name);
      open[name] = (open[name] ?? 0) + 1;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(', ')}`);
  if (/<(?![a-z/!])/i.test(withoutStyle.replace(/<[^>]*>/g, ''))) throw new Error('raw < in text');
  return { open };
}

/** The `<article>` part of a rendered page. */
export function articleOf(html: string): string {
  return html.slice(html.indexOf('<article'), html.indexOf('</article>') + '</article>'.length);
}

/** The article's text as a reader sees it, without the renderer's labels, badges and speakers. */
export function visibleText(html: string): string {
  return articleOf(html)
    .replace(/<span class="ne-(?:label|badge|speaker)[^"]*"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<br>\n/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/^\n|\n$/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

/** The `<mark>` elements of the article: class and inner text (labels removed). */
export function marks(html: string): { cls: string; text: string }[] {
  const article = articleOf(html).replace(/<span class="ne-label">[^<]*<\/span>/g, '');
  return [...article.matchAll(/<mark class="([^"]*)"[^>]*>([^<]*)/g)].map((m) => ({ cls: m[1]!, text: m[2]! }));
}

/** An Enrichment with nothing found, over any text. */
export function emptyEnrichment(over: Partial<Enrichment> = {}): Enrichment {
  return {
    language: { code: 'und', confidence: 0, paragraphs: [] },
    body: { start: 0, end: 0, chrome: [] },
    entities: [],
    quotes: [],
    keywords: [],
    tags: [],
    ...over,
  };
}

/** A mention of `part` at its `nth` occurrence (0-based) in `text`. */
export function at(text: string, part: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`${part} not in text`);
  return { start, end: start + part.length, text: part };
}
