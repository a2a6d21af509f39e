/**
 * The pipeline: one line per stage, data flowing one way. Each stage reads what the stages
 * before it produced and adds its own part of the {@link Enrichment}.
 * @module
 */
import { detectArticleLanguage } from './language/article.js';
import type { SourceText } from './text/input.js';
import { findBody } from './text/layout.js';
import { splitParagraphs } from './text/segment.js';
import type { Enrichment } from './types.js';

/** What the pipeline needs from the enricher's configuration. */
export interface PipelineConfig {
  /** Candidate languages for detection (ISO 639-1); empty for all supported. */
  languages: readonly string[];
}

/** Runs every stage over one source text. Synchronous and deterministic. */
export function runPipeline(source: SourceText, config: PipelineConfig): Enrichment {
  const { text } = source;
  const body = findBody(text, source.title ? { title: source.title } : {});
  const paragraphs = splitParagraphs(text);
  const detectOptions = config.languages.length > 0 ? { languages: [...config.languages] } : {};
  const language = detectArticleLanguage(text, paragraphs, body, source.lang, detectOptions);
  return {
    ...(source.id !== undefined ? { id: source.id } : {}),
    ...(source.fromHtml ? { text } : {}),
    language,
    body,
    entities: [],
    quotes: [],
    keywords: [],
    tags: [],
  };
}
