/**
 * The article itself as HTML: paragraphs, chrome, quotes with their speakers and cue verbs, and
 * entity mentions, each span turned into a {@link Layer} and nested by {@link nest}.
 * @module
 */
import type { Enrichment, Span } from '../types.js';
import { classToken, escapeAttr, escapeHtml, escapeText } from './escape.js';
import { nest, type Layer } from './nest.js';

/** The entity types the stylesheet colours; any other type is drawn grey. */
export const ENTITY_TYPES = ['person', 'country', 'place', 'organization', 'event'] as const;

/** Short labels written after a mention, as displaCy does. */
const TYPE_LABELS: Record<string, string> = { person: 'person', country: 'country', place: 'place', organization: 'org', event: 'event' };

const MENTION_KINDS = new Set(['name', 'adjective', 'role', 'pronoun']);

// Outer to inner. Paragraphs are the roots; a mention inside a quote is cut where the quote ends.
const RANK = { paragraph: 0, language: 1, chrome: 2, quote: 3, mention: 4, cue: 5 } as const;

/** Paragraphs of the text: runs separated by a blank line, trimmed. Single line breaks stay inside. */
export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  // \r(?!\n) keeps \r\n one line break when the regex backtracks.
  const blank = /(?:\r\n|\r(?!\n)|\n)(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n))+/g;
  let from = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    add(from, m.index);
    from = m.index + m[0].length;
  }
  add(from, text.length);
  return spans;
}

/** The article's HTML: one `<p>` per paragraph, with chrome, quotes and mentions marked inside. */
export function renderArticle(enrichment: Enrichment, text: string): string {
  return nest(text, articleLayers(enrichment, text), {
    text: (from, to) => escapeText(text.slice(from, to), text[to]),
    gap: (from, to) => (from === 0 || to === text.length ? '' : '\n'),
  });
}

/** Every span of the Enrichment as a {@link Layer}, in no particular order. */
export function articleLayers(enrichment: Enrichment, text: string): Layer[] {
  const layers: Layer[] = [];
  const body = enrichment.body;
  const hasBody = body !== undefined && isNumber(body.start) && isNumber(body.end) && body.end > body.start;
  for (const p of paragraphsOf(text)) {
    const place = !hasBody ? '' : p.end > body.start && p.start < body.end ? ' ne-in-body' : ' ne-outside';
    layers.push({ start: p.start, end: p.end, rank: RANK.paragraph, open: `<p class="ne-p${place}">`, close: '</p>\n' });
  }
  // A paragraph in another language than the article's carries that language, and a badge says so.
  const main = enrichment.language?.code;
  for (const paragraph of enrichment.language?.paragraphs ?? []) {
    const code = paragraph.code;
    if (typeof code !== 'string' || !/^[a-z]{2,3}$/.test(code) || code === 'und' || code === main) continue;
    layers.push({
      start: paragraph.start,
      end: paragraph.end,
      rank: RANK.language,
      open: `<span class="ne-foreign" lang="${code}" title="paragraph language: ${code}">`,
      close: '</span>',
      before: `<span class="ne-badge ne-badge-lang">${code}</span>`,
    });
  }
  for (const chrome of body?.chrome ?? []) {
    const kind = classToken(chrome.kind);
    layers.push({
      start: chrome.start,
      end: chrome.end,
      rank: RANK.chrome,
      open: `<span class="ne-chrome ne-chrome-${kind}" title="${escapeAttr(`page chrome: ${String(chrome.kind)}`)}">`,
      close: '</span>',
      before: `<span class="ne-badge">${escapeHtml(String(chrome.kind))}</span>`,
    });
  }
  (enrichment.quotes ?? []).forEach((quote, i) => layers.push(...quoteLayers(quote, i + 1, text)));
  for (const entity of enrichment.entities ?? []) {
    const type = classToken(entity.type);
    const known = (ENTITY_TYPES as readonly string[]).includes(type);
    const label = TYPE_LABELS[type] ?? String(entity.type);
    for (const mention of entity.mentions ?? []) {
      const kind = MENTION_KINDS.has(mention.kind) ? mention.kind : 'name';
      const lines = [`${entity.name} (${String(entity.type)})`, entity.id];
      if (entity.role) lines.push(`role: ${entity.role}`);
      if (kind !== 'name') lines.push(`mention: ${kind}`);
      else if (mention.normal && mention.normal !== entity.name) lines.push(`form: ${mention.normal}`);
      layers.push({
        start: mention.start,
        end: mention.end,
        rank: RANK.mention,
        open: `<mark class="ne-ent ne-${known ? type : 'other'} ne-k-${kind}" data-entity="${escapeAttr(String(entity.id))}" title="${escapeAttr(lines.join('\n'))}">`,
        close: '</mark>',
        after: `<span class="ne-label">${escapeHtml(kind === 'name' ? label : `${label} · ${kind}`)}</span>`,
      });
    }
  }
  return layers;
}

function quoteLayers(quote: Enrichment['quotes'][number], n: number, text: string): Layer[] {
  const kind = quote.kind === 'indirect' ? 'indirect' : 'direct';
  const speaker = quote.speaker?.name;
  const who = speaker ? `${speaker}${quote.speaker?.id ? ` (${quote.speaker.id})` : ''}` : 'unknown';
  const lines = [`quote ${n}, ${kind}`, `speaker: ${who}`];
  if (quote.cue) lines.push(`cue: ${quote.cue}`);
  const layers: Layer[] = [
    {
      start: quote.start,
      end: quote.end,
      rank: RANK.quote,
      open: `<span class="ne-quote ne-quote-${kind}" data-quote="${n}" title="${escapeAttr(lines.join('\n'))}">`,
      close: '</span>',
      after: speaker
        ? `<span class="ne-speaker" title="${escapeAttr(who)}">— ${escapeHtml(speaker)}</span>`
        : '<span class="ne-speaker ne-unknown">— ?</span>',
    },
  ];
  const cue = quote.cue;
  const at = quote.cueStart;
  // The cue is underlined only where the text really has it (it is given as written).
  if (cue && isNumber(at) && text.slice(at, at + cue.length).toLowerCase() === cue.toLowerCase()) {
    layers.push({ start: at, end: at + cue.length, rank: RANK.cue, open: `<span class="ne-cue" title="${escapeAttr(`cue of quote ${n}`)}">`, close: '</span>' });
  }
  return layers;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
