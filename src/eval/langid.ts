/**
 * Language identification scoring: accuracy overall, per gold language and per kind
 * (sentence / paragraph), and the most frequent confusions.
 * @module
 */
import { ratio } from './prf.js';

/** A gold langid record (the fields the scorer reads). */
export interface LangidGold {
  id?: string;
  lang: string;
  kind?: string;
  script?: string;
}

/** Accuracy of one group of records. */
export interface AccuracyRow {
  n: number;
  correct: number;
  accuracy: number;
}

/** Per-language row: accuracy (= recall of the language) plus precision of predicting it. */
export interface LanguageRow extends AccuracyRow {
  /** Records predicted as this language. */
  predicted: number;
  /** Share of those predictions that were right. */
  precision: number;
}

/** One confusion: gold language predicted as another code. */
export interface Confusion {
  gold: string;
  predicted: string;
  count: number;
}

/** What {@link scoreLangid} returns. */
export interface LangidMetrics extends AccuracyRow {
  perLanguage: Record<string, LanguageRow>;
  perKind: Record<string, AccuracyRow>;
  /** Gold language × kind, keyed `ru/sentence`. */
  perLanguageKind: Record<string, AccuracyRow>;
  /** Most frequent (gold, predicted) pairs with gold ≠ predicted, most frequent first. */
  confusions: Confusion[];
}

/**
 * Scores predicted language codes (`predicted[i]` for `gold[i]`). Codes are compared
 * case-insensitively; `und` counts as wrong.
 * @param topConfusions how many confusion pairs to keep (default 10).
 */
export function scoreLangid(gold: readonly LangidGold[], predicted: readonly string[], topConfusions = 10): LangidMetrics {
  if (gold.length !== predicted.length) {
    throw new RangeError(`scoreLangid(): ${gold.length} gold records but ${predicted.length} predictions`);
  }
  const all = acc();
  const perLanguage = new Map<string, AccuracyRow & { predicted: number; predictedCorrect: number }>();
  const perKind = new Map<string, AccuracyRow>();
  const perLanguageKind = new Map<string, AccuracyRow>();
  const confusions = new Map<string, Confusion>();
  const language = (code: string) => {
    let row = perLanguage.get(code);
    if (!row) perLanguage.set(code, (row = { ...acc(), predicted: 0, predictedCorrect: 0 }));
    return row;
  };
  gold.forEach((record, i) => {
    const g = record.lang.toLowerCase();
    const p = (predicted[i] ?? 'und').toLowerCase();
    const ok = g === p;
    const kind = record.kind ?? 'unknown';
    for (const row of [all, language(g), getOr(perKind, kind), getOr(perLanguageKind, `${g}/${kind}`)]) {
      row.n++;
      if (ok) row.correct++;
    }
    const predictedRow = language(p);
    predictedRow.predicted++;
    if (ok) predictedRow.predictedCorrect++;
    else {
      const key = `${g}\u0000${p}`;
      const c = confusions.get(key) ?? { gold: g, predicted: p, count: 0 };
      c.count++;
      confusions.set(key, c);
    }
  });
  const finish = (row: AccuracyRow): AccuracyRow => ({ n: row.n, correct: row.correct, accuracy: ratio(row.correct, row.n) });
  return {
    ...finish(all),
    perLanguage: Object.fromEntries(
      [...perLanguage]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, row]) => [
          code,
          { ...finish(row), predicted: row.predicted, precision: ratio(row.predictedCorrect, row.predicted) },
        ]),
    ),
    perKind: Object.fromEntries([...perKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, row]) => [k, finish(row)])),
    perLanguageKind: Object.fromEntries(
      [...perLanguageKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, row]) => [k, finish(row)]),
    ),
    confusions: [...confusions.values()]
      .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted))
      .slice(0, topConfusions),
  };
}

function acc(): AccuracyRow {
  return { n: 0, correct: 0, accuracy: 0 };
}

function getOr(map: Map<string, AccuracyRow>, key: string): AccuracyRow {
  let row = map.get(key);
  if (!row) map.set(key, (row = acc()));
  return row;
}
