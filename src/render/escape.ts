/**
 * HTML escaping. Everything the renderer writes that came from the text or the Enrichment goes
 * through one of these, so no article or entity name can open a tag or leave an attribute.
 * @module
 */
import { trimChars } from '../text/trim.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '` (safe in text and in double- or single-quoted attributes); NUL becomes U+FFFD. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\0]/g, (c) => ENTITIES[c] ?? '\uFFFD');
}

/** Escapes an attribute value; line breaks become `&#10;` so a tooltip keeps its lines. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"'\0\r\n]/g, (c, i: number) => ENTITIES[c] ?? lineBreak(c, value, i, '&#10;'));
}

/**
 * Escapes article text; a line break inside a paragraph becomes `<br>`. `next` is the character
 * after `value` in the whole text, so a \r\n cut in two by a span boundary is still one break.
 */
export function escapeText(value: string, next?: string): string {
  return value.replace(/[&<>"'\0\r\n]/g, (c, i: number) => ENTITIES[c] ?? lineBreak(c, value, i, '<br>\n', next));
}

// One character class is much faster to scan than an alternation; \r\n is one break, written at the \n.
function lineBreak(c: string, value: string, i: number, br: string, next?: string): string {
  if (c === '\0') return '\uFFFD';
  return c === '\r' && (i + 1 < value.length ? value[i + 1] : next) === '\n' ? '' : br;
}

/** Reduces a value from the data (an entity type, a chrome kind) to a safe CSS class suffix. */
export function classToken(value: unknown): string {
  const token = trimChars(String(value).toLowerCase().replace(/[^a-z0-9-]+/g, '-'), '-');
  return token === '' ? 'other' : token.slice(0, 40);
}
