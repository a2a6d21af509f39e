/**
 * A Payload CMS `beforeChange` hook that enriches an article on every save and writes the results
 * back into the document: `tags` (canonical ids such as `country:KZ`), `entities` (id, name, type,
 * salience), `language`, and a fingerprint of the text they were computed from.
 *
 * Idempotent by construction: the enrichment is read only from the source fields (title and body),
 * never from the fields the hook writes (incoming values of those are overwritten), and the
 * enricher is deterministic, so saving an already-enriched article again gives the same tags.
 * When the source has not changed since the stored version the hook copies the stored results
 * instead of enriching again (the fingerprint matches).
 *
 * The CMS is not a dependency: the hook is a plain async function over the few arguments Payload
 * passes (typed below), so the same module fits Strapi's document middleware or any save path.
 *
 * ```ts
 * // payload.config.ts (collections)
 * import { createEnricher } from 'news-enrich';
 * import { createEnrichHook } from './enrich-hook';
 * const enrichArticle = createEnrichHook({ enricher: createEnricher(), body: 'content' });
 * export const Articles = {
 *   slug: 'articles',
 *   hooks: { beforeChange: [enrichArticle] },
 *   fields: [
 *     { name: 'title', type: 'text' },
 *     { name: 'content', type: 'textarea' },
 *     { name: 'tags', type: 'json', admin: { readOnly: true } },
 *     { name: 'entities', type: 'json', admin: { readOnly: true } },
 *     { name: 'language', type: 'text', admin: { readOnly: true } },
 *     { name: 'enrichedFrom', type: 'text', admin: { hidden: true } },
 *   ],
 * };
 * ```
 */
import type { Enricher, Entity } from 'news-enrich';

/** The part of Payload's `beforeChange` arguments the hook reads. */
export interface BeforeChangeArgs<Doc> {
  /** The incoming fields; on an update it may hold only the changed ones. */
  data: Partial<Doc>;
  /** The stored document before this save (updates only). */
  originalDoc?: Doc;
  operation: 'create' | 'update';
}

/** The fields the hook writes. */
export interface EnrichedFields {
  tags: string[];
  entities: Array<Pick<Entity, 'id' | 'name' | 'type' | 'salience'>>;
  language: string;
  /** Fingerprint of the title and body the fields were computed from. */
  enrichedFrom: string;
}

/** An article as the hook sees it: any fields, the source ones being strings. */
export type ArticleDoc = Record<string, unknown> & Partial<EnrichedFields>;

/** Options of {@link createEnrichHook}. */
export interface EnrichHookOptions {
  /** The enricher, or the promise `createEnricher()` returns (created once, at config time). */
  enricher: Enricher | Promise<Enricher>;
  /** Field holding the headline. Default `'title'`. */
  title?: string;
  /** Field holding the article's text (plain text, or HTML when `html` is true). Default `'content'`. */
  body?: string;
  /** Whether the body field holds HTML (a rich-text field serialized to HTML). Default false. */
  html?: boolean;
  /** How many entities to keep, most salient first. Default 20. */
  maxEntities?: number;
}

/** Builds the `beforeChange` hook. */
export function createEnrichHook(options: EnrichHookOptions) {
  const titleField = options.title ?? 'title';
  const bodyField = options.body ?? 'content';
  const maxEntities = options.maxEntities ?? 20;

  return async function enrichBeforeChange<Doc extends ArticleDoc>({ data, originalDoc }: BeforeChangeArgs<Doc>): Promise<Partial<Doc>> {
    // A partial update carries only what changed: the rest of the source comes from the stored doc.
    const title = stringField(data, originalDoc, titleField);
    const body = stringField(data, originalDoc, bodyField);
    const fingerprint = fingerprintOf(title, body);
    // Unchanged source: keep what the stored document has. Only the stored document is trusted
    // here; whatever the incoming data says about tags or entities is overwritten either way.
    if (originalDoc !== undefined && originalDoc.enrichedFrom === fingerprint && isEnriched(originalDoc)) {
      return { ...data, ...enrichedFieldsOf(originalDoc) };
    }

    const enricher = await options.enricher;
    const input = options.html ? { html: body, ...(title ? { title } : {}) } : { text: body, ...(title ? { title } : {}) };
    const result = enricher.enrich(input);
    const written: EnrichedFields = {
      tags: result.tags,
      entities: result.entities.slice(0, maxEntities).map(({ id, name, type, salience }) => ({ id, name, type, salience })),
      language: result.language.code,
      enrichedFrom: fingerprint,
    };
    return { ...data, ...written };
  };
}

function isEnriched(doc: ArticleDoc): doc is ArticleDoc & EnrichedFields {
  return Array.isArray(doc.tags) && Array.isArray(doc.entities) && typeof doc.language === 'string' && typeof doc.enrichedFrom === 'string';
}

function enrichedFieldsOf({ tags, entities, language, enrichedFrom }: EnrichedFields): EnrichedFields {
  return { tags, entities, language, enrichedFrom };
}

/** A source field from the incoming data, else from the stored document; '' when absent. */
function stringField(data: ArticleDoc, original: ArticleDoc | undefined, field: string): string {
  const value = field in data ? data[field] : original?.[field];
  return typeof value === 'string' ? value : '';
}

/**
 * FNV-1a (32-bit) of the title and body, as 8 hex digits, plus their total length: enough to tell
 * "this text was already enriched" without storing the text twice. Not a security hash. (After
 * upgrading news-enrich, clear the field, or the stored results of unchanged articles are kept.)
 */
export function fingerprintOf(title: string, body: string): string {
  const source = `${title}\u0000${body}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${source.length}`;
}
