/**
 * Named-entity scoring, flat: exact-span P/R/F1 per type and micro, token-level P/R/F1 per type
 * (comparable to the naeval tables), and normal-form accuracy of person names.
 *
 * Rules:
 * - Scored types: PER, LOC, ORG always, EVENT when the gold data has any EVENT span. The micro
 *   average is over the scored types.
 * - Gold spans with `nested: true`, MISC spans and spans of unscored types are excluded. A
 *   predicted span that coincides exactly with an excluded gold span (say, the inner "Portsmouth"
 *   of "University of Portsmouth") is dropped too, neither right nor wrong.
 * - Exact match: same start, end and type.
 * - Token level: words are runs of letters/digits; a word is of type T when it overlaps a span of
 *   type T (gold or predicted). Counted per (word, type) pair.
 * - Normal form: among non-nested gold PER spans with `normal` matched exactly by a predicted PER
 *   span, the share whose predicted normal form equals `normal` (case-insensitive, `ё` = `е`, spaces
 *   collapsed). The predicted normal form is the mention's own `normal` (BSNLP's gold normalizes
 *   each mention: "Биби" stays "Биби" though the entity is "Асия Биби"), else the entity's name.
 *   Predicted spans without a name count as wrong.
 * @module
 */
import type { Entity, EntityType } from '../types.js';
import { addCounts, prf, zeroCounts, type Counts, type Prf } from './prf.js';

/** Entity types the scorer knows. */
export type NerType = 'PER' | 'LOC' | 'ORG' | 'EVENT' | 'MISC';

/** A gold span. */
export interface NerGoldSpan {
  start: number;
  end: number;
  type: string;
  normal?: string;
  nested?: boolean;
}

/** A gold NER record (the fields the scorer reads). */
export interface NerGold {
  id?: string;
  lang?: string;
  text: string;
  entities: NerGoldSpan[];
}

/** A predicted name span with its normal form. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  /** The mention's normal form (or its entity's name). */
  name?: string;
}

/** What {@link scoreNer} returns. */
export interface NerMetrics {
  docs: number;
  /** Types scored, in order. */
  types: string[];
  /** Exact-span scores per type. */
  spans: Record<string, Prf>;
  /** Exact-span micro average over {@link NerMetrics.types}. */
  micro: Prf;
  /** Token-level scores per type. */
  tokens: Record<string, Prf>;
  /** Token-level micro average. */
  tokensMicro: Prf;
  /** Gold spans left out: nested ones, MISC ones, and ones of other unscored types. */
  excluded: { nested: number; misc: number; other: number };
  /** Normal-form accuracy of gold PER spans with `normal`. */
  normal: { goldWithNormal: number; matched: number; correct: number; accuracy: number };
}

/** Maps a library entity type to the NER tag it is scored as. */
export const ENTITY_TYPE_TAG: Record<EntityType, NerType> = {
  person: 'PER',
  country: 'LOC',
  place: 'LOC',
  organization: 'ORG',
  event: 'EVENT',
};

/** The name spans of the library's entities: mentions of kind `name`, with the entity's name. */
export function entitiesToSpans(entities: readonly Entity[]): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const entity of entities) {
    const type = ENTITY_TYPE_TAG[entity.type];
    if (!type) continue;
    for (const m of entity.mentions) {
      if (m.kind === 'name') spans.push({ start: m.start, end: m.end, type, name: m.normal ?? entity.name });
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Normalizes a name for comparison: lower case, `ё` → `е`, whitespace collapsed. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

const BASE_TYPES = ['PER', 'LOC', 'ORG'];

/**
 * Scores predicted spans (`predicted[i]` for `gold[i]`).
 * @param options.types override the scored types (default PER, LOC, ORG, plus EVENT when gold has it).
 */
export function scoreNer(
  gold: readonly NerGold[],
  predicted: readonly (readonly NerSpan[])[],
  options: { types?: readonly string[] } = {},
): NerMetrics {
  if (gold.length !== predicted.length) {
    throw new RangeError(`scoreNer(): ${gold.length} gold records but ${predicted.length} predictions`);
  }
  const hasEvent = gold.some((r) => r.entities.some((e) => e.type === 'EVENT' && !e.nested));
  const types = [...(options.types ?? (hasEvent ? [...BASE_TYPES, 'EVENT'] : BASE_TYPES))];
  const scored = new Set(types);
  const spanCounts = new Map(types.map((t) => [t, zeroCounts()]));
  const tokenCounts = new Map(types.map((t) => [t, zeroCounts()]));
  const excluded = { nested: 0, misc: 0, other: 0 };
  const normal = { goldWithNormal: 0, matched: 0, correct: 0, accuracy: 0 };

  gold.forEach((record, i) => {
    const kept: NerGoldSpan[] = [];
    const dropped = new Set<string>();
    for (const e of record.entities) {
      if (e.nested) excluded.nested++;
      else if (e.type === 'MISC') excluded.misc++;
      else if (!scored.has(e.type)) excluded.other++;
      else {
        kept.push(e);
        continue;
      }
      dropped.add(`${e.start}:${e.end}`);
    }
    const preds = (predicted[i] ?? []).filter(
      (p) => scored.has(p.type) && !(dropped.has(`${p.start}:${p.end}`) && !kept.some((g) => g.start === p.start && g.end === p.end)),
    );

    // exact spans
    const predByKey = new Map<string, NerSpan>();
    for (const p of preds) predByKey.set(`${p.start}:${p.end}:${p.type}`, p);
    const goldKeys = new Set(kept.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const t of types) {
      const c = spanCounts.get(t)!;
      const g = new Set([...goldKeys].filter((k) => k.endsWith(`:${t}`)));
      const p = new Set([...predByKey.keys()].filter((k) => k.endsWith(`:${t}`)));
      let tp = 0;
      for (const k of p) if (g.has(k)) tp++;
      addCounts(c, { tp, fp: p.size - tp, fn: g.size - tp });
    }

    // normal forms
    for (const g of kept) {
      if (g.type !== 'PER' || g.normal === undefined) continue;
      normal.goldWithNormal++;
      const p = predByKey.get(`${g.start}:${g.end}:PER`);
      if (!p) continue;
      normal.matched++;
      if (p.name !== undefined && normalizeName(p.name) === normalizeName(g.normal)) normal.correct++;
    }

    // tokens
    const tokens = wordSpans(record.text);
    for (const t of types) {
      addCounts(
        tokenCounts.get(t)!,
        tokenCounts1(
          tokens,
          kept.filter((g) => g.type === t),
          preds.filter((p) => p.type === t),
        ),
      );
    }
  });

  normal.accuracy = normal.matched === 0 ? 0 : normal.correct / normal.matched;
  const micro = zeroCounts();
  const tokensMicro = zeroCounts();
  for (const t of types) {
    addCounts(micro, spanCounts.get(t)!);
    addCounts(tokensMicro, tokenCounts.get(t)!);
  }
  return {
    docs: gold.length,
    types,
    spans: Object.fromEntries(types.map((t) => [t, prf(spanCounts.get(t)!)])),
    micro: prf(micro),
    tokens: Object.fromEntries(types.map((t) => [t, prf(tokenCounts.get(t)!)])),
    tokensMicro: prf(tokensMicro),
    excluded,
    normal,
  };
}

/** Start/end of each word (run of letters, digits, marks) of the text. */
export function wordSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function tokenCounts1(
  tokens: readonly { start: number; end: number }[],
  gold: readonly { start: number; end: number }[],
  pred: readonly { start: number; end: number }[],
): Counts {
  const c = zeroCounts();
  if (gold.length === 0 && pred.length === 0) return c;
  for (const tok of tokens) {
    const g = gold.some((s) => s.start < tok.end && tok.start < s.end);
    const p = pred.some((s) => s.start < tok.end && tok.start < s.end);
    if (g && p) c.tp++;
    else if (p) c.fp++;
    else if (g) c.fn++;
  }
  return c;
}
