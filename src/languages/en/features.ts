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
}

const E = {
  gz: hashFeature('gz'), gzm1: hashFeature('gz-1'), gzp1: hashFeature('gz+1'), gzB: hashFeature('gzB'), gzI: hashFeature('gzI'),
  wp3: hashFeature('w+3'), allcaps: hashFeature('allcaps'), allcapsW: hashFeature('allcaps|w'), name: hashFeature('name'),
  namem1: hashFeature('name-1'), namep1: hashFeature('name+1'), title: hashFeature('title'), titlem1: hashFeature('title-1|s'),
  numm1: hashFeature('num-1|s'), nump1: hashFeature('num+1|s'), gzNum: hashFeature('gz|num+1'), gzNumM: hashFeature('gz|num-1'),
  ww: hashFeature('w-1|w'),
};

/**
 * The hashed English extractor over a name lexicon. Training builds one per fold (names from the
 * other fold only, so the model learns how far to trust the list on unseen text); run time one
 * over the whole list.
 */
export function createEnglishExtractor(lexicon: NameLexicon): FeatureExtractor {
  const names = new Map<string, number>();
  for (const w of lexicon.first) names.set(w, (names.get(w) ?? 0) | 1);
  for (const w of lexicon.last) names.set(w, (names.get(w) ?? 0) | 2);
  const build = (word: string): EnglishKeys => {
    const base = baseWordKeys(word);
    const cap = startsUpper(word);
    const upper = word === word.toUpperCase();
    const gazClass = cap ? englishGazetteerClass(word) : '';
    const gaz = gazClass ? hashFeature(gazClass) : 0;
    const name = cap ? (names.get(base.lower) ?? 0) : 0;
    const title = LEADING_TITLE.has(base.lower);
    if (gaz) base.own.push(combine(E.gz, gaz));
    if (name) base.own.push(combine(E.name, name));
    if (title) base.own.push(E.title);
    return { ...base, own: Uint32Array.from(base.own), cap, upper, letters: base.lower !== word.toUpperCase(), gaz, name, title, digits: /^[\d.,:-]+$/.test(word) && /\d/.test(word) };
  };
  const cache = new WordCache<EnglishKeys>(build);
  const pairs = new WordCache<number>((pair) => {
    const c = englishGazetteerClass(pair);
    return c ? hashFeature(c) : 0;
  }, 20_000);
  const buffer = new KeyBuffer();
  return (sentence) => {
    const n = sentence.length;
    let letterWords = 0;
    let upperWords = 0;
    for (let i = 0; i < n; i++) {
      const w = cache.get(sentence[i]!);
      if (!w.letters) continue;
      letterWords++;
      if (w.upper) upperWords++;
    }
    // In an all-caps headline capitalization says nothing; datelines ("LONDON 1996-08-30") are
    // left out: there the single upper word's own identity serves best (measured on CoNLL dev).
    const allCaps = letterWords > 2 && upperWords === letterWords;
    const infos: EnglishKeys[] = new Array(n);
    for (let i = 0; i < n; i++) infos[i] = cache.get(sentence[i]!);
    const gaz2 = new Uint32Array(n);
    for (let i = 0; i + 1 < n; i++) if (infos[i]!.cap && infos[i + 1]!.cap) gaz2[i] = pairs.get(sentence[i] + ' ' + sentence[i + 1]);
    buffer.begin(n);
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      const prev = i > 0 ? infos[i - 1] : undefined;
      const next = i + 1 < n ? infos[i + 1] : undefined;
      buffer.pushAll(info.own);
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
      buffer.next();
    }
    return buffer.finish();
  };
}
