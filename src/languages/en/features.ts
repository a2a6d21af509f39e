/**
 * English tagger features: the shared word features plus gazetteer classes (countries, places,
 * organizations, of a word and of a capitalized word pair), first names and surnames next to the
 * word (a name lexicon), a title word before it ("President ..."), numbers around it (sports
 * results) and all-caps headlines, where capitalization says nothing. Used identically by
 * scripts/train-en-ner.mjs and at run time.
 * @module
 */
import { entryClass, loadGazetteer } from '../../entities/link/gazetteer.js';
import { baseWordKeys, BOS, contextKeys, startsUpper, WordCache, type WordKeys } from '../../entities/tagger/features.js';
import { combine, hashFeature, KeyBuffer, type FeatureExtractor } from '../../entities/tagger/index.js';
import { LEADING_TITLE } from './roles.js';

/** The gazetteer class of a word or phrase in English: `country`, `place`, `org`, `event`, `adj` (country adjective) or ''. */
export function englishGazetteerClass(form: string): string {
  const gazetteer = loadGazetteer();
  const entry = gazetteer.lookup(form, 'en')[0];
  return entry ? entryClass(entry) : gazetteer.countryByAdjective(form, 'en') ? 'adj' : '';
}

/** English-only gazetteer lists (data/en/gazetteer.json, built by scripts/build-en-gazetteer.mjs). */
export interface EnglishGazetteer {
  /** Place names beyond the shared gazetteer's (cities, states, regions). */
  readonly places: readonly string[];
  /** Lowercased words that end organization names ("inc", "ministry", "fc"). */
  readonly orgWords: readonly string[];
  /** Surnames of public figures named alone in the news ("Tokayev", "Rahmon"); used by the rules, not the features. */
  readonly people?: readonly string[];
  /** News agencies and broadcasters named alone ("Reuters", "Interfax"); used by the rules, not the features. */
  readonly organizations?: readonly string[];
}

/** Ordinary words and proper names of English (data/en/lexicon.json, built by scripts/build-en-lexicon.mjs). */
export interface EnglishDictionary {
  /** Words the dictionary lists in lower case. */
  readonly common: readonly string[];
  /** Words it lists capitalized (people, places, brands), lowercased. */
  readonly proper: readonly string[];
}

/** First names and surnames the features know (data/en/names.json, built by scripts/train-en-ner.mjs). */
export interface NameLexicon {
  readonly first: readonly string[];
  readonly last: readonly string[];
}

interface EnglishKeys extends WordKeys {
  readonly cap: boolean;
  readonly upper: boolean;
  readonly letters: boolean;
  readonly gaz: number;
  readonly digits: boolean;
  /** 1 first name, 2 surname, 3 both, 0 neither. */
  readonly name: number;
  readonly title: boolean;
  readonly orgWord: boolean;
  /** Dictionary class: 1 ordinary word, 2 proper name, 3 both, 0 unknown (capitalized words only). */
  readonly dict: number;
}

const E = {
  gz: hashFeature('gz'), gzm1: hashFeature('gz-1'), gzp1: hashFeature('gz+1'), gzB: hashFeature('gzB'), gzI: hashFeature('gzI'),
  wp3: hashFeature('w+3'), allcaps: hashFeature('allcaps'), allcapsW: hashFeature('allcaps|w'), name: hashFeature('name'),
  namem1: hashFeature('name-1'), namep1: hashFeature('name+1'), title: hashFeature('title'), titlem1: hashFeature('title-1|s'),
  numm1: hashFeature('num-1|s'), nump1: hashFeature('num+1|s'), gzNum: hashFeature('gz|num+1'), gzNumM: hashFeature('gz|num-1'),
  ww: hashFeature('w-1|w'), doc: hashFeature('doc|case'), orgWord: hashFeature('orgw'), orgAhead: hashFeature('orgw+k'),
  orgBehind: hashFeature('orgw-1'), dict: hashFeature('dict|case'), dictNext: hashFeature('dict+1|case'),
};

/**
 * What the document says about its words' case, by lowercased form: bit 1 when the word is
 * written in lower case somewhere, bit 2 when it is capitalized somewhere other than a
 * sentence's start. A capitalized sentence-initial word, or any word of an all-caps headline,
 * is a name when the text capitalizes it mid-sentence and an ordinary word when the text writes
 * it in lower case (Mikheev's document-centred approach).
 */
export type EnglishDocument = ReadonlyMap<string, number>;

/** Openers after which a capital says nothing (a quote, a bracket or a dash starts a new phrase). */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', '--', ':', '•']);

/** The {@link EnglishDocument} of a document's sentences (tokens as the tagger gets them). */
export function englishDocumentContext(sentences: readonly (readonly string[])[]): EnglishDocument {
  const seen = new Map<string, number>();
  for (const words of sentences) {
    if (isAllCaps(words)) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const lowerStart = w[0] !== w[0]!.toUpperCase();
      if (!lowerStart && !(i > 0 && startsUpper(w) && !OPENERS.has(words[i - 1]!))) continue;
      const key = w.toLowerCase();
      seen.set(key, (seen.get(key) ?? 0) | (lowerStart ? 1 : 2));
    }
  }
  return seen;
}

/** More than two words with letters, all of them upper case: a headline or a table's caps. */
function isAllCaps(words: readonly string[]): boolean {
  let letterWords = 0;
  for (const w of words) {
    const upper = w.toUpperCase();
    if (w.toLowerCase() === upper) continue;
    if (w !== upper) return false;
    letterWords++;
  }
  return letterWords > 2;
}

/**
 * The hashed English extractor over a name lexicon. Training builds one per fold (names from the
 * other fold only, so the model learns how far to trust the list on unseen text); run time one
 * over the whole list.
 */
export function createEnglishExtractor(lexicon: NameLexicon, gazetteer?: EnglishGazetteer, dictionary?: EnglishDictionary): FeatureExtractor<EnglishDocument> {
  const common = new Set(dictionary?.common ?? []);
  const proper = new Set(dictionary?.proper ?? []);
  const places = new Set((gazetteer?.places ?? []).map((p) => p.toLowerCase()));
  const orgWords = new Set(gazetteer?.orgWords ?? []);
  const classOf = (form: string): string => englishGazetteerClass(form) || (places.has(form.toLowerCase()) ? 'place' : '');
  const names = new Map<string, number>();
  for (const w of lexicon.first) names.set(w, (names.get(w) ?? 0) | 1);
  for (const w of lexicon.last) names.set(w, (names.get(w) ?? 0) | 2);
  const build = (word: string): EnglishKeys => {
    const base = baseWordKeys(word);
    const cap = startsUpper(word);
    const upper = word === word.toUpperCase();
    const gazClass = cap ? classOf(word) : '';
    const orgWord = cap && orgWords.has(base.lower);
    const gaz = gazClass ? hashFeature(gazClass) : 0;
    const name = cap ? (names.get(base.lower) ?? 0) : 0;
    const title = LEADING_TITLE.has(base.lower);
    if (gaz) base.own.push(combine(E.gz, gaz));
    if (name) base.own.push(combine(E.name, name));
    if (title) base.own.push(E.title);
    if (orgWord) base.own.push(E.orgWord);
    // A capitalized word no dictionary lists is most likely a name; one listed only in lower case
    // is an ordinary word at a sentence's start or in a headline.
    const dict = cap && dictionary ? (common.has(base.lower) ? 1 : 0) | (proper.has(base.lower) ? 2 : 0) : 0;
    if (cap && dictionary) base.own.push(combine(combine(E.dict, dict), upper ? 1 : 0));
    return { ...base, own: Uint32Array.from(base.own), cap, upper, letters: base.lower !== word.toUpperCase(), gaz, name, title, orgWord, dict, digits: /^[\d.,:-]+$/.test(word) && /\d/.test(word) };
  };
  const cache = new WordCache<EnglishKeys>(build);
  const pairs = new WordCache<number>((pair) => {
    const c = classOf(pair);
    return c ? hashFeature(c) : 0;
  }, 20_000);
  const buffer = new KeyBuffer();
  return (sentence, doc) => {
    const n = sentence.length;
    const infos: EnglishKeys[] = new Array(n);
    let letterWords = 0;
    let upperWords = 0;
    for (let i = 0; i < n; i++) {
      const w = (infos[i] = cache.get(sentence[i]!));
      if (!w.letters) continue;
      letterWords++;
      if (w.upper) upperWords++;
    }
    // In an all-caps headline capitalization says nothing; datelines ("LONDON 1996-08-30") are
    // left out: there the single upper word's own identity serves best (measured on CoNLL dev).
    const allCaps = letterWords > 2 && upperWords === letterWords;
    const gaz2 = new Uint32Array(n);
    for (let i = 0; i + 1 < n; i++) if (infos[i]!.cap && infos[i + 1]!.cap) gaz2[i] = pairs.get(sentence[i] + ' ' + sentence[i + 1]);
    buffer.begin(n);
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      const prev = i > 0 ? infos[i - 1] : undefined;
      const next = i + 1 < n ? infos[i + 1] : undefined;
      buffer.pushWord(info.own);
      contextKeys(infos, i, buffer);
      if (allCaps) {
        buffer.push(E.allcaps);
        buffer.push(combine(E.allcapsW, info.id));
      }
      if (prev?.gaz) buffer.push(combine(E.gzm1, prev.gaz));
      if (next?.gaz) buffer.push(combine(E.gzp1, next.gaz));
      if (gaz2[i]) buffer.push(combine(E.gzB, gaz2[i]!));
      if (i > 0 && gaz2[i - 1]) buffer.push(combine(E.gzI, gaz2[i - 1]!));
      if (i + 3 < n) buffer.push(combine(E.wp3, infos[i + 3]!.id));
      if (prev?.name) buffer.push(combine(combine(E.namem1, prev.name), info.shapeId));
      if (next?.name) buffer.push(combine(combine(E.namep1, next.name), info.shapeId));
      // "President Kassym-Jomart Tokayev": a title word before a capitalized word starts a name.
      if (prev?.title) buffer.push(combine(E.titlem1, info.shapeId));
      // Sports results ("Essex 372", "Bolton 3 Wimbledon 1"): a name next to a score is a team.
      if (prev?.digits) buffer.push(combine(E.numm1, info.shapeId));
      if (next?.digits) buffer.push(combine(E.nump1, info.shapeId));
      if (info.gaz && next?.digits) buffer.push(combine(E.gzNum, info.gaz));
      if (info.gaz && prev?.digits) buffer.push(combine(E.gzNumM, info.gaz));
      buffer.push(combine(combine(E.ww, prev ? prev.id : BOS), info.id));
      // "Dow Chemical Co", "Ministry of Defence" ... : an organization word closing the capitalized run.
      if (info.cap) {
        for (let k = 1; k <= 3 && i + k < n && infos[i + k]!.cap; k++) {
          if (infos[i + k]!.orgWord) {
            buffer.push(combine(E.orgAhead, k));
            break;
          }
        }
        if (prev?.orgWord) buffer.push(E.orgBehind);
      }
      if (next?.cap && dictionary) buffer.push(combine(combine(E.dictNext, next.dict), info.shapeId));
      if (doc && info.letters) buffer.push(combine(combine(E.doc, doc.get(info.lower) ?? 0), info.upper && sentence[i]!.length > 1 ? 2 : info.cap ? 1 : 0));
      buffer.next();
    }
    return buffer.finish();
  };
}
