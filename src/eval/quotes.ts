/**
 * Quote scoring: span matching by intersection over union and speaker accuracy.
 *
 * Rules:
 * - A predicted quote matches a gold one when IoU ≥ 0.5 (character ranges). Matching is
 *   one-to-one and greedy: all pairs with IoU ≥ the threshold, highest IoU first (ties by gold
 *   then predicted order).
 * - What a gold set annotates decides its headline ({@link annotatedScope}). The data has no
 *   set-level field for it, only each quote's optional `kind`: a set in which no quote is `indirect`
 *   (PolNeAR: no kinds at all; realworld-ru-kk: `direct` and `partial`) annotates quoted speech only,
 *   so an indirect prediction there can be neither right nor wrong. Its headline P/R/F1 is the
 *   `direct` row: predicted `direct` quotes against every gold quote (a `partial` quote is quoted
 *   words, so it stays in the gold). A set with `indirect` gold (adaq) is scored on all kinds.
 * - Rows, always computed: `all` (every prediction against every gold quote: on a direct-only set
 *   indirect predictions count as false positives), `direct` (predicted `direct` against gold that
 *   is not `indirect`), and on sets that annotate indirect speech an `indirect` row (predicted
 *   `indirect` against gold `indirect`). {@link quoteRows} labels them for the report.
 * - Per gold kind (when gold has `kind`): gold count and recall; per predicted kind: count and
 *   precision (both against the `all` matching).
 * - Speaker and mean IoU: over the headline's matched pairs whose gold quote has a speaker (for PolNeAR only those with
 *   `speaker_via: 'source'`; `coref` is reported separately). The gold speaker's last word
 *   (surname) must equal one of the predicted speaker name's words after {@link speakerStem}:
 *   lower case, `ё` → `е`, first 5 letters. A matched quote without a predicted speaker is wrong.
 * @module
 */
import type { Quote } from '../types.js';
import { addCounts, prf, ratio, zeroCounts, type Counts, type Prf } from './prf.js';
import { words } from './stem.js';

/** A gold quote. */
export interface QuoteGoldSpan {
  start: number;
  end: number;
  speaker?: string | null;
  kind?: string;
  speaker_via?: string;
}

/** A gold quotes record (the fields the scorer reads). */
export interface QuotesGold {
  id?: string;
  lang?: string;
  text?: string;
  quotes: QuoteGoldSpan[];
}

/** A predicted quote (a library {@link Quote} fits). */
export interface QuotePrediction {
  start: number;
  end: number;
  kind?: string;
  speaker?: { name: string } | undefined;
}

/** Speaker accuracy over matched quotes. */
export interface SpeakerScore {
  /** Matched quotes with a scorable gold speaker. */
  n: number;
  correct: number;
  accuracy: number;
}

/** What a gold set annotates: every kind of reported speech, or quoted (direct) speech only. */
export type QuoteScope = 'all' | 'direct';

/** What {@link scoreQuotes} returns; its own P/R/F1 are the headline row's (see `scope`). */
export interface QuotesMetrics extends Prf {
  docs: number;
  gold: number;
  predicted: number;
  /** Which row the headline is: `direct` when the gold annotates no indirect speech. */
  scope: QuoteScope;
  /** Every predicted quote against every gold quote. */
  all: Prf;
  /** Predicted `direct` quotes against gold quotes that are not `indirect` (direct, partial, kind-less). */
  direct: Prf;
  /** Predicted `indirect` against gold `indirect`; only when the gold annotates indirect speech. */
  indirect?: Prf;
  /** Per gold kind: gold count, matched, recall. */
  goldKinds: Record<string, { n: number; matched: number; recall: number }>;
  /** Per predicted kind: predicted count, matched, precision. */
  predictedKinds: Record<string, { n: number; matched: number; precision: number }>;
  /** Speakers (over the headline's matches) scored where gold is trustworthy (`speaker_via` absent or `source`). */
  speaker: SpeakerScore;
  /** Speakers where gold came from automatic coreference (`speaker_via: 'coref'`, PolNeAR). */
  speakerCoref: SpeakerScore;
  /** Mean IoU over the headline's matched pairs. */
  meanIoU: number;
}

/** Default IoU threshold. */
export const IOU_THRESHOLD = 0.5;

/** Intersection over union of two half-open ranges (0 when both are empty). */
export function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union <= 0 ? 0 : inter / union;
}

/**
 * One-to-one greedy matching by IoU: returns `[goldIndex, predIndex, iou]` triples, highest IoU first.
 */
export function matchByIoU(
  gold: readonly { start: number; end: number }[],
  predicted: readonly { start: number; end: number }[],
  threshold = IOU_THRESHOLD,
): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const v = iou(g, p);
      if (v >= threshold && v > 0) pairs.push([gi, pi, v]);
    }),
  );
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number, number][] = [];
  for (const pair of pairs) {
    if (usedG.has(pair[0]) || usedP.has(pair[1])) continue;
    usedG.add(pair[0]);
    usedP.add(pair[1]);
    out.push(pair);
  }
  return out;
}

/** The crude speaker-name stem: lower case, `ё` → `е`, first 5 letters. */
export function speakerStem(word: string): string {
  return [...word.toLowerCase().replace(/ё/g, 'е')].slice(0, 5).join('');
}

/** Whether the gold speaker's last word is among the predicted name's words (by {@link speakerStem}). */
export function speakerMatches(goldSpeaker: string, predictedName: string | undefined): boolean {
  const last = words(goldSpeaker).at(-1);
  if (last === undefined || !predictedName) return false;
  const key = speakerStem(last);
  return words(predictedName).some((w) => speakerStem(w) === key);
}

/**
 * What the gold set annotates: `all` when any of its quotes is of kind `indirect`, else `direct`
 * (quoted speech only). The data carries no set-level field for this; a set's kinds are its
 * quotes' kinds, and a kind-less quote is a direct one (FORMAT.md: `kind` is optional).
 */
export function annotatedScope(gold: readonly QuotesGold[]): QuoteScope {
  return gold.some((r) => r.quotes.some((q) => q.kind === 'indirect')) ? 'all' : 'direct';
}

/** Scores predicted quotes (`predicted[i]` for `gold[i]`). */
export function scoreQuotes(
  gold: readonly QuotesGold[],
  predicted: readonly (readonly QuotePrediction[])[],
  threshold = IOU_THRESHOLD,
): QuotesMetrics {
  if (gold.length !== predicted.length) {
    throw new RangeError(`scoreQuotes(): ${gold.length} gold records but ${predicted.length} predictions`);
  }
  const scope = annotatedScope(gold);
  const all = zeroCounts();
  const direct = zeroCounts();
  const indirect = zeroCounts();
  const goldKinds = new Map<string, { n: number; matched: number }>();
  const predictedKinds = new Map<string, { n: number; matched: number }>();
  const speaker = { n: 0, correct: 0 };
  const speakerCoref = { n: 0, correct: 0 };
  let iouSum = 0;
  let headlineMatched = 0;
  let nGold = 0;
  let nPred = 0;
  const hasGoldKinds = gold.some((r) => r.quotes.some((q) => q.kind !== undefined));

  gold.forEach((record, i) => {
    const g = record.quotes;
    const p = predicted[i] ?? [];
    nGold += g.length;
    nPred += p.length;
    const matches = matchByIoU(g, p, threshold);
    addCounts(all, counts(g.length, p.length, matches.length));
    const matchedG = new Set(matches.map((m) => m[0]));
    const matchedP = new Set(matches.map((m) => m[1]));
    if (hasGoldKinds) {
      g.forEach((q, gi) => bump(goldKinds, q.kind ?? '(none)', matchedG.has(gi)));
    }
    p.forEach((q, pi) => bump(predictedKinds, q.kind ?? '(none)', matchedP.has(pi)));

    const gd = g.filter((q) => q.kind !== 'indirect');
    const pd = p.filter((q) => q.kind === 'direct');
    const directMatches = matchByIoU(gd, pd, threshold);
    addCounts(direct, counts(gd.length, pd.length, directMatches.length));
    if (scope === 'all') {
      const gi = g.filter((q) => q.kind === 'indirect');
      const pi = p.filter((q) => q.kind === 'indirect');
      addCounts(indirect, counts(gi.length, pi.length, matchByIoU(gi, pi, threshold).length));
    }

    // Speakers and IoU over the pairs the headline row matched.
    const [hg, hp, hm] = scope === 'all' ? [g, p, matches] : [gd, pd, directMatches];
    for (const [gi, pi, v] of hm) {
      iouSum += v;
      headlineMatched++;
      const gq = hg[gi]!;
      if (!gq.speaker) continue;
      const via = gq.speaker_via;
      const target = via === undefined || via === 'source' ? speaker : via === 'coref' ? speakerCoref : undefined;
      if (!target) continue;
      target.n++;
      if (speakerMatches(gq.speaker, hp[pi]!.speaker?.name)) target.correct++;
    }
  });

  const rows = { all: prf(all), direct: prf(direct) };
  return {
    docs: gold.length,
    gold: nGold,
    predicted: nPred,
    ...(scope === 'all' ? rows.all : rows.direct),
    scope,
    ...rows,
    ...(scope === 'all' ? { indirect: prf(indirect) } : {}),
    goldKinds: Object.fromEntries(
      [...goldKinds].sort().map(([k, v]) => [k, { n: v.n, matched: v.matched, recall: ratio(v.matched, v.n) }]),
    ),
    predictedKinds: Object.fromEntries(
      [...predictedKinds].sort().map(([k, v]) => [k, { n: v.n, matched: v.matched, precision: ratio(v.matched, v.n) }]),
    ),
    speaker: { ...speaker, accuracy: ratio(speaker.correct, speaker.n) },
    speakerCoref: { ...speakerCoref, accuracy: ratio(speakerCoref.correct, speakerCoref.n) },
    meanIoU: ratio(iouSum, headlineMatched),
  };
}

/** One labelled P/R/F1 row of the quotes report. */
export interface QuoteRow extends Prf {
  label: string;
  /** The row the headline (summary) numbers come from. */
  headline: boolean;
}

/**
 * The report's rows, labelled with what they count. On a set that annotates direct quotes only the
 * headline is the direct row and the all-kinds row says why it is not the headline.
 */
export function quoteRows(m: QuotesMetrics): QuoteRow[] {
  if (m.scope === 'direct') {
    return [
      { label: 'direct (headline: gold annotates direct quotes only)', headline: true, ...m.direct },
      { label: 'all kinds (indirect predictions count as FP)', headline: false, ...m.all },
    ];
  }
  return [
    { label: 'all kinds (headline)', headline: true, ...m.all },
    { label: 'direct', headline: false, ...m.direct },
    ...(m.indirect ? [{ label: 'indirect', headline: false, ...m.indirect }] : []),
  ];
}

/** The library's quotes as predictions (identity; kept for symmetry with the other tasks). */
export function quotesToPredictions(quotes: readonly Quote[]): QuotePrediction[] {
  return quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, ...(q.speaker ? { speaker: q.speaker } : {}) }));
}

function counts(gold: number, predicted: number, matched: number): Counts {
  return { tp: matched, fp: predicted - matched, fn: gold - matched };
}

function bump(map: Map<string, { n: number; matched: number }>, key: string, matched: boolean): void {
  const row = map.get(key) ?? { n: 0, matched: 0 };
  row.n++;
  if (matched) row.matched++;
  map.set(key, row);
}
