/**
 * Features of the Russian statistical layer: what the averaged perceptron (src/entities/tagger)
 * sees of each token. Besides the shared word features (identity, shape, affixes, neighbours) it
 * reads what only Russian knows: the OpenCorpora reading (lemma, part of speech, case, the name
 * grammemes Name/Surn/Patr/Geox/Orgn) and, most of all, what the rules already said about the
 * token ("the gazetteer tagged this as a country", "an organization phrase starts here"). The
 * model thus learns where to trust each rule and where the annotation conventions differ from it
 * (the country after "МИД", a quoted name without its head). Used identically by
 * scripts/train-ru-ner.mjs and at run time.
 * @module
 */
import { baseWordKeys, BOS, contextKeys, EOS, WordCache, type WordKeys } from '../../../entities/tagger/features.js';
import { combine, hashFeature, KeyBuffer, type SentenceFeatures } from '../../../entities/tagger/index.js';
import type { RussianMorphology } from '../morph.js';
import { EVENT_HEADS, ORG_HEADS, TITLES } from './lexicon.js';

/** What the rules said about one token: the rule's name, the entity type, the token's place in the span. */
export interface RuleTag {
  /** The matcher that produced the candidate (`gazetteer`, `orgPhrase`, ...). */
  readonly source: string;
  /** The candidate's entity type (`person`, `organization`, ...). */
  readonly type: string;
  /** `B` first token, `I` later ones. */
  readonly position: 'B' | 'I';
  /** Tokens in the candidate. */
  readonly length: number;
}

interface RussianWordKeys extends WordKeys {
  /** Hash of the lemma of the top reading. */
  readonly lemma: number;
  /** Hash of the top reading's part of speech and case. */
  readonly posCase: number;
  /** Bit set of the name grammemes over all readings (see {@link NAME_GRAMMEMES}). */
  readonly names: number;
  /** Hash of the word's lexicon class: `org` head noun, `event` head, `title`, or 0. */
  readonly cls: number;
  /** The word's parts of its own and its neighbours' Russian keys, mixed once per word ({@link russianParts}). */
  readonly ru: Uint32Array;
}

/** Grammemes that say "a name": each is one bit of {@link RussianWordKeys.names}. */
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'] as const;

const F = {
  lemma: hashFeature('lemma'), pc: hashFeature('pc'), g: hashFeature('g'), known: hashFeature('known'), unknown: hashFeature('unknown'),
  lm1: hashFeature('l-1'), lp1: hashFeature('l+1'), pcm1: hashFeature('pc-1'), pcp1: hashFeature('pc+1'),
  lm1S: hashFeature('l-1|s'), gm1: hashFeature('g-1'), gp1: hashFeature('g+1'),
  rule: hashFeature('rule'), ruleT: hashFeature('ruleT'), ruleL: hashFeature('ruleL'), rm1: hashFeature('r-1'), rp1: hashFeature('r+1'), noRule: hashFeature('r=0'),
  ruleW: hashFeature('rule|w'), cls: hashFeature('cls'), clsM1: hashFeature('cls-1|s'), clsM2: hashFeature('cls-2|s'), clsP1: hashFeature('cls+1|s'),
  lm2: hashFeature('l-2'), org: hashFeature('org'), event: hashFeature('event'), title: hashFeature('title'),
  quote: hashFeature('inquote'), qOpen: hashFeature('q-1'), qClose: hashFeature('q+1'), start: hashFeature('sstart'),
};

/**
 * Name bits by grammeme list. The morphology shares one frozen list per az tag, and an unknown
 * word's guessed readings are many: reading the bits of each list once saves six `includes`
 * per reading of every new word.
 */
const nameBitsByGrammemes = new WeakMap<readonly string[], number>();

/** The {@link NAME_GRAMMEMES} bits of one reading's grammemes. */
function nameBits(grammemes: readonly string[]): number {
  let bits = nameBitsByGrammemes.get(grammemes);
  if (bits === undefined) {
    bits = 0;
    for (let bit = 0; bit < NAME_GRAMMEMES.length; bit++) if (grammemes.includes(NAME_GRAMMEMES[bit]!)) bits |= 1 << bit;
    nameBitsByGrammemes.set(grammemes, bits);
  }
  return bits;
}

/** The top reading's lemma, part of speech and case, and the name grammemes, as cached keys. */
function russianWordKeys(morph: RussianMorphology, word: string): RussianWordKeys {
  const base = baseWordKeys(word);
  const parses = morph.parse(base.lower);
  const top = parses[0];
  let names = 0;
  for (const p of parses) names |= nameBits(p.grammemes);
  const lemma = hashFeature(top?.lemma ?? base.lower);
  const posCase = hashFeature(`${top?.pos ?? '-'}|${top?.case ?? '-'}`);
  base.own.push(combine(F.lemma, lemma), combine(F.pc, posCase), combine(combine(F.pc, posCase), base.shapeId));
  if (names) base.own.push(combine(F.g, names), combine(combine(F.g, names), base.shapeId));
  base.own.push(parses.some((p) => p.known) ? F.known : combine(F.unknown, base.shapeId));
  const lemmaText = top?.lemma ?? base.lower;
  const cls = ORG_HEADS.has(lemmaText) ? F.org : EVENT_HEADS.has(lemmaText) ? F.event : TITLES.has(lemmaText) ? F.title : 0;
  if (cls) base.own.push(combine(F.cls, cls));
  return { ...base, own: Uint32Array.from(base.own), lemma, posCase, names, cls, ru: russianParts(lemma, posCase, names, cls, base.shapeId) };
}

/** Indices into {@link RussianWordKeys.ru}. */
const R = { lm1: 0, lp1: 1, lm1S: 2, pcm1: 3, pcp1: 4, clsM1: 5, clsM2: 6, clsP1: 7, lm2: 8, gm1: 9, gp1: 10, quote: 11, qOpen: 12, qClose: 13, start: 14 } as const;

/**
 * What a word contributes to the keys of its own token and of its neighbours' that does not
 * depend on the other word: the whole "l-1" key of the next token, the first half of its
 * "l-1|s" key, this token's "inquote" key... Mixed once per distinct word instead of once per
 * token (about twenty combines a token before), the keys are the very same numbers.
 */
function russianParts(lemma: number, posCase: number, names: number, cls: number, shapeId: number): Uint32Array {
  const parts = new Uint32Array(15);
  parts[R.lm1] = combine(F.lm1, lemma);
  parts[R.lp1] = combine(F.lp1, lemma);
  parts[R.lm1S] = combine(F.lm1S, lemma);
  parts[R.pcm1] = combine(F.pcm1, posCase);
  parts[R.pcp1] = combine(F.pcp1, posCase);
  if (cls) {
    parts[R.clsM1] = combine(F.clsM1, cls);
    parts[R.clsM2] = combine(F.clsM2, cls);
    parts[R.clsP1] = combine(F.clsP1, cls);
  }
  parts[R.lm2] = combine(F.lm2, lemma);
  if (names) {
    parts[R.gm1] = combine(F.gm1, names);
    parts[R.gp1] = combine(F.gp1, names);
  }
  parts[R.quote] = combine(F.quote, shapeId);
  parts[R.qOpen] = combine(F.qOpen, shapeId);
  parts[R.qClose] = combine(F.qClose, shapeId);
  parts[R.start] = combine(F.start, shapeId);
  return parts;
}

/** The parts of the words before and after the sentence (lemma and part of speech BOS / EOS). */
const BOS_RU = russianParts(BOS, BOS, 0, 0, BOS);
const EOS_RU = russianParts(EOS, EOS, 0, 0, EOS);

/** The keys a rule tag gives its own token ("rule", "ruleT", "ruleL") and its neighbours ("r-1", "r+1"), and the half-mixed "rule|w" key. */
interface RuleKeys {
  /** Hash of the tag with its position (`source|type|position`). */
  readonly full: number;
  /** Hash of the tag's type and position. */
  readonly type: number;
  /** The token's own rule keys, in extractor order ("rule", "ruleT"). */
  readonly rule: number;
  readonly ruleT: number;
  /** `combine(F.ruleW, type)`: the "rule|w" key is this combined with the word's id. */
  readonly ruleW: number;
  /** The "ruleL" key (tagged tokens only), else 0. */
  readonly ruleL: number;
  /** The "r-1" key of the next token and the "r+1" key of the previous one. */
  readonly asPrev: number;
  readonly asNext: number;
}

function buildRuleKeys(full: number, type: number, length: number | undefined): RuleKeys {
  return {
    full,
    type,
    rule: combine(F.rule, full),
    ruleT: combine(F.ruleT, type),
    ruleW: combine(F.ruleW, type),
    ruleL: length === undefined ? 0 : combine(combine(F.ruleL, full), Math.min(length, 4)),
    asPrev: combine(F.rm1, type),
    asNext: combine(F.rp1, type),
  };
}

const NO_RULE = buildRuleKeys(F.noRule, F.noRule, undefined);
/** The "r-1" key of a sentence's first token and the "r+1" key of its last. */
const RM1_BOS = combine(F.rm1, BOS);
const RP1_EOS = combine(F.rp1, EOS);

/**
 * Rule keys by tag: a handful of distinct tags (source × type × position × length) cover every
 * document, so each is hashed once per process, not once per tagged token. Bounded anyway.
 */
const ruleKeyCache = new Map<string, RuleKeys>();

/** The keys of a rule tag (cached), or {@link NO_RULE}. */
function ruleKeys(tag: RuleTag | undefined): RuleKeys {
  if (!tag) return NO_RULE;
  const id = `${tag.source}|${tag.type}|${tag.position}|${tag.length}`;
  let keys = ruleKeyCache.get(id);
  if (!keys) {
    keys = buildRuleKeys(hashFeature(`${tag.source}|${tag.type}|${tag.position}`), hashFeature(`${tag.type}|${tag.position}`), tag.length);
    if (ruleKeyCache.size >= 10_000) ruleKeyCache.clear();
    ruleKeyCache.set(id, keys);
  }
  return keys;
}

/** The extractor over a morphology: `(words, rules) → keys`, with a per-process word cache. */
export type RussianExtractor = (words: readonly string[], rules: readonly (RuleTag | undefined)[]) => SentenceFeatures;

/**
 * Builds the Russian extractor (one per morphology; it caches what it learns of each word).
 * With `views`, the keys it returns are views of its buffer, valid until its next call: for the
 * tagger, which decodes each sentence at once (two copies per sentence saved); training keeps
 * every sentence's keys and leaves it off.
 */
export function createRussianExtractor(morph: RussianMorphology, views = false): RussianExtractor {
  const cache = new WordCache<RussianWordKeys>((w) => russianWordKeys(morph, w));
  const buffer = new KeyBuffer();
  return (words, rules) => {
    const n = words.length;
    const infos: RussianWordKeys[] = new Array(n);
    for (let i = 0; i < n; i++) infos[i] = cache.get(words[i]!);
    const tags = rules.map(ruleKeys);
    // Inside «...»: quoted names are the main way Russian news writes organization names.
    const quoted = new Uint8Array(n);
    let open = -1;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (w === '«') open = i;
      else if (w === '»' && open >= 0) {
        for (let k = open + 1; k < i; k++) quoted[k] = 1;
        open = -1;
      }
    }
    buffer.begin(n);
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      const prevInfo = i > 0 ? infos[i - 1]! : undefined;
      const nextInfo = i + 1 < n ? infos[i + 1]! : undefined;
      const prev = prevInfo ? prevInfo.ru : BOS_RU;
      const next = nextInfo ? nextInfo.ru : EOS_RU;
      const mine = info.ru;
      // pushAll, not pushWord: this model's table is small and the word-alone keys (bias,
      // shape, affixes) stay in cache, so a per-word sum saved nothing (1.74 µs a token with
      // every lookup, 1.97 µs with the cached sums, /tmp/tagspeed/micro2.mts).
      buffer.pushAll(info.own);
      contextKeys(infos, i, buffer);
      buffer.push(prev[R.lm1]!);
      buffer.push(next[R.lp1]!);
      buffer.push(combine(prev[R.lm1S]!, info.shapeId));
      buffer.push(prev[R.pcm1]!);
      buffer.push(next[R.pcp1]!);
      // "компания «Казпочта»", "министерство иностранных дел": a head word one or two back.
      if (prevInfo?.cls) buffer.push(combine(prev[R.clsM1]!, info.shapeId));
      if (i > 1 && infos[i - 2]!.cls) buffer.push(combine(infos[i - 2]!.ru[R.clsM2]!, info.shapeId));
      if (nextInfo?.cls) buffer.push(combine(next[R.clsP1]!, info.shapeId));
      buffer.push((i > 1 ? infos[i - 2]!.ru : BOS_RU)[R.lm2]!);
      if (prevInfo?.names) buffer.push(prev[R.gm1]!);
      if (nextInfo?.names) buffer.push(next[R.gp1]!);
      const tag = tags[i]!;
      buffer.push(tag.rule);
      buffer.push(tag.ruleT);
      buffer.push(combine(tag.ruleW, info.id));
      if (rules[i]) buffer.push(tag.ruleL);
      buffer.push(i > 0 ? tags[i - 1]!.asPrev : RM1_BOS);
      buffer.push(i + 1 < n ? tags[i + 1]!.asNext : RP1_EOS);
      if (quoted[i]) buffer.push(mine[R.quote]!);
      if (i > 0 && words[i - 1] === '«') buffer.push(mine[R.qOpen]!);
      if (i + 1 < n && words[i + 1] === '»') buffer.push(mine[R.qClose]!);
      if (i === 0) buffer.push(mine[R.start]!);
      buffer.next();
    }
    return views ? buffer.view() : buffer.finish();
  };
}
