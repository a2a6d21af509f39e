/**
 * Reads the caller's input: validates its type, extracts text from HTML, enforces `maxLength`.
 * Wrong types are programming errors and throw a TypeError that says what was expected; odd
 * strings (empty, binary, huge but within the limit) are data and never throw.
 * @module
 */
import type { EnrichInput } from '../types.js';
import { htmlToText } from './html.js';

/** The input reduced to what the pipeline reads. */
export interface SourceText {
  /** The text all offsets refer to. */
  text: string;
  /** True when `text` was extracted from HTML and so must be returned with the result. */
  fromHtml: boolean;
  title?: string;
  url?: string;
  lang?: string;
  id?: string;
}

const OPTIONAL_STRING_FIELDS = ['title', 'url', 'lang', 'id'] as const;

/** Validates and unpacks an {@link EnrichInput}. */
export function readInput(input: EnrichInput, maxLength: number): SourceText {
  if (typeof input === 'string') return { text: checkLength(input, maxLength, 'text'), fromHtml: false };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError(`enrich(): expected a string or an object { text } or { html }, got ${describe(input)}`);
  }
  for (const field of OPTIONAL_STRING_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new TypeError(`enrich(): expected input.${field} to be a string, got ${describe(value)}`);
    }
  }
  const meta = {
    ...(input.title ? { title: input.title } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.lang ? { lang: input.lang.trim().toLowerCase() } : {}),
    ...(input.id !== undefined && input.id !== null ? { id: input.id } : {}),
  };
  if (typeof input.text === 'string') return { text: checkLength(input.text, maxLength, 'text'), fromHtml: false, ...meta };
  if (typeof input.html === 'string') {
    const page = htmlToText(checkLength(input.html, maxLength, 'html'));
    const title = meta.title ?? page.title;
    return { ...meta, text: page.text, fromHtml: true, ...(title ? { title } : {}) };
  }
  if (input.text !== undefined && input.text !== null) {
    throw new TypeError(`enrich(): expected input.text to be a string, got ${describe(input.text)}`);
  }
  if (input.html !== undefined && input.html !== null) {
    throw new TypeError(`enrich(): expected input.html to be a string, got ${describe(input.html)}`);
  }
  throw new TypeError('enrich(): the input object has neither a `text` nor an `html` string');
}

function checkLength(value: string, maxLength: number, field: string): string {
  if (value.length > maxLength) {
    throw new RangeError(
      `enrich(): the ${field} is ${value.length} characters long, over maxLength ${maxLength}; split it or raise createEnricher({ maxLength })`,
    );
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
