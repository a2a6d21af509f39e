/**
 * The page around the article: header (title, language, byline), legend, tags as chips,
 * keywords and the entity table; standalone document or `<div>` fragment.
 * @module
 */
import type { Enrichment } from '../types.js';
import { ENTITY_TYPES, renderArticle } from './article.js';
import { classToken, escapeAttr, escapeHtml } from './escape.js';
import { CSS } from './style.js';

/**
 * Options of {@link toHtml}.
 * @example
 * ```ts
 * // A fragment to put into a page (the playground does this), with its scoped stylesheet.
 * element.innerHTML = toHtml(enrichment, text, { standalone: false, title: 'Preview' });
 * ```
 */
export interface RenderOptions {
  /** Heading and `<title>`. Default: the article's headline (`body.title`), else "news-enrich". */
  title?: string;
  /** `true` (default): a whole `<!doctype html>` page with inline CSS. `false`: a `<div class="ne-render">` fragment. */
  standalone?: boolean;
  /**
   * Whether a fragment carries its own `<style>` element (the CSS is scoped under `.ne-render`).
   * Default `true`; set `false` when the host page styles the classes itself. Ignored for a standalone page.
   */
  styles?: boolean;
}

/**
 * Renders an {@link Enrichment} as HTML, in the spirit of spaCy's displaCy: the article with
 * entity mentions coloured by type, quotes with their speakers, page chrome dimmed and the body
 * set apart, plus the language, tags and keywords. Every piece of text is escaped.
 * Deterministic, and linear in the text's length.
 * @param enrichment - what {@link Enricher.enrich} returned.
 * @param text - the caller's text the offsets refer to; ignored when `enrichment.text` is present (HTML input).
 * @example
 * ```ts
 * import { createEnricher, toHtml } from 'news-enrich';
 * const enricher = await createEnricher();
 * const page = toHtml(enricher.enrich(text), text);
 * ```
 */
export function toHtml(enrichment: Enrichment, text: string, options: RenderOptions = {}): string {
  if (enrichment === null || typeof enrichment !== 'object') {
    throw new TypeError(`toHtml(): expected an Enrichment object as the first argument, got ${describe(enrichment)}`);
  }
  const source = typeof enrichment.text === 'string' ? enrichment.text : text;
  if (typeof source !== 'string') {
    throw new TypeError(`toHtml(): expected the article text (a string) as the second argument, got ${describe(text)}`);
  }
  const title = options.title ?? enrichment.body?.title ?? 'news-enrich';
  const lang = langAttribute(enrichment.language?.code);
  const parts = [
    '<div class="ne-render">\n',
    header(enrichment, title),
    legend(enrichment),
    `<article class="ne-article"${lang}>\n`,
    renderArticle(enrichment, source),
    '</article>\n',
    tags(enrichment.tags ?? []),
    keywords(enrichment.keywords ?? []),
    entities(enrichment.entities ?? []),
    '</div>\n',
  ];
  if (options.standalone === false) {
    return (options.styles === false ? '' : `<style>\n${CSS}\n</style>\n`) + parts.join('');
  }
  return [
    `<!doctype html>\n<html${lang}>\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHtml(title)}</title>\n<style>\nbody{margin:0;background:#f6f8fa}\n${CSS}\n</style>\n</head>\n<body>\n`,
    ...parts,
    '</body>\n</html>\n',
  ].join('');
}

function header(enrichment: Enrichment, title: string): string {
  const meta: string[] = [];
  const language = enrichment.language;
  if (language) {
    const confidence = typeof language.confidence === 'number' && Number.isFinite(language.confidence) ? ` · ${Math.round(language.confidence * 100)}%` : '';
    meta.push(`<span title="language and confidence"><span class="ne-lang">${escapeHtml(String(language.code))}</span>${confidence}</span>`);
  }
  const byline = enrichment.body?.byline;
  if (byline?.author) meta.push(`<span class="ne-byline">${escapeHtml(byline.author)}${byline.role ? `, ${escapeHtml(byline.role)}` : ''}</span>`);
  if (enrichment.id !== undefined) meta.push(`<span class="ne-id">id ${escapeHtml(String(enrichment.id))}</span>`);
  const counts = [
    count(enrichment.entities?.length ?? 0, 'entity', 'entities'),
    count(enrichment.quotes?.length ?? 0, 'quote', 'quotes'),
    count(enrichment.keywords?.length ?? 0, 'keyword', 'keywords'),
  ];
  meta.push(`<span>${counts.join(', ')}</span>`);
  return `<header class="ne-header">\n<h1>${escapeHtml(title)}</h1>\n<div class="ne-meta">${meta.join('')}</div>\n</header>\n`;
}

function legend(enrichment: Enrichment): string {
  const perType = new Map<string, number>();
  for (const entity of enrichment.entities ?? []) perType.set(classToken(entity.type), (perType.get(classToken(entity.type)) ?? 0) + 1);
  const items = ENTITY_TYPES.map((type) => `<mark class="ne-ent ne-${type} ne-k-name">${type}<span class="ne-label">${perType.get(type) ?? 0}</span></mark>`);
  items.push(
    '<mark class="ne-ent ne-person ne-k-role" title="roles, adjectives and pronouns that refer to an entity">role / adjective / pronoun</mark>',
    '<span class="ne-quote ne-quote-direct">direct quote<span class="ne-speaker">— speaker</span></span>',
    '<span class="ne-quote ne-quote-indirect">indirect quote</span>',
    '<span class="ne-cue">cue verb</span>',
    '<span class="ne-p ne-in-body">article body</span>',
    '<span class="ne-chrome"><span class="ne-badge">kind</span>page chrome</span>',
    '<span class="ne-foreign"><span class="ne-badge ne-badge-lang">kk</span>paragraph in another language</span>',
  );
  return `<div class="ne-legend" aria-label="legend">${items.join('\n')}</div>\n`;
}

function tags(list: readonly string[]): string {
  if (list.length === 0) return '<h2>Tags</h2>\n<p class="ne-empty">no tags</p>\n';
  const chips = list.map((tag) => {
    const value = String(tag);
    const prefix = value.includes(':') ? ` ne-chip-${classToken(value.slice(0, value.indexOf(':')))}` : '';
    return `<li class="ne-chip${prefix}">${escapeHtml(value)}</li>`;
  });
  return `<h2>Tags</h2>\n<ul class="ne-chips">\n${chips.join('\n')}\n</ul>\n`;
}

function keywords(list: Enrichment['keywords']): string {
  if (list.length === 0) return '<h2>Keywords</h2>\n<p class="ne-empty">no keywords</p>\n';
  const items = list.map((k) => `<li>${escapeHtml(String(k.term))}<span class="ne-score">${formatScore(k.score)}</span></li>`);
  return `<h2>Keywords</h2>\n<ol class="ne-keywords">\n${items.join('\n')}\n</ol>\n`;
}

function entities(list: Enrichment['entities']): string {
  if (list.length === 0) return '<h2>Entities</h2>\n<p class="ne-empty">no entities</p>\n';
  const rows = list.map((e) => {
    const type = classToken(e.type);
    const swatch = `<mark class="ne-ent ne-${(ENTITY_TYPES as readonly string[]).includes(type) ? type : 'other'} ne-k-name">${escapeHtml(String(e.type))}</mark>`;
    return `<tr data-entity="${escapeAttr(String(e.id))}"><td>${escapeHtml(String(e.name))}${e.role ? `<br><small>${escapeHtml(e.role)}</small>` : ''}</td><td>${swatch}</td><td><code>${escapeHtml(String(e.id))}</code></td><td>${e.mentions?.length ?? 0}</td><td>${formatScore(e.salience)}</td></tr>`;
  });
  return `<h2>Entities</h2>\n<table>\n<thead><tr><th>name</th><th>type</th><th>id</th><th>mentions</th><th>salience</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatScore(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
}

function langAttribute(code: unknown): string {
  return typeof code === 'string' && /^[a-z]{2,3}$/.test(code) && code !== 'und' ? ` lang="${code}"` : '';
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
