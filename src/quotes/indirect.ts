/**
 * Indirect speech (kind `indirect`): reported content without quote marks.
 * - a source phrase opening the clause: "По словам X, …", "по мнению X, …", "как сообщил X, …",
 *   "according to X, …", Kazakh "X-тың айтуынша, …";
 * - a cue verb with a complement clause: "X отметил, что …", "X said (that) …" (the span starts
 *   at the complementizer, as the Russian annotation does);
 * - an unmarked clause with an inverted frame ("Q, говорят эксперты.", "Q1, утверждает X, Q2") or
 *   after a verb and a colon ("Мама сказала: Q");
 * - Kazakh "… деп атап өтті X" without marks.
 * Spans that overlap a direct quote are left to it (a partial quote inside reported speech).
 * Each sentence is read once through a bounded token window, so the cost stays linear.
 * @module
 */
import type { ArticleDocument } from '../text/document.js';
import type { Span } from '../types.js';
import type { Agreement, CueLexicon } from './cues/index.js';
import { KK_DEP } from './cues/index.js';
import type { Candidate } from './direct.js';
import { frameAt, readSpeaker, subjectBefore, type Frame, type SpeakerRef } from './frame.js';
import { fold, tokensAfter, type Tok } from './scan.js';

/** Tokens read per sentence: longer sentences are cut (their tail is rarely the frame). */
const MAX_TOKENS = 160;

/** Complementizers that open reported content after a cue verb. */
const COMPLEMENTIZERS = new Set(['что', 'будто', 'чтобы', 'that']);

/** English words between a verb and "that": "said Friday that", "pointed out that" (not "offered no proof that"). */
const EN_GAP = /^(\p{Lu}\p{L}*|today|yesterday|tonight|also|again|later|earlier|repeatedly|recently|publicly|privately|out|on|in|last|this|week|month|year|morning|night|afternoon|evening)$/u;

/** What opens a bare English complement clause ("said the wall will be built", "says he will"). */
const CLAUSE_OPENER = /^(the|a|an|his|her|their|its|our|this|these|those|there|some|many|most|no|all|he|she|they|we|i|it|you|\p{Lu}\p{Ll}+)$/u;

/** "по словам X" nouns: the source follows in the genitive. */
const PO_NOUNS = new Set(['словам', 'мнению', 'утверждению', 'оценке', 'заявлению', 'данным', 'признанию', 'информации', 'версии']);

/** Possessive pronouns before "словам": "по его словам". */
const POSSESSIVES = new Map<string, Agreement>([['его', 'm'], ['ее', 'f'], ['их', 'pl'], ['her', 'f'], ['his', 'm'], ['their', 'pl']]);

/** Kazakh "according to" postpositions, attached to the genitive source ("министрдің айтуынша"). */
const KK_ACCORDING = /^(айтуынша|айтуыша|пікірінше|сөзінше|мәліметінше|aıtýynsha|aituynsha|aytuynsha|pikirinshe|sózinshe)$/u;

let indirectGroup = 1 << 30; // apart from the direct candidates' groups

/** Indirect-speech candidates outside the direct quotes. */
export function collectIndirect(doc: ArticleDocument, lex: CueLexicon, direct: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const sorted = [...direct].sort((a, b) => a.start - b.start);
  let d = 0;
  for (const s of doc.sentences) {
    const toks = tokensAfter(doc.text, s.start, s.end, MAX_TOKENS);
    if (toks.length < 4) continue;
    const found = sourcePhrase(doc, toks, s, lex) ?? complementClause(doc, toks, s, lex) ?? invertedFrame(doc, toks, s, lex) ?? depClause(doc, toks, s, lex);
    if (!found) continue;
    for (const c of found) {
      // A direct quote inside the reported content (a partial quote) wins: it carries the words.
      while (d < sorted.length && sorted[d]!.end <= c.start) d++;
      let overlaps = false;
      for (let k = d; k < sorted.length && sorted[k]!.start < c.end; k++) if (sorted[k]!.end > c.start) overlaps = true;
      if (!overlaps && c.end - c.start > 2) out.push(c);
    }
  }
  return out;
}

/** The sentence's end without its final punctuation and spaces. */
function contentEnd(text: string, s: Span, limit: number): number {
  let e = Math.min(s.end, limit);
  while (e > s.start && /[\s.!?…;:]/u.test(text[e - 1]!)) e--;
  return e;
}

function trimStart(text: string, i: number, end: number): number {
  while (i < end && /[\s,-]/u.test(text[i]!)) i++;
  return i;
}

/** Where the clause holding token `k` ends: a comma, dash or the sentence end. */
function clauseStart(toks: readonly Tok[], k: number): number {
  let b = k;
  while (b > 0 && !(toks[b - 1]!.kind === 'p' && /[,;:(]/u.test(toks[b - 1]!.text))) {
    b--;
    // "Gov. Pat McCrory (R) said": a parenthesis inside the clause is stepped over, not a boundary.
    if (toks[b]!.text === ')') {
      let o = b - 1;
      while (o > 0 && b - o < 8 && toks[o]!.text !== '(' && toks[o]!.text !== ')') o--;
      if (toks[o]?.text === '(') b = o;
    }
  }
  return b;
}

function candidate(start: number, end: number, frame: Frame, group: number): Candidate {
  return { start, end, kind: 'indirect', frame, group };
}

/** "По словам X, Q", "как сообщил X, Q", "according to X, Q", "Q, according to X", "X-тың айтуынша, Q". */
function sourcePhrase(doc: ArticleDocument, toks: readonly Tok[], s: Span, lex: CueLexicon): Candidate[] | undefined {
  const { text, lang } = doc;
  for (let k = 0; k < toks.length - 2; k++) {
    const w = fold(toks[k]!.text);
    let speaker: SpeakerRef | undefined;
    let agreement: Agreement;
    let cue: Tok | undefined;
    let afterIdx = -1; // index of the comma that closes the source phrase
    if (lang !== 'en' && lang !== 'kk' && w === 'по' && PO_NOUNS.has(fold(toks[k + 1]!.text))) {
      // "по словам министра Х", "по данным" is a source of figures, not speech: only names or roles.
      cue = toks[k + 1]!;
      speaker = readSpeaker(toks, k + 2, lex, lang);
      if (fold(cue.text) === 'данным' && speaker?.kind !== 'name') continue;
    } else if (lang !== 'en' && lang !== 'kk' && w === 'по' && POSSESSIVES.has(fold(toks[k + 1]!.text)) && PO_NOUNS.has(fold(toks[k + 2]!.text))) {
      cue = toks[k + 2]!;
      const p = toks[k + 1]!;
      speaker = { kind: 'pronoun', words: [p.text], start: p.start, end: p.end };
      agreement = POSSESSIVES.get(fold(p.text));
    } else if (lang !== 'kk' && (w === 'как' || w === 'as') && toks[k + 1]!.kind === 'w' && lex.verbs.has(fold(toks[k + 1]!.text))) {
      cue = toks[k + 1]!;
      agreement = lex.verbs.get(fold(cue.text));
      speaker = readSpeaker(toks, k + 2, lex, lang);
      if (!speaker) continue;
    } else if (lang === 'en' && w === 'according' && fold(toks[k + 1]!.text) === 'to') {
      cue = toks[k]!;
      speaker = readSpeaker(toks, k + 2, lex, lang);
      if (!speaker) continue;
    } else if (KK_ACCORDING.test(w) && k > 0) {
      cue = toks[k]!;
      const b = clauseStart(toks, k);
      const words = toks.slice(b, k).filter((t) => t.kind === 'w');
      if (words.length === 0 || words.length > 5) continue;
      speaker = readSpeaker(toks.slice(0, k), b, lex, lang) ?? { kind: 'role', words: words.map((t) => t.text), start: words[0]!.start, end: words.at(-1)!.end };
      if (words.length === 1 && /^(оның|onyń|oning)$/u.test(fold(words[0]!.text))) speaker = { kind: 'pronoun', words: ['ол'], start: words[0]!.start, end: words[0]!.end };
      afterIdx = k + 1;
    } else {
      continue;
    }
    if (afterIdx < 0) {
      afterIdx = k + 1;
      while (afterIdx < toks.length && !(toks[afterIdx]!.kind === 'p' && /[,.;:!?]/u.test(toks[afterIdx]!.text))) afterIdx++;
    }
    const frame: Frame = { cue: cue.text, cueStart: cue.start, agreement, ...(speaker ? { speaker } : {}) };
    const phraseStart = lang === 'kk' ? toks[clauseStart(toks, k)]!.start : toks[k]!.start;
    const group = indirectGroup++;
    const out: Candidate[] = [];
    // Content before the source phrase ("Q1, по мнению X, Q2"; "Q, according to X.").
    const beforeEnd = lastNonSpace(text, s.start, phraseStart);
    if (beforeEnd - s.start > 0 && wordsIn(toks, s.start, beforeEnd) >= 2) out.push(candidate(s.start, beforeEnd, frame, group));
    const comma = toks[afterIdx];
    if (comma && comma.text === ',') {
      const from = trimStart(text, comma.end, s.end);
      const end = contentEnd(text, s, Number.MAX_SAFE_INTEGER);
      if (end > from && wordsIn(toks, from, end) >= 2) out.push(candidate(from, end, frame, group));
    }
    return out.length > 0 ? out : undefined;
  }
  return undefined;
}

/** End of `[from, to)` without trailing spaces and commas. */
function lastNonSpace(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /[\s,-]/u.test(text[e - 1]!)) e--;
  return e;
}

function wordsIn(toks: readonly Tok[], from: number, to: number): number {
  let n = 0;
  for (const t of toks) if (t.kind === 'w' && t.start >= from && t.end <= to) n++;
  return n;
}

/** "X отметил, что Q", "X заявил о том, что Q", "X said (that) Q": the span starts at the complementizer. */
function complementClause(doc: ArticleDocument, toks: readonly Tok[], s: Span, lex: CueLexicon): Candidate[] | undefined {
  const { text, lang } = doc;
  if (lang === 'kk') return undefined;
  for (let k = 0; k < toks.length - 2; k++) {
    const t = toks[k]!;
    if (t.kind !== 'w') continue;
    const v = fold(t.text);
    const gerund = lang === 'ru' && RU_GERUNDS.has(v);
    if ((!lex.verbs.has(v) && !gerund) || v === 'according') continue;
    // "передает Tengrinews, что": an outlet reporting, unless a person is its subject ("Бузгалин пишет, что").
    const report = lex.reportVerbs.has(v);
    let j = k + 1;
    // "заявил вчера РИА Новости, что": a few words may sit between the verb and the comma.
    let gap = 0;
    while (j < toks.length && toks[j]!.kind === 'w' && gap < 4 && !COMPLEMENTIZERS.has(fold(toks[j]!.text)) && (lang !== 'en' || EN_GAP.test(toks[j]!.text))) {
      j++;
      gap++;
    }
    if (toks[j]?.text === '"' && gap < 4) {
      // "заявил вчера "РИА Новости", что": a quoted name among those words.
      let q = j + 1;
      while (q < toks.length && q < j + 5 && toks[q]!.text !== '"') q++;
      if (toks[q]?.text === '"') j = q + 1;
    }
    if (lang !== 'en' && fold(toks[j]?.text ?? '') === 'о' && fold(toks[j + 1]?.text ?? '') === 'том') j += 2;
    const comma = toks[j]?.text === ',';
    if (comma) j++;
    const comp = toks[j];
    let from: number;
    if (comp && comp.kind === 'w' && COMPLEMENTIZERS.has(fold(comp.text))) {
      from = comp.start;
    } else if (lang === 'en' && gap === 0 && !comma && comp && comp.kind === 'w' && /^(said|says)$/u.test(v) && CLAUSE_OPENER.test(comp.text)) {
      // "Trump said the wall will be built": a bare complement after "said".
      from = comp.start;
    } else {
      continue;
    }
    const end = contentEnd(text, s, clauseBreak(toks, j + 1));
    if (wordsIn(toks, from, end) < 3) continue;
    const agreement = lex.verbs.get(v);
    let speaker = subjectOf(toks, k, lex, lang);
    if (report && !(speaker?.kind === 'name' && isPersonRef(speaker, lex))) continue;
    if (!speaker && gap > 0) speaker = readSpeaker(toks.slice(0, j), k + 1, lex, lang);
    const frame: Frame = { cue: t.text, cueStart: t.start, agreement, ...(speaker ? { speaker } : {}), ...(lex.questionVerbs.has(v) ? { question: true } : {}) };
    return [candidate(from, end, frame, indirectGroup++)];
  }
  return undefined;
}

/** Kazakh "Q деп атап өтті X." without marks: the sentence up to `деп` is the reported content. */
function depClause(doc: ArticleDocument, toks: readonly Tok[], s: Span, lex: CueLexicon): Candidate[] | undefined {
  const { text, lang } = doc;
  if (lang !== 'kk') return undefined;
  for (let k = 3; k < toks.length - 1; k++) {
    if (!KK_DEP.has(fold(toks[k]!.text))) continue;
    const frame = frameAt(toks, k, lex, lang, false);
    if (!frame?.cue || frame.report || frame.cue === toks[k]!.text) continue;
    if (toks.slice(0, k).some((t) => t.text === '«' || t.text === '»' || t.text === '"')) return undefined;
    const end = lastNonSpace(text, s.start, toks[k]!.start);
    if (wordsIn(toks, s.start, end) < 3) return undefined;
    return [candidate(toks[0]!.start, end, frame, indirectGroup++)];
  }
  return undefined;
}

/** Words after a comma that start a new main clause: the reported content ends before them. */
const CLAUSE_BREAKS = new Set(['хотя', 'однако', 'поэтому', 'while', 'although', 'but']);

/** Russian adverbial participles of speech verbs: "сказав, что …" reports like "сказал, что …". */
const RU_GERUNDS = new Set(['сказав', 'заявив', 'отметив', 'подчеркнув', 'добавив', 'пояснив', 'сообщив', 'признав',
  'уточнив', 'напомнив', 'рассказав', 'объяснив']);

/** Offset of the first ", хотя" / ", так что" / ", but" after token `from`, or the sentence end. */
function clauseBreak(toks: readonly Tok[], from: number): number {
  for (let i = Math.max(1, from); i < toks.length - 1; i++) {
    if (toks[i - 1]!.text !== ',' || toks[i]!.kind !== 'w') continue;
    const w = fold(toks[i]!.text);
    const w2 = fold(toks[i + 1]!.text);
    // ", так что …" concludes; ", а по расчетам …" sets another source against the reported one.
    if (CLAUSE_BREAKS.has(w) || (w === 'так' && w2 === 'что') || (w === 'а' && w2 === 'по')) return toks[i - 1]!.start;
  }
  return Number.MAX_SAFE_INTEGER;
}

/** Sentence-opening words that are never the subject ("Хотя", "Поэтому", "Говоря …"). */
function capitalisedNonName(t: Tok, lex: CueLexicon): boolean {
  return lex.isPersonName !== undefined && !lex.isPersonName(t.text);
}

/**
 * The subject of the cue verb at `k`: a name, pronoun or role of its clause, as {@link subjectBefore}
 * reads it, except that a capitalised sentence opener that is no name ("Хотя", "Британские
 * журналисты") is read as the noun phrase it starts.
 */
function subjectOf(toks: readonly Tok[], k: number, lex: CueLexicon, lang: string): SpeakerRef | undefined {
  const begin = clauseStart(toks, k);
  let ref = subjectBefore(toks, begin, k, lex, lang) ?? (begin > 0 ? subjectBefore(toks, 0, k, lex, lang) : undefined);
  // "Садыр Жапаров, президент, в интервью КНИА «Кабар» подчеркнул": a person's name beats an outlet's.
  if (ref?.kind === 'name' && !isPersonRef(ref, lex)) ref = personBefore(toks, k, lex, lang) ?? ref;
  if (!ref || ref.kind !== 'name' || ref.start !== toks[0]!.start || lang === 'en') return ref;
  const first = toks[0]!;
  if (!capitalisedNonName(first, lex)) return ref;
  // "Вчера Серик Ахметов отметил": the opener is not part of the name.
  if (ref.words.length > 1 && ref.words.slice(1).some((w) => lex.isPersonName!(w))) {
    const rest = toks.find((t) => t.start > first.start && t.kind === 'w')!;
    return { ...ref, words: ref.words.slice(1), start: rest.start };
  }
  // The words between the opener and the verb, when they are few and hold no name: a role phrase.
  const words = toks.slice(0, k).filter((t) => t.kind === 'w');
  const noun = words.length > 1 && !lex.isNominative?.(words[0]!.text) ? words.slice(1) : words;
  if (noun.length === 0 || noun.length > 3) return undefined;
  if (noun.some((t, i) => i > 0 && /[A-ZА-ЯЁ]/u.test(t.text[0]!) && lex.isPersonName?.(t.text))) return ref;
  return { kind: 'org', words: noun.map((t) => t.text), start: noun[0]!.start, end: noun.at(-1)!.end };
}

/**
 * "Q, говорят эксперты." / "Q1, утверждает X, Q2" / "Мама сказала: Q" without marks: a cue verb
 * after a comma with its speaker, or before a colon.
 */
function invertedFrame(doc: ArticleDocument, toks: readonly Tok[], s: Span, lex: CueLexicon): Candidate[] | undefined {
  const { text, lang } = doc;
  if (lang === 'kk') return undefined;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'w') continue;
    const v = fold(t.text);
    if (!lex.verbs.has(v) || lex.reportVerbs.has(v) || v === 'according') continue;
    const agreement = lex.verbs.get(v);
    // Colon: "Мама сказала: Q", "сказал так: Q".
    let c = k + 1;
    if (fold(toks[c]?.text ?? '') === 'так') c++;
    // "предупреждала наших деятелей: Q": the addressee may stand between the verb and the colon.
    let colon = c;
    while (colon < toks.length && colon < c + 3 && toks[colon]!.kind === 'w') colon++;
    if (toks[colon]?.text === ':') c = colon;
    if (toks[c]?.text === ':' && toks[c + 1]?.kind === 'w') {
      const from = toks[c + 1]!.start;
      const end = contentEnd(text, s, Number.MAX_SAFE_INTEGER);
      if (wordsIn(toks, from, end) < 3) return undefined;
      const speaker = subjectOf(toks, k, lex, lang) ?? readSpeaker(toks.slice(0, c), k + 1, lex, lang);
      return [candidate(from, end, { cue: t.text, cueStart: t.start, agreement, ...(speaker ? { speaker } : {}) }, indirectGroup++)];
    }
    // Inverted after a comma: ", говорят эксперты." / ", сказал в интервью РБК директор X".
    if (toks[k - 1]!.text !== ',' || lang === 'en') continue;
    const speaker = readSpeaker(toks, k + 1, lex, lang) ?? laterSpeaker(toks, k + 1, lex, lang);
    if (!speaker || speaker.kind === 'pronoun' && lang !== 'ru') continue;
    let e = k + 1;
    while (e < toks.length && toks[e]!.start < speaker.end) e++;
    // The frame ends at the sentence end, a parenthesis, or a comma after the speaker's apposition.
    while (e < toks.length && !(toks[e]!.kind === 'p' && /[,.!?(;]/u.test(toks[e]!.text))) e++;
    const frame: Frame = { cue: t.text, cueStart: t.start, agreement, speaker };
    const group = indirectGroup++;
    const out: Candidate[] = [];
    const before = lastNonSpace(text, s.start, toks[k - 1]!.start);
    if (wordsIn(toks, s.start, before) >= 2) out.push(candidate(toks[0]!.start, before, frame, group));
    // The content resumes after the frame ("…, утверждает X, Q2."), skipping a parenthesis.
    let r = e;
    if (toks[r]?.text === '(') while (r < toks.length && toks[r]!.text !== ')') r++;
    if (toks[r]?.text === ')') r++;
    // An apposition after the name ("Александр Аузан, декан экономфака МГУ,"): skip to its comma.
    if (toks[r]?.text === ',') {
      let a = r + 1;
      let n = 0;
      while (a < toks.length && toks[a]!.kind === 'w' && n < 6 && !lex.verbs.has(fold(toks[a]!.text))) {
        a++;
        n++;
      }
      if (toks[a]?.text === ',' && n > 0 && n <= 4 && a + 1 < toks.length && !/^[A-ZА-ЯЁ]/u.test(toks[r + 1]!.text)) r = a;
      const from = trimStart(text, toks[r]!.end, s.end);
      const end = contentEnd(text, s, Number.MAX_SAFE_INTEGER);
      if (wordsIn(toks, from, end) >= 2) out.push(candidate(from, end, frame, group));
    }
    if (out.length > 0) return out;
  }
  return undefined;
}

/** "сказал в интервью РБК старший директор X": the speaker after a prepositional phrase. */
function laterSpeaker(toks: readonly Tok[], i: number, lex: CueLexicon, lang: string): SpeakerRef | undefined {
  for (let k = i; k < Math.min(toks.length, i + 6); k++) {
    if (toks[k]!.kind === 'p') return undefined;
    if (k > i && !lex.prepositions.has(fold(toks[k - 1]!.text))) {
      const ref = readSpeaker(toks, k, lex, lang);
      if (ref && ref.kind !== 'pronoun') return ref;
    }
  }
  return undefined;
}

function isPersonRef(ref: SpeakerRef, lex: CueLexicon): boolean {
  return !lex.isPersonName || ref.words.some((w) => lex.isPersonName!(w));
}

/** The first name of the sentence before token `k` that looks like a person's. */
function personBefore(toks: readonly Tok[], k: number, lex: CueLexicon, lang: string): SpeakerRef | undefined {
  for (let s = 0; s < k; s++) {
    if (toks[s]!.kind !== 'w' || !/^\p{Lu}/u.test(toks[s]!.text)) continue;
    const ref = readSpeaker(toks.slice(0, k), s, lex, lang);
    if (ref?.kind === 'name' && isPersonRef(ref, lex)) return ref;
  }
  return undefined;
}
