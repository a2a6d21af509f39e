/**
 * Russian morphology: the OpenCorpora dictionary through `az` (MIT), which knows lemmas, case,
 * gender, number and the name grammemes (Name, Surn, Patr, Geox, Orgn). Loaded once,
 * asynchronously; every word's analysis is cached, because news vocabulary repeats heavily.
 * @module
 */
import Az, { type AzParse } from 'az';
import type { WordAnalysis } from '../pack.js';

/** One morphological reading of a word (lemma lower case, ё kept as the dictionary has it). */
export interface RussianParse extends WordAnalysis {
  /** True when the word is in the dictionary; false for readings az guessed from the word's ending. */
  known: boolean;
}

/** Grammemes worth carrying: they are what entity recognition asks about. */
const KEPT_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr', 'Init', 'anim', 'inan', 'Fixd', 'Sgtm', 'Pltm'];

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
  loading ??= new Promise<void>((resolve, reject) => {
    const done = (err: unknown) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve());
    if (options.dictionaries) Az.Morph.init(options.dictionaries, done);
    else Az.Morph.init(done);
  }).then(createAnalyzer);
  return loading;
}

const MAX_CACHE = 200_000;

function createAnalyzer(): RussianMorphology {
  const cache = new Map<string, readonly RussianParse[]>();
  // Normal forms inflect the same names again and again: az's inflect re-parses every time.
  const inflections = new Map<string, string | undefined>();
  const raw = (word: string) => Az.Morph(word);
  const parse = (word: string): readonly RussianParse[] => {
    let parses = cache.get(word);
    if (parses === undefined) {
      parses = word.length > 40 ? [] : raw(word).map(toParse);
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
      const reading = raw(word)[parseIndex];
      const form = reading?.inflect([...grammemes]);
      const result = form ? form.word : undefined;
      if (inflections.size >= MAX_CACHE) inflections.clear();
      inflections.set(key, result);
      return result;
    },
  };
}

function toParse(p: AzParse): RussianParse {
  const tag = p.tag;
  const normal = p.normalize();
  return {
    lemma: normal.word,
    pos: tag.POS ?? 'UNKN',
    ...(tag.CAse ? { case: tag.CAse } : {}),
    ...(tag.GNdr ? { gender: tag.GNdr } : {}),
    ...(tag.NMbr ? { number: tag.NMbr } : {}),
    grammemes: KEPT_GRAMMEMES.filter((g) => tag[g] === true),
    score: p.score,
    known: (p as { parser?: string }).parser === 'Dictionary',
  };
}
