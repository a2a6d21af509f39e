/**
 * Other libraries doing one of our stages, timed on the same texts in the same run. Grouped by
 * task; a peer for another task (e.g. `compromise` for English entities) is one more entry with
 * `task: 'entities'` and `langs: ['en']`.
 * @module
 */
import { importSrc } from './stages.js';

export type Task = 'language' | 'entities';

export interface PeerRunner {
  run: (text: string) => unknown;
  /** Turns `run`'s output into an ISO 639-1 code, for the agreement-with-gold column. */
  label?: (output: unknown) => string;
}

export interface Peer {
  task: Task;
  name: string;
  /** Run only with `--all-peers` (keeps the default run under two minutes). */
  optional?: boolean;
  /** Only corpora whose gold language is one of these (all when absent). */
  langs?: readonly string[];
  /** Loads the library; an error string when it is not installed or not written yet. */
  load: () => Promise<PeerRunner | { error: string }>;
}

/** The detector's 17 languages, ISO 639-1 → the ISO 639-3 code franc uses. */
export const FRANC_CODES: Record<string, string> = {
  ru: 'rus', kk: 'kaz', en: 'eng', uz: 'uzn', ky: 'kir', tg: 'tgk', tk: 'tuk', az: 'azj', tr: 'tur',
  uk: 'ukr', be: 'bel', tt: 'tat', ba: 'bak', mn: 'khk', zh: 'cmn', de: 'deu', fr: 'fra',
};
const FROM_FRANC = new Map(Object.entries(FRANC_CODES).map(([one, three]) => [three, one]));

export const PEERS: Peer[] = [
  {
    task: 'language',
    name: 'ours detectLanguage',
    load: async () => {
      const loaded = await importSrc('language/index.js');
      if ('error' in loaded) return loaded;
      const detect = loaded.module.detectLanguage as ((text: string) => { code: string }) | undefined;
      if (typeof detect !== 'function') return { error: 'src/language/index.ts has no detectLanguage export' };
      return { run: (text) => detect(text), label: (out) => (out as { code: string }).code };
    },
  },
  francPeer('franc', 'franc'),
  // Same n-gram method and, for these 17 languages, nearly the same profiles: opt-in.
  { ...francPeer('franc-all', 'franc-all'), optional: true },
  {
    task: 'entities',
    name: 'ours enrich (en)',
    langs: ['en'],
    load: async () => {
      const [index, pack] = await Promise.all([importSrc('index.js'), importSrc('languages/en/index.js')]);
      if ('error' in index) return index;
      if ('error' in pack) return pack;
      const create = index.module.createEnricher as (o: { packs: unknown[] }) => Promise<{ enrich: (i: { text: string; lang: string }) => unknown }>;
      const enricher = await create({ packs: [pack.module.en] });
      return { run: (text) => enricher.enrich({ text, lang: 'en' }) };
    },
  },
  // compromise's people, places and organizations (`topics()`): the English entity extractor the
  // issue measures against (span F1 .482 on CoNLL test; ours .866 on CoNLL dev, npm run eval).
  {
    task: 'entities',
    name: 'compromise topics()',
    langs: ['en'],
    load: async () => {
      try {
        const nlp = ((await import('compromise')) as unknown as { default: (t: string) => { topics: () => { json: () => unknown } } }).default;
        return { run: (text) => nlp(text).topics().json() };
      } catch (error) {
        return { error: `compromise not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
      }
    },
  },
];

/**
 * franc restricted (`only`) to the same 17 languages, codes mapped back to ISO 639-1.
 * Neither franc nor franc-all has a Bashkir profile, so `bak` never wins. franc reads only the
 * first 2048 characters of a text (its default `maxLength`), so on long texts its MB/s counts
 * bytes it never looked at; ours reads up to 20,000.
 */
function francPeer(name: string, pkg: string): Peer {
  const only = Object.values(FRANC_CODES);
  return {
    task: 'language',
    name: `${name} (only 17)`,
    load: async () => {
      try {
        const m = (await import(pkg)) as { franc: (text: string, options?: { only?: string[] }) => string };
        return { run: (text) => m.franc(text, { only }), label: (out) => FROM_FRANC.get(out as string) ?? 'und' };
      } catch (error) {
        return { error: `${pkg} not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
      }
    },
  };
}
