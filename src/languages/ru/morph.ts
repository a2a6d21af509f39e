/**
 * Russian morphology: the OpenCorpora dictionary of `az` (MIT), which knows lemmas, case,
 * gender, number and the name grammemes (Name, Surn, Patr, Geox, Orgn). Loaded once,
 * asynchronously, by az's own loader (file system in Node, fetch in the browser); words are then
 * read from the same files by opencorpora.ts, which gives az's very readings several times
 * faster. Every word's analysis is cached, because news vocabulary repeats heavily.
 * @module
 */
import Az from 'az';
import type { WordAnalysis } from '../pack.js';
import { createOpenCorporaAnalyzer, type OpenCorporaFiles, type OpenCorporaReading, type OpenCorporaTag } from './opencorpora.js';

/** One morphological reading of a word (lemma lower case, ё kept as the dictionary has it). */
export interface RussianParse extends WordAnalysis {
  /** True when the word is in the dictionary; false for readings az guessed from the word's ending. */
  known: boolean;
}

/** Grammemes worth carrying: they are what entity recognition asks about. */
const KEPT_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr', 'Init', 'anim', 'inan', 'Fixd', 'Sgtm', 'Pltm'];

/**
 * az's options for every parse. Its defaults, except `stutter: 0`: by default az also looks a
 * word up with each doubled letter merged ("поддержать" → "подержать", "трассе" → "трасе"),
 * which costs a second dictionary walk on every word with a double letter and only adds wrong
 * readings for edited news text (stutter is for chat spelling like "нееет").
 */
const AZ_CONFIG: Readonly<Record<string, unknown>> = { stutter: 0 };

/** The loaded analyzer. */
export interface RussianMorphology {
  /** All readings of a word, most likely first; cached. */
  parse(word: string): readonly RussianParse[];
  /** The most likely lemma of a word (lower case). */
  lemma(word: string): string;
  /**
   * The word put into the given grammemes (e.g. ['nomn'] or ['nomn', 'sing']) from the reading
   * at `parseIndex`; undefined when az cannot inflect it.
   */
  inflect(word: string, grammemes: readonly string[], parseIndex?: number): string | undefined;
}

/** Where the dictionaries are: a folder path in Node (default: the one az ships), a URL in the browser. */
export interface MorphologyOptions {
  dictionaries?: string;
}

let loading: Promise<RussianMorphology> | undefined;

/** Loads the dictionaries once per process (about 12 MB, a few hundred ms) and returns the analyzer. */
export function loadRussianMorphology(options: MorphologyOptions = {}): Promise<RussianMorphology> {
  loading ??= new Promise<CapturedFiles>((resolve, reject) => {
    const files: CapturedFiles = new Map();
    const restore = withoutExternalTags(files);
    const done = (err: unknown) => {
      restore();
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(files);
    };
    if (options.dictionaries) Az.Morph.init(options.dictionaries, done);
    else Az.Morph.init(done);
  }).then(createAnalyzer);
  return loading;
}

/** The dictionary files az loaded, by file name, as its loader delivered them. */
type CapturedFiles = Map<string, unknown>;

/** The files {@link createOpenCorporaAnalyzer} reads, when az's loader delivered all of them. */
function openCorporaFiles(files: CapturedFiles): OpenCorporaFiles | undefined {
  const buffer = (name: string) => (files.get(name) instanceof ArrayBuffer ? (files.get(name) as ArrayBuffer) : undefined);
  const list = (name: string) => (Array.isArray(files.get(name)) ? (files.get(name) as unknown[]) : undefined);
  const [words, probabilities, s0, s1, s2, paradigms] = ['words.dawg', 'p_t_given_w.intdawg', 'prediction-suffixes-0.dawg', 'prediction-suffixes-1.dawg', 'prediction-suffixes-2.dawg', 'paradigms.array'].map(buffer);
  const [suffixes, grammemes, tags] = ['suffixes.json', 'grammemes.json', 'gramtab-opencorpora-int.json'].map(list);
  if (!words || !probabilities || !s0 || !s1 || !s2 || !paradigms || !suffixes || !grammemes || !tags) return undefined;
  return {
    words,
    probabilities,
    predictionSuffixes: [s0, s1, s2],
    paradigms,
    suffixes: suffixes as string[],
    grammemes: grammemes as string[][],
    tags: tags as string[],
  };
}

/** The file of az's tags in OpenCorpora's Russian notation ("СУЩ,неод,жр ед,рд"). */
const EXTERNAL_TAGS = '/gramtab-opencorpora-ext.json';

/**
 * Keeps every dictionary file az loads in `files` (for {@link createOpenCorporaAnalyzer}), and
 * makes az's init skip its second, Russian-notation copy of every tag (`tag.ext`, used only by
 * az's debug logging): az builds and deep-freezes both copies of its few thousand tags at init,
 * about a third of its init time and 8 MB of heap. While init runs, the external tag file
 * reads as a list of empty tags of the same length (made from the internal tag file, which az
 * reads anyway); returns the function that puts az's loader back.
 */
function withoutExternalTags(files: CapturedFiles): () => void {
  const original = Az.load;
  if (typeof original !== 'function') return () => {};
  Az.load = (url, responseType, callback) => {
    if (!url.endsWith(EXTERNAL_TAGS)) {
      // Each file is also kept for the fast reader (the same objects az holds: no copy).
      const name = url.slice(url.lastIndexOf('/') + 1);
      return original(url, responseType, (err, data) => {
        if (!err) files.set(name, data);
        callback(err, data);
      });
    }
    const internal = url.slice(0, -EXTERNAL_TAGS.length) + '/gramtab-opencorpora-int.json';
    return original(internal, responseType, (err, tags) => callback(err, Array.isArray(tags) ? tags.map(() => '') : tags));
  };
  return () => {
    Az.load = original;
  };
}

const MAX_CACHE = 200_000;

/**
 * Readings of a word through az itself: the reference that the fast reader
 * ({@link createOpenCorporaAnalyzer}) reproduces, and the fallback when az's loader did not hand
 * over every file.
 */
export function parseWithAz(word: string): RussianParse[] {
  return Az.Morph(word, AZ_CONFIG).map((p) => toParse({ lemma: p.normalize().word, tag: p.tag as unknown as OpenCorporaTag, score: p.score, parser: p.parser ?? '' }));
}

/** The word in the given grammemes from its reading at `parseIndex`, through az itself (see {@link parseWithAz}). */
export function inflectWithAz(word: string, grammemes: readonly string[], parseIndex: number): string | undefined {
  const form = Az.Morph(word, AZ_CONFIG)[parseIndex]?.inflect([...grammemes]);
  return form ? form.word : undefined;
}

function createAnalyzer(captured: CapturedFiles): RussianMorphology {
  const cache = new Map<string, readonly RussianParse[]>();
  // Normal forms inflect the same names again and again, and inflecting re-reads the word.
  const inflections = new Map<string, string | undefined>();
  const files = openCorporaFiles(captured);
  // The same readings as az's, without az's per-word cost (opencorpora.ts: on 1 KB news articles
  // never seen before the entity stage took 44 → 32 ms each, both versions side by side in one
  // process, 50 articles).
  const fast = files ? createOpenCorporaAnalyzer(files) : undefined;
  const readings = fast ? (word: string) => fast.parse(word).map(toParse) : parseWithAz;
  const parse = (word: string): readonly RussianParse[] => {
    let parses = cache.get(word);
    if (parses === undefined) {
      parses = word.length > 40 ? [] : readings(word);
      // A bounded cache: a pipeline over a whole archive must not grow without limit.
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(word, parses);
    }
    return parses;
  };
  return {
    parse,
    lemma: (word) => parse(word)[0]?.lemma ?? word.toLowerCase(),
    inflect(word, grammemes, parseIndex = 0) {
      const key = `${word}|${grammemes.join(',')}|${parseIndex}`;
      if (inflections.has(key)) return inflections.get(key);
      const result = fast ? fast.inflect(word, grammemes, parseIndex) : inflectWithAz(word, grammemes, parseIndex);
      if (inflections.size >= MAX_CACHE) inflections.clear();
      inflections.set(key, result);
      return result;
    },
  };
}

/** The part of a reading that depends on its tag alone. */
interface TagFields {
  pos: string;
  case: string | undefined;
  gender: string | undefined;
  number: string | undefined;
  grammemes: readonly string[];
}

/**
 * Tag fields by az tag. az shares one frozen tag object per distinct tag (a few thousand, made
 * at init), so this stays small; reading a tag's grammemes is slow (each tag object has its own
 * shape, so every property test is a dictionary lookup) and was a large share of a cold parse.
 */
const tagFieldsCache = new Map<OpenCorporaTag, TagFields>();

/** The fields of a tag, read once per tag. */
export function tagFields(tag: OpenCorporaTag): TagFields {
  let fields = tagFieldsCache.get(tag);
  if (fields === undefined) {
    fields = {
      pos: (tag.POS as string | undefined) ?? 'UNKN',
      case: tag.CAse as string | undefined,
      gender: tag.GNdr as string | undefined,
      number: tag.NMbr as string | undefined,
      grammemes: Object.freeze(KEPT_GRAMMEMES.filter((g) => tag[g] === true)),
    };
    tagFieldsCache.set(tag, fields);
  }
  return fields;
}

function toParse(p: OpenCorporaReading): RussianParse {
  const fields = tagFields(p.tag);
  // Same keys in the same order as always, and absent rather than undefined when the tag has
  // no such category (readings are compared and serialized as plain objects).
  const reading = { lemma: p.lemma, pos: fields.pos } as RussianParse;
  if (fields.case) reading.case = fields.case;
  if (fields.gender) reading.gender = fields.gender;
  if (fields.number) reading.number = fields.number;
  reading.grammemes = fields.grammemes;
  reading.score = p.score;
  reading.known = p.parser === 'Dictionary';
  return reading;
}
