/**
 * A fast reader of az's OpenCorpora dictionary files that gives exactly the readings `az`'s
 * `Morph(word, { stutter: 0 })` gives (same readings, order, lemmas and scores to the bit), for
 * the parts of a reading this library keeps (see {@link OpenCorporaReading}).
 *
 * Why: az (MIT, pymorphy2's dictionaries) spends ~80 µs on a word (over the 38k distinct words
 * of 200 news articles, JIT warm), most of it in property lookups on its tag objects (each has its
 * own shape), in a CP1251 table that is an object, and in strings built per dictionary step; this
 * reader takes ~7 µs on a dictionary word and ~50 µs on a word it must guess from its ending.
 * New articles bring ~80 words the process has not seen, so az was about half of the entity
 * stage on unseen news (18.6 of 40 ms per 1 KB article). The reader walks the very same DAWG
 * files with typed-array tables and precomputed tag facts; az still loads the files, so the
 * browser's fetch loader keeps working. What remains of a new word's cost is mostly memory: each
 * DAWG step is a likely cache miss, which is why the probability walks below are cut short.
 *
 * Every step below mirrors one of az 0.2.3's parsers (`Az.Morph.Parsers.*`, node_modules/az/dist/az.js)
 * with az's defaults (`typos: 0`, `ignoreCase: false`, `replacements: { е: 'ё' }`) and `stutter: 0`;
 * test/languages/ru/opencorpora.test.ts compares the two on words of every kind.
 * @module
 */

/** The dictionary files az loads, as az's loader delivered them. */
export interface OpenCorporaFiles {
  /** words.dawg */
  words: ArrayBuffer;
  /** p_t_given_w.intdawg: P(tag | word) × 10⁶. */
  probabilities: ArrayBuffer;
  /** prediction-suffixes-{0,1,2}.dawg, for the paradigm prefixes '', 'по', 'наи'. */
  predictionSuffixes: readonly [ArrayBuffer, ArrayBuffer, ArrayBuffer];
  /** paradigms.array */
  paradigms: ArrayBuffer;
  /** suffixes.json */
  suffixes: readonly string[];
  /** grammemes.json: [name, parent, Russian name, description]. */
  grammemes: readonly (readonly string[])[];
  /** gramtab-opencorpora-int.json */
  tags: readonly string[];
}

/**
 * A tag as az builds it (`new Tag(str)`): every grammeme a property set to true, every parent
 * grammeme set to its child's name (`CAse: 'gent'`), `POS` copied from `POST`.
 */
export type OpenCorporaTag = Readonly<Record<string, string | boolean | undefined>>;

/** One reading: what `toParse` in morph.ts reads of an az parse. */
export interface OpenCorporaReading {
  /** `parse.normalize().word`: undefined for a hyphenated compound (az's CombinedParse has no `word`). */
  readonly lemma: string | undefined;
  readonly tag: OpenCorporaTag;
  readonly score: number;
  /** The az parser that produced it ('Dictionary' for a dictionary word). */
  readonly parser: string;
}

/** A tag with the facts the parsers ask about it, computed once. */
interface TagInfo {
  readonly tag: OpenCorporaTag;
  /** az's `Tag.isProductive()`. */
  readonly productive: boolean;
  /** az's `Tag.isCapitalized()` (a name, place or initial: only capitalized words may have it). */
  readonly capitalized: boolean;
  readonly abbr: boolean;
  /** `tag.matches(['ADJF', 'sing', 'datv'])`: the adjective form behind "по-западному". */
  readonly adjectiveSingDatv: boolean;
  /** Values of POST, NMbr, CAse, PErs, TEns: what two halves of a hyphenated word must share. */
  readonly agreement: readonly (string | boolean | undefined)[];
  /** `tag.toString()` + nothing: the key suffix of the probability lookup, as CP1251 bytes. */
  readonly keyBytes: Uint8Array;
}

const MISSING = -1;
const HAS_LEAF_BIT = 1 << 8;
const EXTENSION_BIT = 1 << 9;
const IS_LEAF_BIT = 1 << 31;

/**
 * Unicode code unit → CP1251 byte, -1 where az's table has none (az's `CP1251` object: ASCII,
 * and the upper half of windows-1251 except the unassigned 0x98).
 */
const CP1251 = buildCp1251();

function buildCp1251(): Int16Array {
  const table = new Int16Array(0x10000).fill(-1);
  for (let b = 0; b < 0x80; b++) table[b] = b;
  // prettier-ignore
  const upper = [
    0x402, 0x403, 0x201a, 0x453, 0x201e, 0x2026, 0x2020, 0x2021, 0x20ac, 0x2030, 0x409, 0x2039, 0x40a, 0x40c, 0x40b, 0x40f,
    0x452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, -1, 0x2122, 0x459, 0x203a, 0x45a, 0x45c, 0x45b, 0x45f,
    0xa0, 0x40e, 0x45e, 0x408, 0xa4, 0x490, 0xa6, 0xa7, 0x401, 0xa9, 0x404, 0xab, 0xac, 0xad, 0xae, 0x407,
    0xb0, 0xb1, 0x406, 0x456, 0x491, 0xb5, 0xb6, 0xb7, 0x451, 0x2116, 0x454, 0xbb, 0x458, 0x405, 0x455, 0x457,
  ];
  for (let k = 0; k < upper.length; k++) if (upper[k]! >= 0) table[upper[k]!] = 0x80 + k;
  // А..я are 0xC0..0xFF in order.
  for (let k = 0; k < 64; k++) table[0x410 + k] = 0xc0 + k;
  return table;
}

/** The byte of 'ё', the letter az may read in place of 'е'. */
const YO_BYTE = 0xb8;
const YE = 0x435;
const YE_BYTE = 0xe5;

/** A DAWG as az's `DAWG.fromArrayBuffer` reads it (pymorphy2/dawgdic layout). */
class Dawg {
  readonly units: Uint32Array;
  readonly guide: Uint8Array;

  constructor(data: ArrayBuffer) {
    const view = new DataView(data);
    const unitsLength = view.getUint32(0, true);
    const guideLength = view.getUint32(unitsLength * 4 + 4, true);
    this.units = new Uint32Array(data, 4, unitsLength);
    this.guide = new Uint8Array(data, unitsLength * 4 + 8, guideLength * 2);
  }

  followByte(c: number, index: number): number {
    const units = this.units;
    const next = index ^ offset(units[index]!) ^ (c & 0xff);
    // Out-of-range reads are undefined → 0 in the bit operation, exactly as in az.
    if ((units[next]! & (IS_LEAF_BIT | 0xff)) !== (c & 0xff)) return MISSING;
    return next;
  }

  /** Follows the CP1251 bytes of `str`; MISSING when a character has no byte or no edge. */
  followString(str: string, index: number): number {
    for (let i = 0; i < str.length && index !== MISSING; i++) {
      const b = CP1251[str.charCodeAt(i)]!;
      if (b < 0) return MISSING;
      index = this.followByte(b, index);
    }
    return index;
  }

  followBytes(bytes: Uint8Array, index: number): number {
    for (let i = 0; i < bytes.length && index !== MISSING; i++) index = this.followByte(bytes[i]!, index);
    return index;
  }

  hasValue(index: number): boolean {
    return (this.units[index]! & HAS_LEAF_BIT) !== 0;
  }

  value(index: number): number {
    return this.units[index ^ offset(this.units[index]!)]! & ~IS_LEAF_BIT;
  }

  /**
   * az's `iterateAll`: the payloads below `index`, each decoded from its key bytes into `width`
   * numbers (2 for words: paradigm, form; 3 for suffixes: count, paradigm, form), appended flat.
   */
  iterateAll(start: number, width: 2 | 3, out: number[]): void {
    const stack = [start];
    const key: number[] = [];
    let last = 0;
    let index = start;
    for (;;) {
      index = stack[stack.length - 1]!;
      if (last !== 0) {
        let label = this.guide[index << 1]!;
        if (label) {
          index = this.followByte(label, index);
          if (index === MISSING) return;
          key.push(label);
          stack.push(index);
        } else {
          do {
            label = this.guide[(index << 1) + 1]!;
            key.pop();
            stack.pop();
            if (!stack.length) return;
            index = stack[stack.length - 1]!;
            if (label) {
              index = this.followByte(label, index);
              if (index === MISSING) return;
              key.push(label);
              stack.push(index);
            }
          } while (!label);
        }
      }
      while (!this.hasValue(index)) {
        const label = this.guide[index << 1]!;
        index = this.followByte(label, index);
        if (index === MISSING) return;
        key.push(label);
        stack.push(index);
      }
      for (let k = 0; k < width; k++) out.push(((key[2 * k]! ^ 1) << 6) + (key[2 * k + 1]! >> 1));
      last = index;
    }
  }

  /**
   * az's `findAll(str, { е: 'ё' }, 0, 0)` on a words or suffixes DAWG: every spelling of `str`
   * with any 'е' read as 'ё' that the DAWG has, each with its payloads (`width` numbers each,
   * flat). az walks a stack that tries the plain 'е' before 'ё' at each 'е': the same order as
   * this depth-first walk, which builds a spelling only where it branches.
   */
  findAll(str: string, width: 2 | 3): { word: string; payload: number[] }[] {
    const results: { word: string; payload: number[] }[] = [];
    this.walk(str, 0, 0, '', width, results);
    return results;
  }

  private walk(str: string, from: number, index: number, spelled: string, width: 2 | 3, results: { word: string; payload: number[] }[]): void {
    let k = from;
    for (; k < str.length; k++) {
      const code = str.charCodeAt(k);
      if (code === YE) break;
      const b = CP1251[code]!;
      if (b < 0) return;
      index = this.followByte(b, index);
      if (index === MISSING) return;
    }
    if (k === str.length) {
      const payloadIndex = this.followByte(1, index); // the separator before the payload
      if (payloadIndex === MISSING) return;
      const payload: number[] = [];
      this.iterateAll(payloadIndex, width, payload);
      results.push({ word: from === 0 ? str : spelled + str.slice(from), payload });
      return;
    }
    const head = spelled + str.slice(from, k);
    const ye = this.followByte(YE_BYTE, index);
    if (ye !== MISSING) this.walk(str, k + 1, ye, head + 'е', width, results);
    const yo = this.followByte(YO_BYTE, index);
    if (yo !== MISSING) this.walk(str, k + 1, yo, head + 'ё', width, results);
  }
}

function offset(base: number): number {
  return (base >> 10) << ((base & EXTENSION_BIT) >> 6);
}

/** az's paradigm prefixes (pymorphy2's PARADIGM_PREFIXES). */
const PARADIGM_PREFIXES = ['', 'по', 'наи'] as const;

/** az's `initials`: capital letters that can be an initial or an abbreviation's first and last letter. */
const INITIALS = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ';

/** az's `particles` (смотри-ка). */
const PARTICLES = ['-то', '-ка', '-таки', '-де', '-тко', '-тка', '-с', '-ста'];

/** az's `knownPrefixes`, in its order (the order of the readings depends on it). */
// prettier-ignore
const KNOWN_PREFIXES = [
  'авиа', 'авто', 'аква', 'анти', 'анти-', 'антропо', 'архи', 'арт', 'арт-', 'астро', 'аудио', 'аэро',
  'без', 'бес', 'био', 'вело', 'взаимо', 'вне', 'внутри', 'видео', 'вице-', 'вперед', 'впереди',
  'гекто', 'гелио', 'гео', 'гетеро', 'гига', 'гигро', 'гипер', 'гипо', 'гомо',
  'дву', 'двух', 'де', 'дез', 'дека', 'деци', 'дис', 'до', 'евро', 'за', 'зоо', 'интер', 'инфра',
  'квази', 'квази-', 'кило', 'кино', 'контр', 'контр-', 'космо', 'космо-', 'крипто', 'лейб-', 'лже', 'лже-',
  'макро', 'макси', 'макси-', 'мало', 'меж', 'медиа', 'медиа-', 'мега', 'мета', 'мета-', 'метео', 'метро', 'микро',
  'милли', 'мини', 'мини-', 'моно', 'мото', 'много', 'мульти',
  'нано', 'нарко', 'не', 'небез', 'недо', 'нейро', 'нео', 'низко', 'обер-', 'обще', 'одно', 'около', 'орто',
  'палео', 'пан', 'пара', 'пента', 'пере', 'пиро', 'поли', 'полу', 'после', 'пост', 'пост-',
  'порно', 'пра', 'пра-', 'пред', 'пресс-', 'противо', 'противо-', 'прото', 'псевдо', 'псевдо-',
  'радио', 'разно', 'ре', 'ретро', 'ретро-', 'само', 'санти', 'сверх', 'сверх-', 'спец', 'суб', 'супер', 'супер-', 'супра',
  'теле', 'тетра', 'топ-', 'транс', 'транс-', 'ультра', 'унтер-', 'штаб-',
  'экзо', 'эко', 'эндо', 'эконом-', 'экс', 'экс-', 'экстра', 'экстра-', 'электро', 'энерго', 'этно',
];

/** The known prefixes that end in a hyphen: a word starting with one is no compound of two words. */
const HYPHEN_PREFIXES = KNOWN_PREFIXES.filter((p) => p.endsWith('-'));

/** az's SuffixKnown weights by suffix length. */
const SUFFIX_COEFFS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];

// Copied from az's RegexpParser definitions (all anchored, linear).
const INT_NUMBER = /^[−-]?[0-9]+$/;
const REAL_NUMBER = /^[−-]?([0-9]*[.,][0-9]+)$/;
const PUNCTUATION = /^[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,\-.\/:;<=>?@\[\]^_`{|}~]+$/;
const ROMAN_NUMBER = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const LATIN = /[A-Za-z\u00C0-\u00D6\u00D8-\u00f6\u00f8-\u024f]$/;

/** What two halves of a hyphenated word must agree on (az's HyphenWords). */
const AGREEMENT = ['POST', 'NMbr', 'CAse', 'PErs', 'TEns'] as const;

/** A reading under construction: a dictionary form (paradigm, form), or a fixed tag. */
interface Candidate {
  /** 0 dictionary form, 1 hyphenated compound, 2 a word with a fixed tag (number, abbreviation, ...). */
  kind: 0 | 1 | 2;
  /** The dictionary form's spelling (az's `DictionaryParse.word`) or the word itself. */
  word: string;
  paradigm: number;
  form: number;
  info: TagInfo;
  score: number;
  parser: string;
}

/** The analyzer over loaded files. */
export interface OpenCorporaAnalyzer {
  /** az's `Morph(word, { stutter: 0 })`, reduced to {@link OpenCorporaReading}s. */
  parse(word: string): OpenCorporaReading[];
  /**
   * az's `Morph(word, { stutter: 0 })[parseIndex].inflect(grammemes).word`: the word in the first
   * form of that reading's paradigm that has every grammeme; undefined when there is none.
   */
  inflect(word: string, grammemes: readonly string[], parseIndex: number): string | undefined;
}

/** Builds the analyzer (a few ms: the tags and the paradigm index). */
export function createOpenCorporaAnalyzer(files: OpenCorporaFiles): OpenCorporaAnalyzer {
  return new Analyzer(files);
}

/** The parsers of az's default list, in its order, with the tables they share. */
class Analyzer implements OpenCorporaAnalyzer {
  private readonly words: Dawg;
  private readonly probabilities: Dawg;
  private readonly predictionSuffixes: readonly Dawg[];
  private readonly paradigms: readonly Uint16Array[];
  private readonly suffixes: readonly string[];
  /** The dictionary's tags as strings, and each one's {@link TagInfo} once a reading needed it. */
  private readonly tagStrings: readonly string[];
  private readonly tags: (TagInfo | undefined)[];
  private readonly parents: ReadonlyMap<string, string>;
  private readonly abbrTags: readonly TagInfo[];
  private readonly initialTags: readonly TagInfo[];
  private readonly adverbTag: TagInfo;
  /** az's default parser list: name, the parser, and whether a match there ends the search. */
  private readonly parsers: readonly (readonly [string, (word: string) => Candidate[], boolean])[];

  constructor(files: OpenCorporaFiles) {
    this.words = new Dawg(files.words);
    this.probabilities = new Dawg(files.probabilities);
    this.predictionSuffixes = files.predictionSuffixes.map((d) => new Dawg(d));
    this.paradigms = readParadigms(files.paradigms);
    this.suffixes = files.suffixes;
    const parents = new Map<string, string>();
    for (const g of files.grammemes) {
      // az indexes both the internal and the Russian name; a tag string uses the internal ones.
      parents.set(g[0]!, g[1] ?? '');
      parents.set(g[2]!, g[1] ?? '');
    }
    this.parents = parents;
    // Built on first use: a news stream meets a few hundred of the 4,880 tags, and building all
    // of them at load took ~100 ms and 5 MB.
    this.tagStrings = files.tags;
    this.tags = new Array<TagInfo | undefined>(files.tags.length);
    const abbrTags: TagInfo[] = [];
    for (const gender of ['masc', 'femn', 'neut']) {
      for (const c of ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']) {
        for (const number of ['sing', 'plur']) abbrTags.push(tagInfo(`NOUN,inan,${gender},Fixd,Abbr ${number},${c}`, parents));
      }
    }
    this.abbrTags = abbrTags;
    const initialTags: TagInfo[] = [];
    for (const gender of ['masc', 'femn']) {
      for (const c of ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']) initialTags.push(tagInfo(`NOUN,anim,${gender},Sgtm,Name,Fixd,Abbr,Init sing,${c}`, parents));
    }
    this.initialTags = initialTags;
    // Tags az makes itself at init, after adding these parents (NUMB, ROMN, LATN, PNCT, UNKN → POST).
    const special = new Map(parents);
    for (const g of ['NUMB', 'ЧИСЛО', 'ROMN', 'РИМ', 'LATN', 'ЛАТ', 'PNCT', 'ЗПР', 'UNKN', 'НЕИЗВ']) special.set(g, 'POST');
    this.adverbTag = tagInfo('ADVB', special);
    const byRegexp = (regexp: RegExp, info: TagInfo) => (word: string): Candidate[] =>
      word.length && regexp.test(word) ? [fixedForm(word, info, 0)] : [];
    this.parsers = [
      ['Dictionary', (w) => this.dictionary(w), false],
      ['AbbrName', (w) => this.initials(w), false],
      ['AbbrPatronymic', (w) => this.initials(w), true],
      ['IntNumber', byRegexp(INT_NUMBER, tagInfo('NUMB,intg', special)), true],
      ['RealNumber', byRegexp(REAL_NUMBER, tagInfo('NUMB,real', special)), true],
      ['Punctuation', byRegexp(PUNCTUATION, tagInfo('PNCT', special)), true],
      ['RomanNumber', byRegexp(ROMAN_NUMBER, tagInfo('ROMN', special)), false],
      ['Latin', byRegexp(LATIN, tagInfo('LATN', special)), true],
      ['HyphenParticle', (w) => this.hyphenParticle(w), true],
      ['HyphenAdverb', (w) => this.hyphenAdverb(w), true],
      ['HyphenWords', (w) => this.hyphenWords(w), true],
      ['PrefixKnown', (w) => this.prefixKnown(w), true],
      ['PrefixUnknown', (w) => this.prefixUnknown(w), false],
      ['SuffixKnown', (w) => this.suffixKnown(w), false],
      ['Abbr', (w) => this.abbreviation(w), true],
    ];
  }

  parse(word: string): OpenCorporaReading[] {
    return this.candidates(word).map((c) => ({ lemma: this.lemmaOf(c), tag: c.info.tag, score: c.score, parser: c.parser }));
  }

  inflect(word: string, grammemes: readonly string[], parseIndex: number): string | undefined {
    const c = this.candidates(word)[parseIndex];
    // az: a fixed form inflects to itself; a hyphenated compound's inflection has no `word`.
    if (!c || c.kind === 1) return undefined;
    if (c.kind === 2) return c.word;
    // az's DictionaryParse.inflect: the paradigm's first form whose tag has every grammeme.
    const p = this.paradigms[c.paradigm]!;
    const formCount = p.length / 3;
    for (let form = 0; form < formCount; form++) {
      const tag = this.tag(p[formCount + form]!).tag;
      if (grammemes.every((g) => tag[g])) return this.formOf(c, form);
    }
    return undefined;
  }

  /** az's readings of a word, scored and sorted as its `Morph` returns them. */
  private candidates(word: string): Candidate[] {
    let parses: Candidate[] = [];
    let matched = false;
    for (const [name, parser, terminal] of this.parsers) {
      const found = parser(word);
      for (const c of found) c.parser = name;
      if (found.length > 0) {
        matched = true;
        parses = parses.length ? parses.concat(found) : found;
      }
      if (matched && terminal) break;
    }
    // Scores as az's Morph computes them: dictionary readings by P(tag | word), normalized
    // separately from the guessed ones (same operations in the same order: the same floats).
    let total = 0;
    const key = this.probabilityKey;
    key.word = undefined;
    let dictionaryReadings = 0;
    for (const c of parses) if (c.parser === 'Dictionary') dictionaryReadings++;
    // A lone dictionary reading scores exactly 1 either way: p / 10⁶ divided by itself (every
    // value in p_t_given_w is above 0: 85,519 entries, 19 to 999,843), or 1 with no entry.
    // Skipping its walk of the table saves about thirty likely cache misses.
    const lone = dictionaryReadings === 1;
    for (const c of parses) {
      if (c.parser !== 'Dictionary') continue;
      if (lone) {
        c.score = 1;
        continue;
      }
      const p = this.probability(c.word, c.info.keyBytes, key);
      if (p !== undefined) {
        c.score = (p / 1000000) * 1;
        total += c.score;
      }
    }
    if (total > 0) for (const c of parses) if (c.parser === 'Dictionary') c.score /= total;
    total = 0;
    for (const c of parses) if (c.parser !== 'Dictionary') total += c.score;
    if (total > 0) for (const c of parses) if (c.parser !== 'Dictionary') c.score /= total;
    if (parses.length > 1) parses.sort((a, b) => b.score - a.score);
    return parses;
  }

  /** The last probability key walked: the next one of the same word resumes where they diverge. */
  private readonly probabilityKey: ProbabilityKey = { word: undefined, tag: new Uint8Array(0), path: new Int32Array(64), valid: 0 };

  /**
   * P(tag | word) × 10⁶ from p_t_given_w (key "word:tag"), undefined when the table has none.
   * Each step of the walk is a likely cache miss in a 2 MB table, and a word's readings share
   * the word and most of the tag ("NOUN,inan,masc sing,nomn" / "...,accs"): the walk resumes
   * from the longest prefix it shares with the previous key.
   */
  private probability(word: string, tag: Uint8Array, last: ProbabilityKey): number | undefined {
    const dawg = this.probabilities;
    let from = 0;
    let index: number;
    if (last.word === word) {
      const shared = Math.min(tag.length, last.tag.length, last.valid);
      while (from < shared && tag[from] === last.tag[from]) from++;
      index = last.path[from]!;
    } else {
      index = dawg.followString(word, 0);
      if (index !== MISSING) index = dawg.followByte(0x3a /* ':' */, index);
      last.word = word;
      last.path[0] = index;
    }
    last.tag = tag;
    let i = from;
    for (; i < tag.length && index !== MISSING; i++) {
      index = dawg.followByte(tag[i]!, index);
      if (i + 1 < last.path.length) last.path[i + 1] = index;
    }
    last.valid = Math.min(i, last.path.length - 1);
    if (index === MISSING || !dawg.hasValue(index)) return undefined;
    return dawg.value(index);
  }

  /** The tag of a paradigm's form. */
  private formTag(paradigm: number, form: number): TagInfo {
    const p = this.paradigms[paradigm]!;
    return this.tag(p[p.length / 3 + form]!);
  }

  /** The dictionary's tag number `index`. */
  private tag(index: number): TagInfo {
    return (this.tags[index] ??= tagInfo(this.tagStrings[index]!, this.parents));
  }

  /** Dictionary forms of a lower-case word, each spelling with its (paradigm, form) pairs. */
  private dictionaryForms(lower: string, weight: number, keep: (info: TagInfo) => boolean, out: Candidate[]): void {
    for (const { word: spelling, payload } of this.words.findAll(lower, 2)) {
      for (let k = 0; k < payload.length; k += 2) {
        const info = this.formTag(payload[k]!, payload[k + 1]!);
        if (keep(info)) out.push({ kind: 0, word: spelling, paradigm: payload[k]!, form: payload[k + 1]!, info, score: weight, parser: '' });
      }
    }
  }

  /** az's Dictionary parser: the word's dictionary forms; name tags only for a capitalized word. */
  private dictionary(word: string): Candidate[] {
    const out: Candidate[] = [];
    const capitalized = isCapitalized(word);
    this.dictionaryForms(word.toLocaleLowerCase(), 1, capitalized ? keepAll : keepUncapitalized, out);
    return out;
  }

  private initials(word: string): Candidate[] {
    if (word.length !== 1 || !INITIALS.includes(word)) return [];
    return this.initialTags.map((info) => fixedForm(word, info, 0.1));
  }

  private hyphenParticle(word: string): Candidate[] {
    const lower = word.toLocaleLowerCase();
    const out: Candidate[] = [];
    for (const particle of PARTICLES) {
      if (lower.substr(lower.length - particle.length) !== particle) continue;
      // az: DictionaryParse score 1, then × 0.9.
      this.dictionaryForms(lower.slice(0, -particle.length), 1 * 0.9, keepAll, out);
    }
    return out;
  }

  private hyphenAdverb(word: string): Candidate[] {
    const lower = word.toLocaleLowerCase();
    if (lower.length < 5 || lower.substr(0, 3) !== 'по-') return [];
    const out: Candidate[] = [];
    // A plain object as in az (its keys are dictionary spellings).
    const used: Record<string, boolean> = {};
    for (const { word: spelling, payload } of this.words.findAll(lower.substr(3), 2)) {
      if (used[spelling]) continue;
      for (let k = 0; k < payload.length; k += 2) {
        if (this.formTag(payload[k]!, payload[k + 1]!).adjectiveSingDatv) {
          used[spelling] = true;
          out.push(fixedForm('по-' + spelling, this.adverbTag, 1 * 0.9));
          break;
        }
      }
    }
    return out;
  }

  private hyphenWords(word: string): Candidate[] {
    const lower = word.toLocaleLowerCase();
    if (!lower.includes('-')) return [];
    for (const p of HYPHEN_PREFIXES) if (lower.startsWith(p)) return [];
    const out: Candidate[] = [];
    const parts = lower.split('-');
    if (parts.length !== 2 || !parts[0]!.length || !parts[1]!.length) {
      if (parts.length > 2) {
        for (const c of this.dictionary(parts[parts.length - 1]!)) {
          c.score *= 0.2;
          out.push(c);
        }
      }
      return out;
    }
    const left = this.dictionary(parts[0]!);
    const right = this.dictionary(parts[1]!);
    for (const l of left) {
      if (l.info.abbr) continue;
      for (const r of right) {
        if (agrees(l.info, r.info)) out.push({ kind: 1, word: '', paradigm: 0, form: 0, info: r.info, score: l.score * r.score * 0.8, parser: '' });
      }
    }
    for (const r of right) {
      r.score *= 0.3;
      out.push(r);
    }
    return out;
  }

  /** Dictionary readings of the word without its first letters (PrefixKnown, PrefixUnknown). */
  private afterPrefix(end: string, capitalized: boolean, weight: number, out: Candidate[]): void {
    // az: Dictionary(end), which keeps name tags only when `end` itself is capitalized (it is
    // lower case: never), then only productive tags, name tags only for a capitalized word;
    // each score (1) × weight.
    const names = capitalized && isCapitalized(end);
    this.dictionaryForms(end.toLocaleLowerCase(), 1 * weight, names ? keepProductive : keepProductiveUncapitalized, out);
  }

  private prefixKnown(word: string): Candidate[] {
    const capitalized = isCapitalized(word);
    const lower = word.toLocaleLowerCase();
    const out: Candidate[] = [];
    for (const p of KNOWN_PREFIXES) {
      if (lower.length - p.length < 3) continue;
      if (lower.startsWith(p)) this.afterPrefix(lower.substr(p.length), capitalized, 0.7, out);
    }
    return out;
  }

  private prefixUnknown(word: string): Candidate[] {
    const capitalized = isCapitalized(word);
    const lower = word.toLocaleLowerCase();
    const out: Candidate[] = [];
    for (let len = 1; len <= 5; len++) {
      if (lower.length - len < 3) break;
      this.afterPrefix(lower.substr(len), capitalized, 0.3, out);
    }
    return out;
  }

  private suffixKnown(word: string): Candidate[] {
    if (word.length < 4) return [];
    const capitalized = isCapitalized(word);
    const keep = capitalized ? keepProductive : keepProductiveUncapitalized;
    const lower = word.toLocaleLowerCase();
    let out: Candidate[] = [];
    let minLength = 1;
    // az's `used` keys are "spelling:paradigm:form": one set of paradigm × 2¹⁶ + form per spelling
    // (a payload number is below 2¹⁴) builds no string per suffix statistic.
    const used = new Map<string, Set<number>>();
    for (let i = 0; i < PARADIGM_PREFIXES.length; i++) {
      const prefix = PARADIGM_PREFIXES[i]!;
      if (prefix.length && !lower.startsWith(prefix)) continue;
      const base = lower.substr(prefix.length);
      for (let len = 5; len >= minLength; len--) {
        if (len >= base.length) continue;
        const left = base.substr(0, base.length - len);
        const found: Candidate[] = [];
        let max = 1;
        for (const { word: suffix, payload } of this.predictionSuffixes[i]!.findAll(base.substr(base.length - len), 3)) {
          const spelling = prefix + left + suffix;
          let seen = used.get(spelling);
          if (!seen) used.set(spelling, (seen = new Set()));
          for (let k = 0; k < payload.length; k += 3) {
            const paradigm = payload[k + 1]!;
            const form = payload[k + 2]!;
            const info = this.formTag(paradigm, form);
            if (!keep(info)) continue;
            const key = paradigm * 0x10000 + form;
            if (seen.has(key)) continue;
            const count = payload[k]!;
            max = Math.max(max, count);
            found.push({ kind: 0, word: spelling, paradigm, form, info, score: count * SUFFIX_COEFFS[len]!, parser: '' });
            seen.add(key);
          }
        }
        if (found.length > 0) {
          for (const c of found) c.score /= max;
          out = out.concat(found);
          // az also tries the suffix one letter shorter.
          minLength = Math.max(len - 1, 1);
        }
      }
    }
    return out;
  }

  private abbreviation(word: string): Candidate[] {
    if (word.length < 2 || word.includes('-')) return [];
    if (!INITIALS.includes(word[0]!) || !INITIALS.includes(word[word.length - 1]!)) return [];
    let caps = 0;
    for (let i = 0; i < word.length; i++) if (INITIALS.includes(word[i]!)) caps++;
    if (caps > 5) return [];
    return this.abbrTags.map((info) => fixedForm(word, info, 0.5));
  }

  /** az's `normalize().word`: a dictionary form's paradigm's first form, a fixed form's own word. */
  private lemmaOf(c: Candidate): string | undefined {
    if (c.kind === 2) return c.word;
    if (c.kind === 1) return undefined;
    return this.formOf(c, 0);
  }

  /** A dictionary reading's word put in another form of its paradigm (az's stem, then the form's affixes). */
  private formOf(c: Candidate, form: number): string {
    const p = this.paradigms[c.paradigm]!;
    const formCount = p.length / 3;
    const ownPrefix = PARADIGM_PREFIXES[p[(formCount << 1) + c.form]! as 0 | 1 | 2]!;
    const base = c.word.substring(ownPrefix.length, c.word.length - this.suffixes[p[c.form]!]!.length);
    return PARADIGM_PREFIXES[p[(formCount << 1) + form]! as 0 | 1 | 2]! + base + this.suffixes[p[form]!]!;
  }
}

/** A walk of the probability table: the word, the tag bytes after "word:", the node after each. */
interface ProbabilityKey {
  word: string | undefined;
  tag: Uint8Array;
  /** `path[i]`: the node after the word, ':' and `i` tag bytes (MISSING once the walk left the table). */
  path: Int32Array;
  /** `path[0..valid]` belong to this walk. */
  valid: number;
}

/** A word with a tag of its own (number, abbreviation, initial, adverb): its lemma is itself. */
function fixedForm(word: string, info: TagInfo, score: number): Candidate {
  return { kind: 2, word, paradigm: 0, form: 0, info, score, parser: '' };
}

const keepAll = (): boolean => true;
const keepUncapitalized = (info: TagInfo): boolean => !info.capitalized;
const keepProductive = (info: TagInfo): boolean => info.productive;
const keepProductiveUncapitalized = (info: TagInfo): boolean => info.productive && !info.capitalized;

/** az's capitalization test: first letter upper case and not all of the rest upper case. */
function isCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  // A lower-case Cyrillic or Latin first letter is its own lower case: no strings to build.
  if ((first >= 0x430 && first <= 0x44f) || (first >= 0x61 && first <= 0x7a)) return false;
  return word.length > 0 && word[0]!.toLocaleLowerCase() !== word[0] && word.substr(1).toLocaleUpperCase() !== word.substr(1);
}

/** The two readings agree on part of speech, number, case, person and tense (az's `Tag.matches`). */
function agrees(a: TagInfo, b: TagInfo): boolean {
  for (let k = 0; k < AGREEMENT.length; k++) if (a.agreement[k] !== b.agreement[k]) return false;
  return true;
}

/** paradigms.array: a count, then each paradigm as its length and its numbers (az's reading). */
function readParadigms(data: ArrayBuffer): Uint16Array[] {
  const list = new Uint16Array(data);
  const count = list[0]!;
  const out: Uint16Array[] = [];
  let pos = 1;
  for (let i = 0; i < count; i++) {
    const size = list[pos++]!;
    out.push(list.subarray(pos, pos + size));
    pos += size;
  }
  return out;
}

/** Builds a tag as az's `Tag` constructor does, and the facts the parsers need of it. */
function tagInfo(str: string, parents: ReadonlyMap<string, string>): TagInfo {
  const tag: Record<string, string | boolean | undefined> = Object.create(null) as Record<string, string | boolean | undefined>;
  const pair = str.split(' ');
  const stat = pair[0]!.split(',');
  const flex = pair[1] ? pair[1].split(',') : [];
  for (const grams of [stat, flex]) {
    for (let gram of grams) {
      tag[gram] = true;
      // loc2 → loct → CAse: each parent is set to the name of its child.
      let parent: string | undefined;
      while ((parent = parents.get(gram))) {
        tag[parent] = gram;
        gram = parent;
      }
    }
  }
  if ('POST' in tag) tag.POS = tag.POST;
  const text = `${stat.join(',')} ${flex.join(',')}`.trim();
  const keyBytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) keyBytes[i] = CP1251[text.charCodeAt(i)]!;
  const has = (g: string) => Boolean(tag[g]);
  return {
    tag: Object.freeze(tag),
    productive: !['NUMR', 'NPRO', 'PRED', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'Apro', 'NUMB', 'ROMN', 'LATN', 'PNCT', 'UNKN'].some(has),
    capitalized: ['Name', 'Surn', 'Patr', 'Geox', 'Init'].some(has),
    abbr: has('Abbr'),
    adjectiveSingDatv: has('ADJF') && has('sing') && has('datv'),
    agreement: AGREEMENT.map((g) => tag[g]),
    keyBytes,
  };
}
