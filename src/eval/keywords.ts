/**
 * Keyword scoring at 10.
 *
 * Each side is lower-cased and stemmed word by word with {@link stemPhrase} (by the record's
 * language) and de-duplicated; a predicted phrase is right when its key equals a gold key.
 * Per document: P@10 = right / number of predictions kept (at most 10; 0 when there are none),
 * R@10 = right / number of distinct gold keys, F1@10 their harmonic mean.
 * - `macro` (the headline): P, R and F1 computed per document, then averaged over documents.
 * - `micro`: right, predicted and gold counts pooled over all documents.
 * Documents without gold keywords are skipped (counted in `skipped`).
 * @module
 */
import type { Keyword } from '../types.js';
import { f1, mean, prf, ratio, type Prf } from './prf.js';
import { stemPhrase } from './stem.js';

/** A gold keywords record (the fields the scorer reads). */
export interface KeywordsGold {
  id?: string;
  lang: string;
  keywords: string[];
}

/** What {@link scoreKeywords} returns. */
export interface KeywordsMetrics {
  docs: number;
  /** Documents without gold keywords, left out. */
  skipped: number;
  k: number;
  /** Per-document average of P@k, R@k and F1@k; `f1` is the headline number. */
  macro: { precision: number; recall: number; f1: number };
  /** Pooled counts over all documents. */
  micro: Prf;
  /** Mean number of predicted terms kept per document. */
  meanPredicted: number;
  /** Mean number of distinct gold keys per document. */
  meanGold: number;
}

/** The top `k` terms of the library's keywords, in the order given. */
export function keywordTerms(keywords: readonly Keyword[], k = 10): string[] {
  return keywords.slice(0, k).map((kw) => kw.term);
}

/** Scores predicted term lists (`predicted[i]` for `gold[i]`); only the first `k` terms count. */
export function scoreKeywords(
  gold: readonly KeywordsGold[],
  predicted: readonly (readonly string[])[],
  k = 10,
): KeywordsMetrics {
  if (gold.length !== predicted.length) {
    throw new RangeError(`scoreKeywords(): ${gold.length} gold records but ${predicted.length} predictions`);
  }
  const ps: number[] = [];
  const rs: number[] = [];
  const fs: number[] = [];
  const nPred: number[] = [];
  const nGold: number[] = [];
  let tp = 0;
  let predTotal = 0;
  let goldTotal = 0;
  let skipped = 0;
  gold.forEach((record, i) => {
    const goldKeys = new Set(record.keywords.map((kw) => stemPhrase(kw, record.lang)).filter((s) => s !== ''));
    if (goldKeys.size === 0) {
      skipped++;
      return;
    }
    const predKeys = new Set(
      (predicted[i] ?? [])
        .slice(0, k)
        .map((term) => stemPhrase(term, record.lang))
        .filter((s) => s !== ''),
    );
    let right = 0;
    for (const key of predKeys) if (goldKeys.has(key)) right++;
    const p = ratio(right, predKeys.size);
    const r = ratio(right, goldKeys.size);
    ps.push(p);
    rs.push(r);
    fs.push(f1(p, r));
    nPred.push(predKeys.size);
    nGold.push(goldKeys.size);
    tp += right;
    predTotal += predKeys.size;
    goldTotal += goldKeys.size;
  });
  return {
    docs: gold.length,
    skipped,
    k,
    macro: { precision: mean(ps), recall: mean(rs), f1: mean(fs) },
    micro: prf({ tp, fp: predTotal - tp, fn: goldTotal - tp }),
    meanPredicted: mean(nPred),
    meanGold: mean(nGold),
  };
}
