/**
 * Readable tables of each task's metrics, and the headline columns used for per-file and
 * per-language summary rows. Percentages are printed as 0–100 with one decimal.
 * @module
 */
import type { ArticlesMetrics } from './articles.js';
import type { KeywordsMetrics } from './keywords.js';
import type { LangidMetrics } from './langid.js';
import type { NerMetrics } from './ner.js';
import type { Prf } from './prf.js';
import { quoteRows, type QuotesMetrics } from './quotes.js';
import type { RelatedMetrics } from './related.js';
import { formatTable, pct, type Cell } from './table.js';

/** Headline columns of a metrics object: `[column, value]`, values printed as given. */
export type Summary = [string, Cell][];

const prfCells = (m: Prf): Cell[] => [m.tp + m.fn, m.tp + m.fp, m.tp, pct(m.precision), pct(m.recall), pct(m.f1)];

/** langid: per-language table, per-kind table, top confusions. */
export function renderLangid(m: LangidMetrics): string {
  const kinds = Object.keys(m.perKind);
  const languages = Object.entries(m.perLanguage).map(([code, row]): Cell[] => [
    code,
    row.n,
    row.correct,
    pct(row.accuracy),
    ...kinds.map((k) => {
      const c = m.perLanguageKind[`${code}/${k}`];
      return c ? pct(c.accuracy) : '';
    }),
    row.predicted,
    pct(row.precision),
  ]);
  const parts = [
    `accuracy ${pct(m.accuracy)}% (${m.correct}/${m.n})`,
    '',
    formatTable(
      ['lang', 'n', 'correct', 'acc%', ...kinds.map((k) => `${k} acc%`), 'predicted', 'prec%'],
      [...languages, null, ['all', m.n, m.correct, pct(m.accuracy), ...kinds.map((k) => pct(m.perKind[k]!.accuracy)), m.n, '']],
    ),
    '',
    formatTable(
      ['kind', 'n', 'correct', 'acc%'],
      Object.entries(m.perKind).map(([k, row]) => [k, row.n, row.correct, pct(row.accuracy)]),
    ),
  ];
  if (m.confusions.length > 0) {
    parts.push('', formatTable(['gold', 'predicted', 'count'], m.confusions.map((c) => [c.gold, c.predicted, c.count])));
  }
  return parts.join('\n');
}

/** langid headline. */
export function summarizeLangid(m: LangidMetrics): Summary {
  return [['acc%', pct(m.accuracy)]];
}

/** ner: per type exact-span and token-level P/R/F1, normal-form accuracy. */
export function renderNer(m: NerMetrics): string {
  const row = (label: string, span: Prf, token: Prf): Cell[] => [
    label,
    ...prfCells(span),
    pct(token.precision),
    pct(token.recall),
    pct(token.f1),
  ];
  return [
    formatTable(
      ['type', 'gold', 'pred', 'exact', 'P%', 'R%', 'F1%', 'tok P%', 'tok R%', 'tok F1%'],
      [...m.types.map((t) => row(t, m.spans[t]!, m.tokens[t]!)), null, row('micro', m.micro, m.tokensMicro)],
    ),
    '',
    `normal form (gold PER with normal): ${m.normal.correct}/${m.normal.matched} matched spans right = ${pct(m.normal.accuracy)}%` +
      ` (${m.normal.goldWithNormal} gold spans with normal)`,
    `excluded gold spans: ${m.excluded.nested} nested, ${m.excluded.misc} MISC, ${m.excluded.other} other types`,
  ].join('\n');
}

/** ner headline. */
export function summarizeNer(m: NerMetrics): Summary {
  return [
    ...m.types.map((t): [string, Cell] => [`${t} F1%`, pct(m.spans[t]!.f1)]),
    ['micro F1%', pct(m.micro.f1)],
    ['tok F1%', pct(m.tokensMicro.f1)],
    ['normal%', pct(m.normal.accuracy)],
  ];
}

/** quotes: span P/R/F1 rows labelled by {@link quoteRows} (the headline first), kinds, speaker accuracy. */
export function renderQuotes(m: QuotesMetrics): string {
  const parts = [
    formatTable(['quotes', 'gold', 'pred', 'matched', 'P%', 'R%', 'F1%'], quoteRows(m).map((r) => [r.label, ...prfCells(r)])),
    '',
    `speaker accuracy: ${m.speaker.correct}/${m.speaker.n} = ${pct(m.speaker.accuracy)}%` +
      (m.speakerCoref.n > 0 ? `; coref-derived gold: ${m.speakerCoref.correct}/${m.speakerCoref.n} = ${pct(m.speakerCoref.accuracy)}%` : '') +
      `; mean IoU of matched ${m.meanIoU.toFixed(3)}`,
  ];
  const goldKinds = Object.entries(m.goldKinds);
  if (goldKinds.length > 0) {
    parts.push('', formatTable(['gold kind', 'n', 'matched', 'R%'], goldKinds.map(([k, v]) => [k, v.n, v.matched, pct(v.recall)])));
  }
  const predKinds = Object.entries(m.predictedKinds);
  if (predKinds.length > 0) {
    parts.push('', formatTable(['pred kind', 'n', 'matched', 'P%'], predKinds.map(([k, v]) => [k, v.n, v.matched, pct(v.precision)])));
  }
  return parts.join('\n');
}

/** quotes headline. */
export function summarizeQuotes(m: QuotesMetrics): Summary {
  // The headline row's counts: on a direct-only gold set, indirect predictions are not counted.
  return [
    ['gold', m.tp + m.fn],
    ['pred', m.tp + m.fp],
    ['P%', pct(m.precision)],
    ['R%', pct(m.recall)],
    ['F1%', pct(m.f1)],
    ['speaker%', pct(m.speaker.accuracy)],
  ];
}

/** keywords: macro (per-document mean, headline) and micro P/R/F1 at k. */
export function renderKeywords(m: KeywordsMetrics): string {
  return [
    formatTable(
      ['average', `P@${m.k}%`, `R@${m.k}%`, `F1@${m.k}%`],
      [
        ['per document (headline)', pct(m.macro.precision), pct(m.macro.recall), pct(m.macro.f1)],
        ['pooled', pct(m.micro.precision), pct(m.micro.recall), pct(m.micro.f1)],
      ],
    ),
    '',
    `${m.docs - m.skipped} documents scored (${m.skipped} without gold keywords); ` +
      `mean ${m.meanPredicted.toFixed(1)} predicted and ${m.meanGold.toFixed(1)} gold keys per document`,
  ].join('\n');
}

/** keywords headline. */
export function summarizeKeywords(m: KeywordsMetrics): Summary {
  return [
    [`P@${m.k}%`, pct(m.macro.precision)],
    [`R@${m.k}%`, pct(m.macro.recall)],
    [`F1@${m.k}%`, pct(m.macro.f1)],
  ];
}

/** related: mean P@k, ceiling, largest groups. */
export function renderRelated(m: RelatedMetrics, topGroups = 12): string {
  const groups = Object.entries(m.perGroup)
    .sort(([a, x], [b, y]) => y.n - x.n || a.localeCompare(b))
    .slice(0, topGroups);
  return [
    `mean P@${m.k} ${pct(m.precision)}% (ceiling ${pct(m.ceiling)}% given group sizes); ` +
      `${m.noNeighbours}/${m.docs} articles without neighbours; mean ${m.meanReturned.toFixed(2)} neighbours returned`,
    '',
    formatTable(
      ['group (largest)', 'n', `P@${m.k}%`],
      groups.map(([g, v]) => [g, v.n, pct(v.precision)]),
    ),
  ].join('\n');
}

/** related headline. */
export function summarizeRelated(m: RelatedMetrics): Summary {
  return [
    [`P@${m.k}%`, pct(m.precision)],
    ['ceiling%', pct(m.ceiling)],
  ];
}

const f1Cell = (v: number | null): Cell => (v === null ? '-' : pct(v));

/** articles: one row per article, then means. */
export function renderArticles(m: ArticlesMetrics): string {
  const rows: (Cell[] | null)[] = m.articles.map((a) => [
    a.id,
    a.lang,
    a.language === undefined ? '' : a.languageCorrect ? a.language : `${a.language}✗`,
    pct(a.bodyIoU),
    `${a.people.tp}/${a.people.tp + a.people.fn}/${a.people.tp + a.people.fp}`,
    f1Cell(a.people.f1),
    f1Cell(a.surnames.f1),
    `${a.countries.tp}/${a.countries.tp + a.countries.fn}/${a.countries.tp + a.countries.fp}`,
    f1Cell(a.countries.f1),
    a.headlineLeaks,
    a.chromeLeaks,
  ]);
  rows.push(null, [
    'mean',
    '',
    pct(m.languageAccuracy),
    pct(m.bodyIoU),
    '',
    pct(m.people.meanF1),
    pct(m.surnames.meanF1),
    '',
    pct(m.countries.meanF1),
    m.headlineLeaks,
    m.chromeLeaks,
  ]);
  rows.push([
    'pooled',
    '',
    '',
    '',
    `${m.people.micro.tp}/${m.people.micro.tp + m.people.micro.fn}/${m.people.micro.tp + m.people.micro.fp}`,
    pct(m.people.micro.f1),
    pct(m.surnames.micro.f1),
    `${m.countries.micro.tp}/${m.countries.micro.tp + m.countries.micro.fn}/${m.countries.micro.tp + m.countries.micro.fp}`,
    pct(m.countries.micro.f1),
    '',
    '',
  ]);
  return [
    formatTable(
      ['article', 'lang', 'detected', 'body IoU%', 'people ok/gold/pred', 'people F1%', 'surname F1%', 'countries ok/gold/pred', 'countries F1%', 'headline leaks', 'chrome leaks'],
      rows,
    ),
    '',
    'headline leaks: gold lists of other headlines (related/popular/next ...) inside the predicted body; must be 0.',
    'chrome leaks: any gold chrome outside the gold body that the predicted body overlaps.',
  ].join('\n');
}

/** articles headline. */
export function summarizeArticles(m: ArticlesMetrics): Summary {
  return [
    ['body IoU%', pct(m.bodyIoU)],
    ['people F1%', pct(m.people.micro.f1)],
    ['surname F1%', pct(m.surnames.micro.f1)],
    ['countries F1%', pct(m.countries.micro.f1)],
    ['headline leaks', m.headlineLeaks],
    ['lang acc%', pct(m.languageAccuracy)],
  ];
}

/** A summary table: one row per label (file or language) with the same headline columns. */
export function renderSummaries(label: string, rows: readonly { name: string; docs: number; summary: Summary }[]): string {
  const columns = rows[0]?.summary.map(([c]) => c) ?? [];
  return formatTable(
    [label, 'docs', ...columns],
    rows.map((r) => [r.name, r.docs, ...r.summary.map(([, v]) => v)]),
  );
}
