/**
 * Kazakh tagger features: the shared word features plus what agglutination hides from them —
 * the word's stem without its case suffix and the suffix itself (a name in the genitive looks
 * like any other genitive), patronymic endings, whether the gazetteer knows the stem as a
 * country, place or organization, and whether the word sits in «quotes» (names of companies,
 * parties, programmes). Used identically by scripts/train-kk-ner.mjs and at run time.
 * @module
 */
import { loadGazetteer, type GazetteerEntry } from '../../entities/link/gazetteer.js';
import { contextFeatures, isCapitalized, ownFeatures, WordCache, wordShape, type WordInfo } from '../../entities/tagger/features.js';
import { isPatronymic, nominativeCandidates, stripCase } from './suffixes.js';

interface KazakhWord extends WordInfo {
  readonly stem: string;
  /** Gazetteer class of a capitalized word ('' when none). */
  readonly gaz: string;
}

function classOf(entry: GazetteerEntry): string {
  if (entry.type === 'country') return 'country';
  if (entry.type === 'capital' || entry.type === 'city' || entry.type === 'region' || entry.type === 'district') return 'place';
  return entry.type === 'event' ? 'event' : 'org';
}

/** The gazetteer class of a word once its suffixes are stripped: `country`, `place`, `org`, `event` or ''. */
export function gazetteerClass(word: string): string {
  const gazetteer = loadGazetteer();
  for (const form of nominativeCandidates(word)) {
    const entry = gazetteer.lookup(form, 'kk')[0] ?? gazetteer.lookup(form)[0];
    if (entry) return classOf(entry);
  }
  return '';
}

const words = new WordCache<KazakhWord>((word) => {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const stem = stripCase(lower);
  const gaz = isCapitalized(word) ? gazetteerClass(word) : '';
  const own: string[] = [];
  ownFeatures(lower, shape, own);
  own.push('st=' + stem);
  if (stem.length < lower.length) own.push('cs=' + lower.slice(stem.length));
  if (isPatronymic(word)) own.push('patr');
  if (gaz) own.push('gz=' + gaz);
  return { lower, shape, stem, gaz, own };
});

/** Feature strings of each word of one Kazakh sentence. */
export function kazakhFeatures(sentence: readonly string[]): string[][] {
  const infos = sentence.map((w) => words.get(w));
  const quoted = insideQuotes(sentence);
  const n = infos.length;
  return infos.map((info, i) => {
    const out = info.own.slice();
    contextFeatures(infos, i, out);
    if (i > 0) out.push('st-1=' + infos[i - 1]!.stem);
    if (i + 1 < n) out.push('st+1=' + infos[i + 1]!.stem);
    if (i > 0 && infos[i - 1]!.gaz) out.push('gz-1=' + infos[i - 1]!.gaz);
    if (i + 1 < n && infos[i + 1]!.gaz) out.push('gz+1=' + infos[i + 1]!.gaz);
    if (quoted[i]) out.push('q', 'q|s=' + info.shape);
    // Organization names end in their head noun a few words on ("... қаржы орталығының").
    if (i + 3 < n) out.push('st+3=' + infos[i + 3]!.stem);
    if (i > 2) out.push('st-3=' + infos[i - 3]!.stem);
    return out;
  });
}

/** Which words sit between « and » (or straight quotes) in the sentence, at most 8 words apart. */
function insideQuotes(sentence: readonly string[]): boolean[] {
  const out = sentence.map(() => false);
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const w = sentence[i]!;
    if (w === '«' || (w === '"' && open < 0)) open = i;
    else if ((w === '»' || w === '"') && open >= 0) {
      if (i - open <= 8) for (let k = open + 1; k < i; k++) out[k] = true;
      open = -1;
    }
  }
  return out;
}
