/**
 * English tagger features: the shared word features plus gazetteer classes (countries, places,
 * organizations, of a word and of a capitalized word pair) and all-caps lines (headlines and
 * datelines, where capitalization says nothing). Used identically by scripts/train-en-ner.mjs
 * and at run time.
 * @module
 */
import { loadGazetteer, type GazetteerEntry } from '../../entities/link/gazetteer.js';
import { contextFeatures, isCapitalized, ownFeatures, WordCache, wordShape, type WordInfo } from '../../entities/tagger/features.js';

interface EnglishWord extends WordInfo {
  readonly cap: boolean;
  readonly upper: boolean;
  readonly letters: boolean;
  readonly gaz: string;
}

function classOf(entry: GazetteerEntry): string {
  if (entry.type === 'country') return 'country';
  if (entry.type === 'capital' || entry.type === 'city' || entry.type === 'region' || entry.type === 'district') return 'place';
  return entry.type === 'event' ? 'event' : 'org';
}

/** The gazetteer class of a word or phrase in English: `country`, `place`, `org`, `event`, `adj` (country adjective) or ''. */
export function englishGazetteerClass(form: string): string {
  const gazetteer = loadGazetteer();
  const entry = gazetteer.lookup(form, 'en')[0];
  return entry ? classOf(entry) : gazetteer.countryByAdjective(form, 'en') ? 'adj' : '';
}

const words = new WordCache<EnglishWord>((word) => {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const cap = isCapitalized(word);
  const gaz = cap ? englishGazetteerClass(word) : '';
  const own: string[] = [];
  ownFeatures(lower, shape, own);
  if (gaz) own.push('gz=' + gaz);
  return { lower, shape, cap, gaz, own, upper: word === word.toUpperCase(), letters: lower !== word.toUpperCase() };
});

const pairs = new WordCache<WordInfo & { gaz: string }>((pair) => ({ lower: pair, shape: '', own: [], gaz: englishGazetteerClass(pair) }), 20_000);

/** Feature strings of each word of one English sentence. */
export function englishFeatures(sentence: readonly string[]): string[][] {
  const infos = sentence.map((w) => words.get(w));
  const n = infos.length;
  let letterWords = 0;
  let upperWords = 0;
  for (const w of infos) {
    if (!w.letters) continue;
    letterWords++;
    if (w.upper) upperWords++;
  }
  const allCaps = letterWords > 2 && upperWords === letterWords;
  const gaz2 = infos.map((w, i) => (i + 1 < n && w.cap && infos[i + 1]!.cap ? pairs.get(sentence[i] + ' ' + sentence[i + 1]).gaz : ''));
  return infos.map((info, i) => {
    const out = info.own.slice();
    contextFeatures(infos, i, out);
    if (allCaps) out.push('allcaps', 'allcaps|w=' + info.lower);
    if (i > 0 && infos[i - 1]!.gaz) out.push('gz-1=' + infos[i - 1]!.gaz);
    if (i + 1 < n && infos[i + 1]!.gaz) out.push('gz+1=' + infos[i + 1]!.gaz);
    if (gaz2[i]) out.push('gzB=' + gaz2[i]);
    if (i > 0 && gaz2[i - 1]) out.push('gzI=' + gaz2[i - 1]);
    if (i + 3 < n) out.push('w+3=' + infos[i + 3]!.lower);
    return out;
  });
}
