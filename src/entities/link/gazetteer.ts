/**
 * The gazetteer: countries, places, organizations and events of data/gazetteer (built by
 * scripts/build-gazetteer.mjs), indexed by surface form once per process.
 *
 * Surface forms are looked up as written in the text: lowercase-folded for names, exact for
 * acronyms (`US`, `WHO`, `РК` match only in capitals, so "us" and "who" stay words). Russian names
 * are indexed with their case forms (Северо-Казахстанской области, Кызылорде); Kazakh names only
 * in the nominative, because the Kazakh recognizer strips case and possessive suffixes first
 * (Қазақстанның → Қазақстан) before it looks up.
 * @module
 */
import countriesData from '../../../data/gazetteer/countries.json' with { type: 'json' };
import placesData from '../../../data/gazetteer/places.json' with { type: 'json' };
import orgsData from '../../../data/gazetteer/orgs.json' with { type: 'json' };
import { countryId } from './keys.js';

// Typed views of the JSON tables (TypeScript infers literal-ish shapes that differ row by row).
const COUNTRIES = (countriesData as unknown as { countries: RawEntry[] }).countries;
const PLACES = (placesData as unknown as { places: RawEntry[] }).places;
const ORGS = (orgsData as unknown as { orgs: RawEntry[] }).orgs;

/** The languages the gazetteer has names in. */
export type GazetteerLang = 'ru' | 'kk' | 'en';

/** What an entry is: a country, a kind of place, or a kind of organization or event. */
export type GazetteerType =
  | 'country'
  | 'capital' | 'city' | 'region' | 'district'
  | 'org' | 'state' | 'company' | 'party' | 'event';

/** One entity of the gazetteer, as the lookups return it (frozen, shared). */
export interface GazetteerEntry {
  /** Language-independent id: `country:KZ`, `place:almaty`, `org:csto`, `event:olympic-games`. */
  readonly id: string;
  readonly type: GazetteerType;
  /** Canonical name per language. */
  readonly name: Readonly<Record<GazetteerLang, string>>;
  /** ISO alpha-2 code of the country a place or state body belongs to. */
  readonly country?: string;
  /**
   * True when this name is also a common word, a person, a river, a continent or another entity
   * (Того, Turkey, Абай, Кремль): the recognizer should want more evidence (capital letter not at
   * sentence start, a cue word) before it links.
   */
  readonly ambiguous?: boolean;
}

/** A country found through an adjective ("казахстанский", "Kazakhstani", "қазақстандық"). */
export interface AdjectiveHit {
  readonly entry: GazetteerEntry;
  /** The adjective is also a language or ethnos ("казахский", "Kazakh") or a part of the country. */
  readonly ambiguous: boolean;
}

/** Lookups over the gazetteer; built once by {@link loadGazetteer}. */
export interface Gazetteer {
  /** A country by one of its names or (Russian) case forms; `lang` restricts the names tried. */
  countryByName(form: string, lang?: GazetteerLang): GazetteerEntry | undefined;
  /** A country by an adjective in any form ("узбекских", "Kazakhstani", "ресейлік"). */
  countryByAdjective(form: string, lang?: GazetteerLang): AdjectiveHit | undefined;
  /** Every country of a compound adjective: "узбекско-казахстанских" → UZ, KZ. */
  countriesByAdjective(form: string, lang?: GazetteerLang): AdjectiveHit[];
  /** A city, capital or region by name or (Russian) case form. */
  placeByName(form: string, lang?: GazetteerLang): GazetteerEntry | undefined;
  /** An organization, state body, company, party or event by name, acronym or case form. */
  orgByName(form: string, lang?: GazetteerLang): GazetteerEntry | undefined;
  /** Every entry of any table with this name, countries first, then places, then organizations. */
  lookup(form: string, lang?: GazetteerLang): GazetteerEntry[];
  /** The entry with this id. */
  byId(id: string): GazetteerEntry | undefined;
  /** Most words in any name: recognizers try word n-grams up to this length. */
  readonly maxWords: number;
  /**
   * True when some name of any table and language starts with these whole words (as written or
   * case-folded), so a recognizer can stop extending an n-gram as soon as nothing can match.
   */
  startsName?(words: string): boolean;
  /** Entries per table. */
  readonly size: { readonly countries: number; readonly places: number; readonly orgs: number };
}

const LANGS: readonly GazetteerLang[] = ['ru', 'kk', 'en'];

/** Shape of the rows in data/gazetteer/*.json. */
interface RawEntry {
  key?: string;
  code?: string;
  type?: string;
  country?: string;
  name: Record<GazetteerLang, string>;
  /** The names, folded (normalizeForm): their own lookup keys. */
  nameKeys: Record<GazetteerLang, string[]>;
  /** The names that are acronyms, case-kept: matched only as written. */
  acronyms?: Partial<Record<GazetteerLang, string[]>>;
  /** Russian case forms of the names, folded. */
  forms: string[];
  ambiguous?: boolean;
  ambiguousNames?: string[];
  adjectives?: Record<GazetteerLang, string[]>;
  ambiguousAdjectives?: Record<GazetteerLang, string[]>;
}

/**
 * The lookup form of a surface string: NFC, quotes dropped, dashes spaced alike, spaces
 * collapsed, lowercase, ё → е. Must match normalizeForm in scripts/build-gazetteer.mjs.
 */
export function normalizeForm(s: string): string {
  let folded = foldedCache.get(s);
  if (folded === undefined) {
    folded = caseKept(s).toLowerCase().replace(/ё/g, 'е');
    if (foldedCache.size >= MAX_CACHED_FORMS) foldedCache.clear();
    foldedCache.set(s, folded);
  }
  return folded;
}

/**
 * Recognizers look up the same few thousand forms in every article: remembering them turns a
 * chain of regular expressions per lookup into one map read. Bounded, so archives don't grow it.
 */
const caseKeptCache = new Map<string, string>();
const foldedCache = new Map<string, string>();
const MAX_CACHED_FORMS = 100_000;

/** {@link normalizeForm} without lowercasing: the key of acronyms. */
function caseKept(s: string): string {
  let kept = caseKeptCache.get(s);
  if (kept === undefined) {
    kept = computeCaseKept(s);
    if (caseKeptCache.size >= MAX_CACHED_FORMS) caseKeptCache.clear();
    caseKeptCache.set(s, kept);
  }
  return kept;
}

function computeCaseKept(s: string): string {
  return s.normalize('NFC').replace(/[«»“”„"]/g, '').replace(/[’`ʼ]/g, "'").replace(/[—–‑]/g, ' - ')
    // Spaces around the dash collapse here: `\s*` around it in one regex would backtrack.
    .replace(/\s+/g, ' ').trim().replace(/Ё/g, 'Е').replace(/ё/g, 'е');
}

type Bucket = Map<string, GazetteerEntry[]>;
type Scope = GazetteerLang | '*';

/**
 * The keys of one kind (folded or acronym) of one table, in insertion order, and the per-language
 * maps over them, each built on its first lookup: a Russian article only ever asks the `ru` scope,
 * so the `*`, `kk` and `en` maps (three quarters of the map writes) are not built for it. Building
 * every scope eagerly was a third of the cold loadGazetteer() cost (about 35 of 110 ms CPU).
 */
class ScopedKeys {
  private readonly keys: string[] = [];
  private readonly entries: GazetteerEntry[] = [];
  private readonly langs: GazetteerLang[] = [];
  private readonly scopes = new Map<Scope, Bucket>();

  add(key: string, entry: GazetteerEntry, lang: GazetteerLang): void {
    this.keys.push(key);
    this.entries.push(entry);
    this.langs.push(lang);
  }

  get(key: string, scope: Scope): GazetteerEntry[] | undefined {
    let bucket = this.scopes.get(scope);
    if (!bucket) this.scopes.set(scope, (bucket = this.bucket(scope)));
    return bucket.get(key);
  }

  /** Same lists as adding the keys one by one: insertion order, the first entry of an id kept. */
  private bucket(scope: Scope): Bucket {
    const bucket: Bucket = new Map();
    for (let i = 0; i < this.keys.length; i++) {
      if (scope !== '*' && this.langs[i] !== scope) continue;
      const entry = this.entries[i]!;
      const list = bucket.get(this.keys[i]!);
      if (!list) bucket.set(this.keys[i]!, [entry]);
      else if (!hasId(list, entry.id)) list.push(entry);
    }
    return bucket;
  }
}

function hasId(list: readonly GazetteerEntry[], id: string): boolean {
  for (const e of list) if (e.id === id) return true;
  return false;
}

/** Name → entries, for any language and per language; acronyms in their own case-kept maps. */
class NameIndex {
  private readonly folded = new ScopedKeys();
  private readonly exact = new ScopedKeys();

  /** @param prefixes receives every word prefix of every key ("северо-казахстанской", "северо-казахстанской области"). */
  constructor(private readonly prefixes: Set<string>) {}

  /**
   * Adds a lookup key of data/gazetteer. scripts/build-gazetteer.mjs stores them as the runtime
   * would compute them (a test checks it on the data): names and case forms folded, acronyms
   * case-kept. Normalizing and classifying ~3,000 names here was a third of the cold build.
   * @returns the number of words of the key.
   */
  add(entry: GazetteerEntry, key: string, lang: GazetteerLang, acronym = false): number {
    let words = 1;
    for (let k = key.indexOf(' '); k > 0; k = key.indexOf(' ', k + 1)) {
      this.prefixes.add(key.slice(0, k));
      words++;
    }
    this.prefixes.add(key);
    (acronym ? this.exact : this.folded).add(key, entry, lang);
    return words;
  }

  get(form: string, lang?: GazetteerLang): GazetteerEntry[] {
    const scope = lang ?? '*';
    return this.exact.get(caseKept(form), scope) ?? this.folded.get(normalizeForm(form), scope) ?? [];
  }
}

/** Russian adjective endings after the stems we store (казахстанск|ий, |ого, узбекск|о-). */
const RU_ADJ_ENDINGS = ['ими', 'ого', 'ому', 'ий', 'ая', 'ое', 'ие', 'им', 'ом', 'ой', 'ую', 'их', 'ою', 'о'];

let cached: Gazetteer | undefined;

/** Loads the gazetteer tables into lookup maps, once per process; later calls return the same object. */
export function loadGazetteer(): Gazetteer {
  return (cached ??= build());
}

function build(): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const prefixes = new Set<string>();
  const startsCache = new Map<string, boolean>();
  const countries = new NameIndex(prefixes);
  const places = new NameIndex(prefixes);
  const orgs = new NameIndex(prefixes);
  const adjectives = new Map<GazetteerLang, Map<string, AdjectiveHit>>(LANGS.map((l) => [l, new Map()]));
  let maxWords = 1;

  const index = (target: NameIndex, raw: RawEntry, entry: GazetteerEntry): void => {
    const vague = raw.ambiguousNames?.length ? new Set(raw.ambiguousNames) : undefined;
    const vagueEntry: GazetteerEntry = vague ? Object.freeze({ ...entry, ambiguous: true }) : entry;
    for (const lang of LANGS) {
      for (const key of raw.nameKeys[lang]) {
        maxWords = Math.max(maxWords, target.add(vague?.has(key) ? vagueEntry : entry, key, lang));
      }
      // ambiguousNames are folded: an acronym is vague when its lowercase is listed.
      for (const key of raw.acronyms?.[lang] ?? []) {
        maxWords = Math.max(maxWords, target.add(vague?.has(key.toLowerCase()) ? vagueEntry : entry, key, lang, true));
      }
    }
    // Case forms have as many words as their names, so maxWords needs only the names.
    for (const form of raw.forms) target.add(vague?.has(form) ? vagueEntry : entry, form, 'ru');
  };

  for (const raw of COUNTRIES) {
    const entry: GazetteerEntry = Object.freeze({ id: countryId(raw.code!), type: 'country', name: Object.freeze(raw.name) });
    byId.set(entry.id, entry);
    index(countries, raw, entry);
    for (const [field, ambiguous] of [['adjectives', false], ['ambiguousAdjectives', true]] as const) {
      for (const lang of LANGS) {
        for (const adj of raw[field]?.[lang] ?? []) {
          // Stems are stored folded by scripts/build-gazetteer.mjs: each is its own key. The first
          // country listed for a stem keeps it (корейск → KR before KP's own stems).
          if (!adjectives.get(lang)!.has(adj)) adjectives.get(lang)!.set(adj, Object.freeze({ entry, ambiguous }));
        }
      }
    }
  }
  const addTable = (rows: RawEntry[], target: NameIndex, prefix: (raw: RawEntry) => string): void => {
    for (const raw of rows) {
      const entry: GazetteerEntry = Object.freeze({
        id: `${prefix(raw)}:${raw.key}`,
        type: raw.type as GazetteerType,
        name: Object.freeze(raw.name),
        ...(raw.country ? { country: raw.country } : {}),
        ...(raw.ambiguous ? { ambiguous: true } : {}),
      });
      byId.set(entry.id, entry);
      index(target, raw, entry);
    }
  };
  addTable(PLACES, places, () => 'place');
  addTable(ORGS, orgs, (raw) => (raw.type === 'event' ? 'event' : 'org'));

  const adjective = (form: string, lang?: GazetteerLang): AdjectiveHit | undefined => {
    const word = normalizeForm(form);
    for (const l of lang ? [lang] : LANGS) {
      const table = adjectives.get(l)!;
      const hit = table.get(word) ?? (l === 'en' && word.endsWith('s') ? table.get(word.slice(0, -1)) : undefined);
      if (hit) return hit;
      if (l !== 'ru') continue;
      for (const ending of RU_ADJ_ENDINGS) {
        if (word.length > ending.length + 2 && word.endsWith(ending)) {
          const stemHit = table.get(word.slice(0, -ending.length));
          if (stemHit) return stemHit;
        }
      }
    }
    return undefined;
  };

  return Object.freeze({
    countryByName: (form: string, lang?: GazetteerLang) => countries.get(form, lang)[0],
    countryByAdjective: adjective,
    countriesByAdjective(form: string, lang?: GazetteerLang): AdjectiveHit[] {
      const whole = adjective(form, lang);
      if (whole) return [whole];
      const parts = normalizeForm(form).split('-');
      if (parts.length < 2) return [];
      const hits = parts.map((p) => adjective(p, lang));
      return hits.every(Boolean) ? (hits as AdjectiveHit[]) : [];
    },
    placeByName: (form: string, lang?: GazetteerLang) => places.get(form, lang)[0],
    orgByName: (form: string, lang?: GazetteerLang) => orgs.get(form, lang)[0],
    lookup: (form: string, lang?: GazetteerLang) => [...countries.get(form, lang), ...places.get(form, lang), ...orgs.get(form, lang)],
    byId: (id: string) => byId.get(id),
    startsName(words: string): boolean {
      // Asked for nearly every token: one map read instead of two normalizations and two set reads.
      let starts = startsCache.get(words);
      if (starts === undefined) {
        starts = prefixes.has(normalizeForm(words)) || prefixes.has(caseKept(words));
        if (startsCache.size >= MAX_CACHED_FORMS) startsCache.clear();
        startsCache.set(words, starts);
      }
      return starts;
    },
    maxWords,
    size: Object.freeze({
      countries: COUNTRIES.length,
      places: PLACES.length,
      orgs: ORGS.length,
    }),
  });
}

/**
 * The coarse class of an entry that taggers use as a feature: `country`, `place` (capitals,
 * cities, regions, districts), `event` or `org`.
 */
export function entryClass(entry: GazetteerEntry): 'country' | 'place' | 'event' | 'org' {
  if (entry.type === 'country') return 'country';
  if (entry.type === 'capital' || entry.type === 'city' || entry.type === 'region' || entry.type === 'district') return 'place';
  return entry.type === 'event' ? 'event' : 'org';
}
