/**
 * Background statistics per language, built by `scripts/build-keywords.mjs` into
 * `data/keywords/{ru,kk,en}.json`: stop words and document frequencies of lemmas over a news
 * corpus (aggregate counts only). A word common across the news says little about one article.
 * @module
 */
import en from '../../data/keywords/en.json' with { type: 'json' };
import kk from '../../data/keywords/kk.json' with { type: 'json' };
import ru from '../../data/keywords/ru.json' with { type: 'json' };

/** Shape of data/keywords/*.json. */
interface BackgroundJson {
  lang: string;
  stopwords: string[];
  docs: number;
  df: Record<string, number>;
}

/** Stop words and document frequencies of one language. */
export interface Background {
  /** Lower-case words (ё as е) never to be keywords on their own. */
  readonly stopwords: ReadonlySet<string>;
  /** Inverse document frequency of a lemma key: high for rare words, never negative. */
  idf(key: string): number;
}

const RAW: Readonly<Record<string, BackgroundJson>> = { ru, kk, en } as Record<string, BackgroundJson>;
const loaded = new Map<string, Background>();

/** The background of a language (loaded on first use), or undefined for languages without one. */
export function backgroundFor(lang: string): Background | undefined {
  let bg = loaded.get(lang);
  if (bg === undefined) {
    const raw = RAW[lang];
    if (raw === undefined) return undefined;
    const df = new Map(Object.entries(raw.df));
    const n = raw.docs;
    // Unseen lemmas (df below the table's pruning threshold) count as seen once.
    const idf = (key: string) => Math.log((n + 1) / ((df.get(key) ?? 1) + 0.5));
    bg = { stopwords: new Set(raw.stopwords), idf };
    loaded.set(lang, bg);
  }
  return bg;
}
