/**
 * Whole-article scoring on real pages: body range, people, countries, chrome leaks, language.
 *
 * Rules:
 * - Body IoU: gold `[body_start, body_end)` against the predicted `body` range.
 * - People F1 by name: gold `people[].name` against the predicted person entities' `name`, both
 *   lower-cased with `ё` = `е` and spaces collapsed, as sets. "Surname" F1 is looser: a gold person
 *   matches (one to one) a predicted person having a word equal to the gold name's last word,
 *   compared by the first 5 letters (as for quote speakers).
 * - Countries F1: gold ISO codes against the `XX` of predicted `country:XX` entity ids.
 * - Chrome leaks: gold chrome spans outside the gold body (`inside_body` not true) that share a
 *   non-space character with the predicted body. `headlineLeaks` counts only lists of other
 *   articles (kinds matching {@link HEADLINE_CHROME}): that must be 0. `chromeLeaks` counts all kinds.
 * - Per-article F1 is `null` when both gold and prediction are empty (left out of the means);
 *   the pooled (micro) F1 over all articles is reported next to the mean.
 * @module
 */
import type { Enrichment } from '../types.js';
import { normalizeName } from './ner.js';
import { addCounts, compareSets, mean, prf, zeroCounts, type Counts, type Prf } from './prf.js';
import { iou, speakerStem } from './quotes.js';
import { words } from './stem.js';

/**
 * Gold chrome kinds that are lists of, or links to, other articles ("related_headlines",
 * "popular_headlines", "next_articles_list", "related_link", "latest_news" widgets). The page's own
 * headline and a duplicated teaser of the same article are not.
 */
export const HEADLINE_CHROME = /related|headlines|next_article|latest_news|popular|read_also|more_news|recommend/i;

/** A gold article record (the fields the scorer reads). */
export interface ArticleGold {
  id: string;
  lang?: string;
  text: string;
  body_start: number;
  body_end: number;
  chrome?: { start: number; end: number; kind: string; inside_body?: boolean }[];
  people?: { name: string }[];
  countries?: string[];
}

/** What the scorer needs from one enrichment. */
export interface ArticlePrediction {
  body: { start: number; end: number };
  people: string[];
  countries: string[];
  language?: string;
}

/** One article's scores. */
export interface ArticleRow {
  id: string;
  lang: string;
  bodyIoU: number;
  people: Counts & { f1: number | null };
  surnames: Counts & { f1: number | null };
  countries: Counts & { f1: number | null };
  headlineLeaks: number;
  chromeLeaks: number;
  /** Predicted language code, and whether it equals the gold one. */
  language?: string;
  languageCorrect?: boolean;
}

/** What {@link scoreArticles} returns. */
export interface ArticlesMetrics {
  docs: number;
  bodyIoU: number;
  /** Mean per-article F1 (articles with nothing on either side left out) and pooled P/R/F1. */
  people: { meanF1: number; micro: Prf };
  surnames: { meanF1: number; micro: Prf };
  countries: { meanF1: number; micro: Prf };
  /** Total leaked headline-list chrome spans (must be 0). */
  headlineLeaks: number;
  chromeLeaks: number;
  /** Share of articles whose predicted language equals the gold `lang` (when predicted). */
  languageAccuracy: number;
  articles: ArticleRow[];
}

/** The parts of an enrichment the articles task scores. */
export function enrichmentToArticlePrediction(e: Enrichment): ArticlePrediction {
  return {
    body: { start: e.body.start, end: e.body.end },
    people: e.entities.filter((x) => x.type === 'person').map((x) => x.name),
    countries: e.entities
      .filter((x) => x.type === 'country' && x.id.startsWith('country:'))
      .map((x) => x.id.slice('country:'.length).toUpperCase()),
    language: e.language.code,
  };
}

/** Scores predictions (`predicted[i]` for `gold[i]`). */
export function scoreArticles(gold: readonly ArticleGold[], predicted: readonly ArticlePrediction[]): ArticlesMetrics {
  if (gold.length !== predicted.length) {
    throw new RangeError(`scoreArticles(): ${gold.length} gold records but ${predicted.length} predictions`);
  }
  const rows: ArticleRow[] = gold.map((g, i) => scoreArticle(g, predicted[i]!));
  const pooled = (key: 'people' | 'surnames' | 'countries') => {
    const c = zeroCounts();
    for (const r of rows) addCounts(c, r[key]);
    return { meanF1: mean(rows.map((r) => r[key].f1).filter((v): v is number => v !== null)), micro: prf(c) };
  };
  const withLanguage = rows.filter((r) => r.language !== undefined);
  return {
    docs: rows.length,
    bodyIoU: mean(rows.map((r) => r.bodyIoU)),
    people: pooled('people'),
    surnames: pooled('surnames'),
    countries: pooled('countries'),
    headlineLeaks: rows.reduce((s, r) => s + r.headlineLeaks, 0),
    chromeLeaks: rows.reduce((s, r) => s + r.chromeLeaks, 0),
    languageAccuracy: mean(withLanguage.map((r) => (r.languageCorrect ? 1 : 0))),
    articles: rows,
  };
}

function scoreArticle(g: ArticleGold, p: ArticlePrediction): ArticleRow {
  const goldPeople = (g.people ?? []).map((x) => x.name);
  const people = compareSets(goldPeople.map(normalizeName), p.people.map(normalizeName));
  const surnames = surnameCounts(goldPeople, [...new Set(p.people.map(normalizeName))]);
  const countries = compareSets(
    (g.countries ?? []).map((c) => c.toUpperCase()),
    p.countries.map((c) => c.toUpperCase()),
  );
  let headlineLeaks = 0;
  let chromeLeaks = 0;
  for (const c of g.chrome ?? []) {
    if (c.inside_body === true) continue;
    const s = Math.max(c.start, p.body.start);
    const e = Math.min(c.end, p.body.end);
    if (e <= s || !/\S/.test(g.text.slice(s, e))) continue;
    chromeLeaks++;
    if (HEADLINE_CHROME.test(c.kind)) headlineLeaks++;
  }
  const lang = g.lang ?? '';
  return {
    id: g.id,
    lang,
    bodyIoU: iou({ start: g.body_start, end: g.body_end }, p.body),
    people: withF1(people),
    surnames: withF1(surnames),
    countries: withF1(countries),
    headlineLeaks,
    chromeLeaks,
    ...(p.language !== undefined ? { language: p.language, languageCorrect: p.language === lang } : {}),
  };
}

/** One-to-one matching of gold people to predicted names by surname stem. */
function surnameCounts(goldNames: readonly string[], predictedNames: readonly string[]): Counts {
  const unique = [...new Set(goldNames.map(normalizeName))];
  const used = new Set<number>();
  let tp = 0;
  for (const name of unique) {
    const last = words(name).at(-1);
    if (last === undefined) continue;
    const key = speakerStem(last);
    const j = predictedNames.findIndex((p, k) => !used.has(k) && words(p).some((w) => speakerStem(w) === key));
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return { tp, fp: predictedNames.length - tp, fn: unique.length - tp };
}

function withF1(c: Counts): Counts & { f1: number | null } {
  return { ...c, f1: c.tp + c.fp + c.fn === 0 ? null : prf(c).f1 };
}
