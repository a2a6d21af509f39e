/**
 * Kazakh tagger features: the shared word features plus what agglutination hides from them —
 * the word's stem without its case suffix and the suffix itself (a name in the genitive looks
 * like any other genitive), patronymic endings, whether the gazetteer knows the stem as a
 * country, place or organization, and whether the word sits in «quotes» (names of companies,
 * parties, programmes). Used identically by scripts/train-kk-ner.mjs and at run time.
 * @module
 */
import { entryClass, loadGazetteer } from '../../entities/link/gazetteer.js';
import { baseWordKeys, BOS, contextKeys, EOS, startsUpper, WordCache, type WordKeys } from '../../entities/tagger/features.js';
import { combine, hashFeature, KeyBuffer, type SentenceFeatures } from '../../entities/tagger/index.js';
import { isPatronymic, nominativeCandidates, stripCaseLower } from './suffixes.js';

/** The gazetteer class of a word once its suffixes are stripped: `country`, `place`, `org`, `event` or ''. */
export function gazetteerClass(word: string): string {
  const gazetteer = loadGazetteer();
  for (const form of nominativeCandidates(word)) {
    const entry = gazetteer.lookup(form, 'kk')[0] ?? gazetteer.lookup(form)[0];
    if (entry) return entryClass(entry);
  }
  return '';
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

/**
 * Stems of the head nouns that end organization names ("... институтының", "... министрлігі",
 * "... компаниясы"): a name's last word is often one of these with a case or possessive suffix,
 * so the tagger needs to see the head coming a few words ahead.
 */
const ORG_HEADS = [
  'ұйым', 'министрлі', 'министрлік', 'орталы', 'орталық', 'компания', 'институт', 'университет', 'агенттіг', 'агенттік',
  'қор', 'банк', 'партия', 'комитет', 'кеңес', 'академия', 'колледж', 'мектеп', 'лицей', 'гимназия', 'қауымдастығ',
  'қауымдастық', 'одақ', 'одағ', 'ассоциация', 'холдинг', 'корпорация', 'серіктестіг', 'серіктестік', 'палата', 'сот',
  'прокуратура', 'департамент', 'басқарма', 'мәслихат', 'парламент', 'сенат', 'мәжіліс', 'федерация', 'клуб', 'театр',
  'музей', 'кітапхана', 'газет', 'журнал', 'телеарна', 'арна', 'агентт', 'фабрика', 'зауыт', 'комбинат', 'әкімдіг',
  'әкімдік', 'аурухана', 'емхана', 'полиция', 'қызмет', 'бөлім', 'бөлімше', 'басқармасы', 'инспекция',
  'комиссия', 'штаб', 'күштер', 'әскер', 'үкімет', 'кабинет', 'консорциум', 'кооператив', 'мекеме', 'ұжым', 'команда',
  'студия', 'баспа', 'қоғам', 'фонд', 'биржа', 'академиясы', 'консерватория',
];

/** The head noun a word is built on ('' when none): prefix match, so every suffixed form counts. */
export function orgHead(lower: string): string {
  for (const head of ORG_HEADS) if (lower.startsWith(head) && lower.length - head.length <= 8) return head;
  return '';
}

/**
 * True when a head noun carries the possessive that closes a compound name ("Қорғаныс
 * министрлігі", "Алматы қаласының әкімдігі"): the bare head ("министрлік") is a common noun.
 */
export function possessiveHead(lower: string, head: string): boolean {
  if (!head) return false;
  const bare = stripCaseLower(lower);
  return bare.length > head.length && /(?:ы|і|сы|сі)$/.test(bare);
}

interface KazakhKeys extends WordKeys {
  readonly stem: number;
  /** Hash of the case suffix ('' hashed when none). */
  readonly suffix: number;
  readonly hasSuffix: boolean;
  readonly gaz: number;
  readonly cap: boolean;
  /** Hash of the organization head noun, 0 when the word is none. */
  readonly head: number;
  /** The head noun has the possessive of a compound name ("министрлігі", not "министрлік"). */
  readonly headPoss: boolean;
}

const NONE = hashFeature('');
const K = {
  st: hashFeature('st'), cs: hashFeature('cs'), patr: hashFeature('patr'), gz: hashFeature('gz'), head: hashFeature('head'),
  headCs: hashFeature('head|cs'), stm1: hashFeature('st-1'), stp1: hashFeature('st+1'), stm3: hashFeature('st-3'), stp3: hashFeature('st+3'),
  gzm1: hashFeature('gz-1'), gzp1: hashFeature('gz+1'), q: hashFeature('q'), qs: hashFeature('q|s'), csm1: hashFeature('cs-1'),
  csp1: hashFeature('cs+1'), hd: hashFeature('hd'), hdS: hashFeature('hd|s'), hdW: hashFeature('hd|head'), capEnd: hashFeature('capEnd|cs'),
  capIn: hashFeature('capIn|cs'), headM1: hashFeature('head-1'), stst: hashFeature('st|st+1'), ww: hashFeature('w-1|w'),
  hdCap: hashFeature('hd|firstcap'), headPoss: hashFeature('head|poss'), hdPoss: hashFeature('hd|poss'),
  chain: hashFeature('cap<-|->hd'), gzm2: hashFeature('gz-2'), gzp2: hashFeature('gz+2'), gzCs: hashFeature('gz|cs'),
};

const keyWords = new WordCache<KazakhKeys>((word) => {
  const base = baseWordKeys(word);
  const stemText = stripCaseLower(base.lower);
  const hasSuffix = stemText.length < base.lower.length;
  const suffix = hasSuffix ? hashFeature(base.lower.slice(stemText.length)) : NONE;
  const stem = hashFeature(stemText);
  const cap = startsUpper(word);
  const gazClass = cap ? gazetteerClass(word) : '';
  const headText = orgHead(base.lower);
  const head = headText ? hashFeature(headText) : 0;
  const own = base.own;
  own.push(combine(K.st, stem));
  if (hasSuffix) own.push(combine(K.cs, suffix));
  if (isPatronymic(word)) own.push(K.patr);
  const gaz = gazClass ? hashFeature(gazClass) : 0;
  if (gaz) own.push(combine(K.gz, gaz));
  if (head) own.push(combine(K.head, head), combine(K.headCs, suffix));
  const headPoss = possessiveHead(base.lower, headText);
  if (headPoss) own.push(combine(K.headPoss, head));
  // A known country or org in a case form is a name whatever the case; the suffix says its role.
  if (gaz) own.push(combine(combine(K.gzCs, gaz), suffix));
  return { ...base, own: Uint32Array.from(own), stem, suffix, hasSuffix, gaz, cap, head, headPoss };
});

const buffer = new KeyBuffer();
/** How far ahead the tagger looks for an organization's head noun. */
const HEAD_WINDOW = 6;
/** How far back a lowercase word looks for the capitalized word that may start its name. */
const CAP_WINDOW = 4;

/**
 * Hashed feature keys of each word of one Kazakh sentence: the shared word and context keys,
 * stems and case suffixes around the word, gazetteer classes, «quotes», the distance to the next
 * organization head noun, and whether the word ends a run of capitalized words (a person's name
 * ends at its case-suffixed surname: "Қасым-Жомарт Тоқаевқа").
 */
export function kazakhKeys(sentence: readonly string[]): SentenceFeatures {
  const n = sentence.length;
  const infos: KazakhKeys[] = new Array(n);
  for (let i = 0; i < n; i++) infos[i] = keyWords.get(sentence[i]!);
  const quoted = insideQuotes(sentence);
  // Distance to the nearest head noun after each word, in one backward pass.
  const headAt = new Int32Array(n).fill(-1);
  let nextHead = -1;
  for (let i = n - 1; i >= 0; i--) {
    headAt[i] = nextHead >= 0 && nextHead - i <= HEAD_WINDOW ? nextHead : -1;
    if (infos[i]!.head) nextHead = i;
  }
  // Distance back to the nearest capitalized word (within CAP_WINDOW), in one forward pass.
  const capBack = new Int32Array(n).fill(-1);
  let lastCap = -1;
  for (let i = 0; i < n; i++) {
    capBack[i] = lastCap >= 0 && i - lastCap <= CAP_WINDOW ? i - lastCap : -1;
    if (infos[i]!.cap) lastCap = i;
  }
  buffer.begin(n);
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const prev = i > 0 ? infos[i - 1] : undefined;
    const next = i + 1 < n ? infos[i + 1] : undefined;
    buffer.pushWord(info.own);
    contextKeys(infos, i, buffer);
    buffer.push(combine(K.stm1, prev ? prev.stem : BOS));
    buffer.push(combine(K.stp1, next ? next.stem : EOS));
    if (prev?.gaz) buffer.push(combine(K.gzm1, prev.gaz));
    if (next?.gaz) buffer.push(combine(K.gzp1, next.gaz));
    buffer.push(combine(K.csm1, prev ? prev.suffix : BOS));
    buffer.push(combine(K.csp1, next ? next.suffix : EOS));
    if (quoted[i]) {
      buffer.push(K.q);
      buffer.push(combine(K.qs, info.shapeId));
    }
    if (i + 3 < n) buffer.push(combine(K.stp3, infos[i + 3]!.stem));
    if (i > 2) buffer.push(combine(K.stm3, infos[i - 3]!.stem));
    const h = headAt[i]!;
    if (h >= 0) {
      const d = h - i;
      buffer.push(combine(K.hd, d));
      buffer.push(combine(combine(K.hdS, d), info.shapeId));
      buffer.push(combine(K.hdW, infos[h]!.head));
      if (infos[h]!.headPoss) buffer.push(combine(K.hdPoss, d));
      // Lowercase words between a capitalized word and a head noun are inside the name
      // ("Қорғаныс министрлігі", "Табиғатты қорғау полициясы", "Кәсіпкерлер палатасы").
      const back = info.cap ? 0 : capBack[i]!;
      if (back >= 0) buffer.push(combine(K.chain, back * 8 + d));
    }
    if (i > 1 && infos[i - 2]!.gaz) buffer.push(combine(K.gzm2, infos[i - 2]!.gaz));
    if (i + 2 < n && infos[i + 2]!.gaz) buffer.push(combine(K.gzp2, infos[i + 2]!.gaz));
    if (prev?.head) buffer.push(combine(K.headM1, info.shapeId));
    // The first capitalized word before a head noun is where an organization's name usually starts.
    if (h >= 0 && info.cap && !prev?.cap) buffer.push(combine(K.hdCap, h - i));
    buffer.push(combine(combine(K.stst, info.stem), next ? next.stem : EOS));
    buffer.push(combine(combine(K.ww, prev ? prev.id : BOS), info.id));
    if (info.cap) buffer.push(combine(next?.cap ? K.capIn : K.capEnd, info.suffix));
    buffer.next();
  }
  return buffer.finish();
}
