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
  return { ...base, own: Uint32Array.from(base.own), lemma, posCase, names, cls };
}

/** Hash of a rule tag with and without its position, or 0 for no tag. */
function ruleKeys(tag: RuleTag | undefined): { full: number; type: number } {
  if (!tag) return { full: F.noRule, type: F.noRule };
  return { full: hashFeature(`${tag.source}|${tag.type}|${tag.position}`), type: hashFeature(`${tag.type}|${tag.position}`) };
}

/** The extractor over a morphology: `(words, rules) → keys`, with a per-process word cache. */
export type RussianExtractor = (words: readonly string[], rules: readonly (RuleTag | undefined)[]) => SentenceFeatures;

/** Builds the Russian extractor (one per morphology; it caches what it learns of each word). */
export function createRussianExtractor(morph: RussianMorphology): RussianExtractor {
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
      const prev = i > 0 ? infos[i - 1] : undefined;
      const next = i + 1 < n ? infos[i + 1] : undefined;
      buffer.pushAll(info.own);
      contextKeys(infos, i, buffer);
      buffer.push(combine(F.lm1, prev ? prev.lemma : BOS));
      buffer.push(combine(F.lp1, next ? next.lemma : EOS));
      buffer.push(combine(combine(F.lm1S, prev ? prev.lemma : BOS), info.shapeId));
      buffer.push(combine(F.pcm1, prev ? prev.posCase : BOS));
      buffer.push(combine(F.pcp1, next ? next.posCase : EOS));
      // "компания «Казпочта»", "министерство иностранных дел": a head word one or two back.
      if (prev?.cls) buffer.push(combine(combine(F.clsM1, prev.cls), info.shapeId));
      if (i > 1 && infos[i - 2]!.cls) buffer.push(combine(combine(F.clsM2, infos[i - 2]!.cls), info.shapeId));
      if (next?.cls) buffer.push(combine(combine(F.clsP1, next.cls), info.shapeId));
      buffer.push(combine(F.lm2, i > 1 ? infos[i - 2]!.lemma : BOS));
      if (prev?.names) buffer.push(combine(F.gm1, prev.names));
      if (next?.names) buffer.push(combine(F.gp1, next.names));
      const tag = tags[i]!;
      buffer.push(combine(F.rule, tag.full));
      buffer.push(combine(F.ruleT, tag.type));
      buffer.push(combine(combine(F.ruleW, tag.type), info.id));
      const rule = rules[i];
      if (rule) buffer.push(combine(combine(F.ruleL, tag.full), Math.min(rule.length, 4)));
      buffer.push(combine(F.rm1, i > 0 ? tags[i - 1]!.type : BOS));
      buffer.push(combine(F.rp1, i + 1 < n ? tags[i + 1]!.type : EOS));
      if (quoted[i]) buffer.push(combine(F.quote, info.shapeId));
      if (i > 0 && words[i - 1] === '«') buffer.push(combine(F.qOpen, info.shapeId));
      if (i + 1 < n && words[i + 1] === '»') buffer.push(combine(F.qClose, info.shapeId));
      if (i === 0) buffer.push(combine(F.start, info.shapeId));
      buffer.next();
    }
    return buffer.finish();
  };
}
