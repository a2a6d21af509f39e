// Types of analysis.mjs (plain JavaScript so that report.mjs runs with Node alone).
import type { Enrichment } from 'news-enrich';

/** An entity or keyword counted across articles. */
export interface Count {
  key: string;
  label: string;
  /** Articles it appears in. */
  articles: number;
  /** Mentions in all articles. */
  mentions: number;
}

/** Shared-article counts of some entities; `matrix[i][j]` counts articles with both i and j. */
export interface Cooccurrence {
  keys: string[];
  labels: string[];
  matrix: number[][];
}

export function countEntities(enrichments: readonly Enrichment[], type: string): Count[];
export function countKeywords(enrichments: readonly Enrichment[]): Count[];
export function cooccurrence(enrichments: readonly Enrichment[], entities: readonly Count[]): Cooccurrence;
export function markdownTable(heading: string, counts: readonly Count[], limit?: number): string;
export function heatmapSvg(data: Cooccurrence, options?: { cell?: number; labelWidth?: number; title?: string }): string;
