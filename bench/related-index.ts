/**
 * RelatedIndex at scale: builds an index of N synthetic articles and times top-k queries.
 *
 *   npx tsx bench/related-index.ts [--articles 100000] [--queries 500] [--keyword-tags 40] [--json]
 *
 * The synthetic tag sets copy the shape of real enrichments (measured on the related dev sets:
 * about 40 keyword tags and a handful of entity tags per article): keyword tags drawn from a
 * Zipf-like vocabulary (a few words in many articles, most in few), a few people, places and
 * organizations from Zipf-like pools, and countries, one of which is in about half the articles
 * (the "country in every article" case that must not make queries slow). Each article belongs to
 * a synthetic story whose tags its members share, so queries have real neighbours to find.
 *
 * Latency is per query, CPU time of this process (`process.cpuUsage`), so other processes on a
 * shared machine do not inflate it; the budget is a median ≤ 10 ms at 100,000 articles.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { RelatedIndex } from '../src/tags/related-index.js';

/** What to build and how many queries to time. */
export interface RelatedBenchOptions {
  /** Articles in the index (default 100,000). */
  articles?: number;
  /** Queries timed, by ids spread evenly over the index (default 500). */
  queries?: number;
  /** Neighbours asked per query (default 5, as in the eval). */
  top?: number;
  /** Seed of the tag generator, so runs are comparable (default 1). */
  seed?: number;
  /** Keyword tags per article (default 40, what 40 keywords give; 80 with 100 keywords). */
  keywordTags?: number;
}

/** What {@link benchRelatedIndex} measured. */
export interface RelatedBenchResult {
  articles: number;
  queries: number;
  /** Mean tags per synthetic article. */
  tagsPerArticle: number;
  /** Distinct tags in the index. */
  distinctTags: number;
  /** CPU ms to add every article. */
  buildMs: number;
  /** CPU ms of the first query after the build (it computes the weights the next ones reuse). */
  firstQueryMs: number;
  /** Median and 95th percentile CPU ms per query, after the first. */
  queryMedianMs: number;
  queryP95Ms: number;
  /** Mean hits returned per query (should be `top`). */
  meanHits: number;
}

/** Vocabulary sizes and counts per article of the synthetic tag sets. */
const SHAPE = {
  keywordVocabulary: 200_000,
  keywordsPerArticle: 40,
  /** Of an article's keywords, how many it takes from its story (the rest are its own). */
  storyKeywords: 12,
  people: 50_000,
  places: 5_000,
  orgs: 20_000,
  countries: 200,
  /** Articles per synthetic story. */
  storySize: 8,
};

/** Builds the index and times `queries` queries; deterministic tag sets for a given seed. */
export function benchRelatedIndex(options: RelatedBenchOptions = {}): RelatedBenchResult {
  const articles = options.articles ?? 100_000;
  const queries = Math.min(options.queries ?? 500, articles);
  const top = options.top ?? 5;
  const docs = syntheticArticles(articles, options.seed ?? 1, options.keywordTags);

  const index = new RelatedIndex();
  const buildStart = process.cpuUsage();
  docs.forEach((tags, i) => index.add(idOf(i), tags));
  const buildMs = cpuMs(buildStart);

  const times: number[] = [];
  let hits = 0;
  let firstQueryMs = 0;
  for (let q = 0; q <= queries; q++) {
    const id = idOf(Math.floor((q * articles) / (queries + 1)));
    const start = process.cpuUsage();
    const found = index.query(id, { top }).length;
    const ms = cpuMs(start);
    if (q === 0) firstQueryMs = ms;
    else {
      times.push(ms);
      hits += found;
    }
  }
  times.sort((a, b) => a - b);
  const tagCount = docs.reduce((sum, tags) => sum + tags.length, 0);
  return {
    articles,
    queries,
    tagsPerArticle: round(tagCount / articles),
    distinctTags: new Set(docs.flat()).size,
    buildMs: round(buildMs),
    firstQueryMs: round(firstQueryMs),
    queryMedianMs: round(quantile(times, 0.5)),
    queryP95Ms: round(quantile(times, 0.95)),
    meanHits: round(hits / Math.max(1, queries)),
  };
}

/** Tag sets of `n` synthetic articles (see the module comment for their shape). */
export function syntheticArticles(n: number, seed = 1, keywordTags = SHAPE.keywordsPerArticle): string[][] {
  const random = mulberry32(seed);
  const keyword = zipf(SHAPE.keywordVocabulary, 1.0, random);
  const person = zipf(SHAPE.people, 1.1, random);
  const place = zipf(SHAPE.places, 1.1, random);
  const org = zipf(SHAPE.orgs, 1.1, random);
  const country = zipf(SHAPE.countries, 1.3, random);
  const docs: string[][] = [];
  let story: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % SHAPE.storySize === 0) {
      // A story: its people, place and theme words, shared by its articles.
      story = [`person:p${person()}`, `place:l${place()}`, ...Array.from({ length: SHAPE.storyKeywords * 2 }, () => `keyword:ru:w${keyword()}`)];
    }
    const tags = new Set<string>();
    tags.add('country:KZ'); // the home country: in every other article (see below)
    if (random() >= 0.5) tags.delete('country:KZ');
    for (let c = 1 + Math.floor(random() * 3); c > 0; c--) tags.add(`country:c${country()}`);
    tags.add(story[0]!);
    if (random() < 0.7) tags.add(story[1]!);
    for (let e = Math.floor(random() * 4); e > 0; e--) tags.add(`person:p${person()}`);
    for (let e = Math.floor(random() * 3); e > 0; e--) tags.add(`org:o${org()}`);
    for (const word of story.slice(2)) if (random() < 0.5) tags.add(word);
    while (tags.size < keywordTags + 6) tags.add(`keyword:ru:w${keyword()}`);
    docs.push([...tags]);
  }
  return docs;
}

/** A sampler of ranks 0..size-1 with P(rank r) ∝ 1 / (r + 1)^s, by binary search on the CDF. */
function zipf(size: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cdf[r] = sum += 1 / (r + 1) ** s;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A small seeded PRNG (mulberry32): the same tag sets on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const idOf = (i: number) => `a${i}`;

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function numberArg(args: readonly string[], name: string): number | undefined {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const wallStart = performance.now();
  const result = benchRelatedIndex({
    articles: numberArg(args, '--articles'),
    queries: numberArg(args, '--queries'),
    keywordTags: numberArg(args, '--keyword-tags'),
  });
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`RelatedIndex, ${result.articles} synthetic articles (${result.tagsPerArticle} tags each, ${result.distinctTags} distinct)`);
    console.log(`  build          ${result.buildMs.toFixed(0)} ms CPU`);
    console.log(`  first query    ${result.firstQueryMs.toFixed(1)} ms CPU (computes the weights)`);
    console.log(`  query median   ${result.queryMedianMs.toFixed(2)} ms CPU   p95 ${result.queryP95Ms.toFixed(2)} ms   (${result.queries} queries, top 5, ${result.meanHits} hits)`);
    console.log(`  wall total     ${((performance.now() - wallStart) / 1000).toFixed(1)} s`);
  }
}
