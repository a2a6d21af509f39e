/**
 * Attribution frames: the words around a quote that name its verb (cue) and its speaker, read
 * from a bounded window of tokens: `«Q», - сказал X`, `"Q," X said`, `«Q» деп сұрады X`,
 * `X заявил: «Q»`.
 * @module
 */
import type { Agreement, CueLexicon } from './cues/index.js';
import { KK_DEP, roleOf, verbOf } from './cues/index.js';
import { fold, isCapitalized, tokensAfter, tokensBefore, type Tok } from './scan.js';
import { ADDRESSEE_VERBS, EN_NOT_NAMES, EN_SUBORDINATORS, capitalisedInside, nameAfterDescriptor, openerNotName, opensComplement, personAfterRole, possessiveFrame } from './english.js';

/** A speaker as written near the cue, before resolution. */
export interface SpeakerRef {
  /** `name` capitalised words; `pronoun`; `role` a person noun; `org` an organisation or document; `self` journalists. */
  kind: 'name' | 'pronoun' | 'role' | 'org' | 'self';
  words: string[];
  start: number;
  end: number;
  /** The role stem matched, for `role`/`org`/`self`. */
  role?: string;
  /** Written after a preposition ("заявили в правительстве"): the noun is not in the nominative. */
  oblique?: boolean;
  /**
   * A `role` that is any person noun ("швейцар"), not a title from the lexicon: it refers back only
   * to someone introduced with that very title, else it is the speaker as written.
   */
  generic?: boolean;
}

/** An attribution frame. */
export interface Frame {
  cue?: string;
  cueStart?: number;
  agreement: Agreement;
  speaker?: SpeakerRef;
  question?: boolean;
  /** The speaker came from the quote's sentence, not from a frame attached to it. */
  weak?: boolean;
  /** An outlet reporting ("деп хабарлайды Kazinform"): the quote is not a quote. */
  report?: boolean;
}

/** Abbreviated titles before a name. */
const TITLES = new Set(['Rep', 'Sen', 'Gov', 'Dr', 'Mr', 'Mrs', 'Ms', 'Gen', 'Lt', 'Col', 'Sgt', 'Prof', 'Pres', 'St',
  'Rev', 'Del', 'Amb', 'Adm', 'Capt', 'Sec', 'Atty', 'Supt', 'Cmdr', 'Maj', 'Jr', 'Sr']);

const STOP = new Set(['.', ',', ':', ';', '!', '?', '(', ')', '«', '»', '"', '„', '…']);

/** Reads a speaker phrase from `toks[i]` on, until punctuation or a line break. */
export function readSpeaker(toks: readonly Tok[], i: number, lex: CueLexicon, lang: string): SpeakerRef | undefined {
  let prep = false;
  let firstRole: { at: number; role: string; org: boolean; self: boolean; prep: boolean; generic?: boolean } | undefined;
  for (let k = i, n = 0; k < toks.length && n < 9; k++, n++) {
    const t = toks[k]!;
    if (t.kind === 'p' || (k > i && t.afterBreak)) {
      if (t.text === '-' && k > i && toks[k - 1]!.kind === 'w' && toks[k + 1]?.kind === 'w' && !t.afterBreak) continue;
      break;
    }
    const w = fold(t.text);
    if (n === 0 || (!firstRole && !prep)) {
      if (lex.pronouns.has(w)) return { kind: 'pronoun', words: [t.text], start: t.start, end: t.end };
    }
    if (lex.prepositions.has(w)) {
      prep = true;
      continue;
    }
    // "Как он говорит", "Вручая ее, они": a capitalised function word is no name.
    if (isCapitalized(t.text) && !prep && lex.isFunctionWord?.(t.text)) continue;
    if (TITLES.has(t.text) && toks[k + 1]?.text === '.') {
      k++; // "Rep.", "Sen.", "Dr." before a name
      continue;
    }
    if (lang === 'en' && EN_NOT_NAMES.has(t.text)) continue;
    if (isCapitalized(t.text) && !prep) {
      // A capitalised run: a name, unless (Kazakh genitive construction) a role noun closes it.
      let e = k;
      for (;;) {
        const nx = toks[e + 1];
        if (nx?.text === '.' && (toks[e]!.text.length === 1 || TITLES.has(toks[e]!.text)) && toks[e + 2]?.kind === 'w' && isCapitalized(toks[e + 2]!.text)) {
          e += 2; // an initial: "G.K. Butterfield", "Н.А. Назарбаев"
          continue;
        }
        if (nx && nx.kind === 'w' && !nx.afterBreak && isCapitalized(nx.text) && e - k < 5) {
          e++;
          continue;
        }
        break;
      }
      if (lang !== 'ru' && lang !== 'en') {
        for (let r = e + 1; r < Math.min(toks.length, e + 4) && toks[r]!.kind === 'w'; r++) {
          const role = roleOf(toks[r]!.text, lex.personRoles);
          if (role) return { kind: 'role', words: toks.slice(k, r + 1).map((x) => x.text), start: t.start, end: toks[r]!.end, role };
        }
      }
      const personLike = !lex.isPersonName || toks.slice(k, e + 1).some((x) => lex.isPersonName!(x.text));
      // "глава Минздрава": after a person role, a capitalised non-name is its organisation.
      if (firstRole && !firstRole.org && !personLike) break;
      if (lang === 'en') {
        // "MSNBC host Chris Matthews", "Trump campaign spokesman Jason Miller": the person after the role.
        const later = personAfterRole(toks, e + 1, lex);
        if (later) return later;
      }
      if (!firstRole || !firstRole.org || lang === 'en') {
        const words = toks.slice(k, e + 1).filter((x) => x.kind === 'w').map((x) => x.text);
        return { kind: 'name', words, start: t.start, end: toks[e]!.end };
      }
    }
    if (!firstRole) {
      const self = roleOf(t.text, lex.selfRoles);
      const org = self ? undefined : roleOf(t.text, lex.orgRoles);
      const person = self || org ? undefined : roleOf(t.text, lex.personRoles);
      const role = self ?? org ?? person;
      const nominative = !lex.isNominative || lex.isNominative(t.text);
      if (role && (nominative || (org && prep))) firstRole = { at: k, role, org: !!org, self: !!self, prep };
      else if (!role && !isCapitalized(t.text) && !(k > i && lex.prepositions.has(fold(toks[k - 1]!.text)))) {
        const noun = lex.personNoun?.(t.text);
        if (noun) firstRole = { at: k, role: noun, org: false, self: false, prep, generic: true };
      }
    }
    if (prep && !isCapitalized(t.text)) prep = !firstRole && n < 3 ? prep : false;
  }
  if (!firstRole) return undefined;
  // The role phrase: the role noun and the genitive words after it ("пресс-служба акима области").
  let e = firstRole.at;
  while (e + 1 < toks.length && e - firstRole.at < 4) {
    const t = toks[e + 1]!;
    if (t.kind !== 'w' || t.afterBreak || lex.prepositions.has(fold(t.text)) || verbOf(t.text, lex) !== null || ROLE_STOPS.has(fold(t.text))) break;
    // Only genitive words extend a role ("пресс-служба акима области"), not what follows it ("… швейцар пошел").
    if (lex.isNominative && lex.isNominative(t.text) && !isCapitalized(t.text) && firstRole.generic) break;
    e++;
  }
  const start = toks[firstRole.at]!;
  return {
    kind: firstRole.self ? 'self' : firstRole.org ? 'org' : 'role',
    words: toks.slice(firstRole.at, e + 1).map((x) => x.text),
    start: start.start,
    end: toks[e]!.end,
    role: firstRole.role,
    ...(firstRole.prep ? { oblique: true } : {}),
    ...(firstRole.generic ? { generic: true } : {}),
  };
}

/** Conjunctions and the like that end a role phrase ("сказал швейцар и пошел"). */
const ROLE_STOPS = new Set(['и', 'а', 'но', 'или', 'да', 'and', 'but', 'or', 'және', 'мен', 'бен', 'пен']);

/**
 * The frame after a closing mark (or after the text of a dialogue line): optional comma and dash,
 * then the verb and the speaker, or (English, Kazakh) the speaker and then the verb.
 */
export function frameAfter(text: string, from: number, limit: number, lex: CueLexicon, lang: string): Frame | undefined {
  const toks = tokensAfter(text, from, limit, 40);
  let i = 0;
  let dash = false;
  while (i < toks.length && toks[i]!.kind === 'p' && (toks[i]!.text === ',' || toks[i]!.text === '-')) {
    if (toks[i]!.text === '-') dash = true;
    i++;
  }
  if (i >= toks.length || toks[i]!.kind !== 'w' || toks[i]!.afterBreak) return undefined;
  // "“Q,” when Clinton blasted him": a subordinate clause after the quote is no attribution.
  if (lang === 'en' && EN_SUBORDINATORS.has(toks[i]!.text)) return undefined;
  // Russian frames always take a dash ("», - сказал"); without one the verb starts a new clause.
  if (lang === 'ru' && !dash) {
    const f = frameAt(toks, i, lex, lang, dash);
    return f?.report ? f : undefined;
  }
  const frame = frameAt(toks, i, lex, lang, dash);
  if (lang === 'en' && frame?.cue && i === 0 && text[from - 2] === '.' && startsNewSentence(toks, frame, lex)) return undefined;
  if (lang === 'en' && !frame && i === 0) return appositionFrame(toks, lex, lang);
  return frame;
}

/**
 * "“Q.” The agency said North Korea had …": after a quote that ended its sentence, a speaker-first
 * verb followed by more than an adverbial starts a sentence of its own, not the quote's frame.
 */
function startsNewSentence(toks: readonly Tok[], frame: Frame, lex: CueLexicon): boolean {
  const k = toks.findIndex((t) => t.start === frame.cueStart);
  if (k <= 0 || (frame.speaker && frame.speaker.start > toks[k]!.start)) return false;
  const next = toks[k + 1];
  if (!next || next.kind === 'p') return false;
  if (ADDRESSEE_VERBS.has(fold(toks[k]!.text))) return false;
  return !(lex.prepositions.has(fold(next.text)) || EN_TIME_WORDS.test(next.text) || /^(this|last)$/u.test(next.text));
}

/**
 * "“Q” Malkia Cyril, the executive director at the Center of X and a guest of the film, told Y": a
 * name, a long apposition between commas, then the verb.
 */
function appositionFrame(toks: readonly Tok[], lex: CueLexicon, lang: string): Frame | undefined {
  const name = readSpeaker(toks, 0, lex, lang);
  if (name?.kind !== 'name' || name.start !== toks[0]!.start) return undefined;
  let k = toks.findIndex((t) => t.start >= name.end);
  if (k < 0 || toks[k]!.text !== ',') return undefined;
  for (k++; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (t.kind === 'p' && /^[.!?;"]$/u.test(t.text) && !(t.text === '.' && TITLES.has(toks[k - 1]!.text))) return undefined;
    if (t.text !== ',') continue;
    const v = toks[k + 1]!;
    const a = verbOf(v.text, lex);
    if (a === null || v.kind !== 'w' || isCapitalized(v.text)) continue;
    return { cue: v.text, cueStart: v.start, agreement: a, speaker: name };
  }
  return undefined;
}

/** Reads a frame whose first word is `toks[i]`: verb-first, `деп` + verb, or speaker-first. */
export function frameAt(toks: readonly Tok[], i: number, lex: CueLexicon, lang: string, dash: boolean): Frame | undefined {
  const first = toks[i]!;
  const w0 = fold(first.text);
  if (lex.reportVerbs.has(w0) && lang === 'ru') return { report: true, agreement: undefined };
  // Kazakh «Qantar oqighasy» turaly aitty: a postposition makes the quoted words a topic, not speech.
  if (lang === 'kk' && lex.prepositions.has(w0)) return undefined;
  if (KK_DEP.has(w0)) return depFrame(toks, i, lex, lang);
  const agr = verbOf(first.text, lex);
  if (agr !== null && startsClause(toks, i + 1)) return undefined;
  if (agr !== null && !(lang === 'en' && w0 === 'according')) {
    let speaker = readSpeaker(toks, i + 1, lex, lang);
    if (lang === 'en' && !speaker) speaker = nameAfterDescriptor(toks, i + 1, lex);
    return {
      cue: first.text,
      cueStart: first.start,
      agreement: agr,
      ...(speaker ? { speaker } : {}),
      ...(lex.questionVerbs.has(w0) ? { question: true } : {}),
    };
  }
  // Speaker first: "X said", "he told", "Мирзиёев айтты", "Цой об ...".
  // English appositions between the name and the verb are long ("X, a writer for Y, said").
  for (let k = i + 1, limit = i + (lang === 'en' ? 14 : 8); k < Math.min(toks.length, limit); k++) {
    const t = toks[k]!;
    if (t.text === '.' && (TITLES.has(toks[k - 1]!.text) || toks[k - 1]!.text.length === 1 || toks[k + 1]?.text === ',')) {
      limit++; // "Mr. Obama said", "Laurence H. Tribe said"
      continue;
    }
    if (t.text === '(') {
      // "Sen. Claire McCaskill (D-Mo.) said": skip a short parenthesis.
      let c = k + 1;
      while (c < toks.length && c < k + 8 && toks[c]!.text !== ')') c++;
      if (toks[c]?.text !== ')') break;
      limit += c - k + 1;
      k = c;
      continue;
    }
    if (t.kind === 'p' && t.text !== '-' && t.text !== ',') break;
    if (t.kind !== 'w') continue;
    const a = verbOf(t.text, lex);
    if (a === null || (lang === 'en' && capitalisedInside(toks, k))) continue;
    if (lex.reportVerbs.has(fold(t.text))) return { report: true, agreement: undefined };
    if (startsClause(toks, k + 1)) return undefined;
    // "“Q.” She says it underscores …": the verb takes a clause of its own.
    if (lang === 'en' && !ADDRESSEE_VERBS.has(fold(t.text)) && opensComplement(toks, k + 1)) return undefined;
    let speaker = subjectBefore(toks, i, k, lex, lang);
    // "«Q», — с поклоном сказал швейцар": an adverbial first, the speaker after the verb.
    if (!speaker && lang !== 'en') speaker = readSpeaker(toks, k + 1, lex, lang);
    return {
      cue: t.text,
      cueStart: t.start,
      agreement: a,
      ...(speaker && (speaker.end <= t.start || speaker.start > t.end) ? { speaker } : {}),
      ...(lex.questionVerbs.has(fold(t.text)) ? { question: true } : {}),
    };
  }
  if (dash && isCapitalized(first.text)) {
    // Headline style "«Q» - Цой о ...": the speaker with no verb.
    const speaker = readSpeaker(toks, i, lex, lang);
    if (speaker?.kind === 'name') return { agreement: undefined, speaker };
  }
  return undefined;
}

/** Index of the first token starting at or after `pos` (the length when none). */
function nextIndex(toks: readonly Tok[], pos: number): number {
  const i = toks.findIndex((x) => x.start >= pos);
  return i < 0 ? toks.length : i;
}

/** "отметил, что …" / "said that …": the verb introduces its own clause. */
function startsClause(toks: readonly Tok[], k: number): boolean {
  let j = k;
  if (toks[j]?.text === ',') j++;
  const w = toks[j] ? fold(toks[j]!.text) : '';
  return w === 'что' || w === 'that' || w === 'чтобы';
}

/** `деп` + verb ("деп сұрады S"), `деп` + speaker + verb ("деп Мирзиёев айтты"); `деп хабарлайды` is an outlet. */
function depFrame(toks: readonly Tok[], i: number, lex: CueLexicon, lang: string): Frame | undefined {
  const dep = toks[i]!;
  for (let k = i + 1; k < Math.min(toks.length, i + 7); k++) {
    const t = toks[k]!;
    if (t.kind !== 'w') break;
    const w = fold(t.text);
    if (lex.reportVerbs.has(w)) return { report: true, agreement: undefined };
    if (verbOf(t.text, lex) === null) continue;
    let end = k;
    // Two-word verbs: "атап өтті", "жауап берді", "мәлім етті".
    if (toks[k + 1]?.kind === 'w' && /^(өтті|берді|етті|ótti|berdi|etti)$/u.test(fold(toks[k + 1]!.text))) end = k + 1;
    const before = k > i + 1 ? readSpeaker(toks, i + 1, lex, lang) : undefined;
    const after = readSpeaker(toks, end + 1, lex, lang);
    const speaker = before && before.end <= t.start ? before : after;
    const cueText = toks.slice(i, end + 1).map((x) => x.text).join(' ');
    return {
      cue: cueText,
      cueStart: dep.start,
      agreement: undefined,
      ...(speaker ? { speaker } : {}),
      ...(lex.questionVerbs.has(w) ? { question: true } : {}),
    };
  }
  return { cue: dep.text, cueStart: dep.start, agreement: undefined };
}

/**
 * The frame before an opening mark in the same paragraph: "X заявил: «Q»", "said X: "Q"",
 * "X told reporters, "Q"", "Мемлекет басшысы былай деді: «Q»".
 */
export function frameBefore(text: string, open: number, limit: number, lex: CueLexicon, lang: string): Frame | undefined {
  const toks = tokensBefore(text, open, limit, 16);
  let end = toks.length;
  const colon = end > 0 && (toks[end - 1]!.text === ':' || (toks[end - 1]!.text === '-' && toks[end - 2]?.text === ':'));
  while (end > 0 && toks[end - 1]!.kind === 'p' && (toks[end - 1]!.text === ':' || toks[end - 1]!.text === ',' || toks[end - 1]!.text === '-')) end--;
  // Only the clause right before the mark: stop at a sentence end.
  let begin = end;
  while (begin > 0 && !(toks[begin - 1]!.kind === 'p' && /[.!?;"«»]/u.test(toks[begin - 1]!.text))) begin--;
  for (let k = end - 1; k >= begin; k--) {
    const t = toks[k]!;
    if (t.kind !== 'w') continue;
    const a = verbOf(t.text, lex);
    if (a === null || KK_DEP.has(fold(t.text))) continue;
    if (lex.reportVerbs.has(fold(t.text)) && lang !== 'ru') continue;
    // Inverted ("сообщил пресс-секретарь Елбасы Айдос Укибай:") or subject first ("Токаев заявил:").
    // "According to Limbaugh, "Q"": the source follows the preposition.
    const according = lang === 'en' && fold(t.text) === 'according' && fold(toks[k + 1]?.text ?? '') === 'to';
    let after = k + 1 < end ? readSpeaker(toks.slice(0, end), according ? k + 2 : k + 1, lex, lang) : undefined;
    if (according) return after ? { cue: t.text, cueStart: t.start, agreement: a, speaker: after } : undefined;
    // English inversion puts the speaker right after the verb ("said Sen. X:"); "says Trump's "Q""
    // and "says it means Trump "Q"" name who is talked about, not who talks.
    if (lang === 'en' && after && (after.start !== toks[k + 1]!.start || /'s$/u.test(after.words.at(-1)!) || ADDRESSEE_VERBS.has(fold(t.text)))) after = undefined;
    // "дед сказал Дзержинскому:": a name in an oblique case after the verb is the addressee.
    if (lang === 'ru' && after?.kind === 'name' && lex.isNominative && !after.words.some((w) => lex.isNominative!(w))) after = undefined;
    if (!colon && k !== end - 1 && (!after || nextIndex(toks, after.end) < end)) {
      if (!(lang === 'en' && adverbialGap(toks, k + 1, end, lex))) return undefined;
      after = undefined; // the words after the verb are an adverbial: the subject is before it
    }
    let speaker = after;
    if (!speaker || speaker.kind === 'org' && speaker.oblique) speaker = subjectBefore(toks, begin, k, lex, lang) ?? speaker;
    return { cue: t.text, cueStart: t.start, agreement: a, ...(speaker ? { speaker } : {}), ...(lex.questionVerbs.has(fold(t.text)) ? { question: true } : {}) };
  }
  return undefined;
}

/**
 * "Trump saying during the debate last week, “Q”", "Kerry said Friday, “Q”": between an English
 * verb and the comma before the mark only an adverbial (a prepositional phrase or a time word).
 */
function adverbialGap(toks: readonly Tok[], from: number, end: number, lex: CueLexicon): boolean {
  if (from >= end || toks[end]?.text !== ',' && toks[end - 1]?.text !== ',') return false;
  const first = toks[from]!;
  if (first.kind !== 'w') return false;
  const w = fold(first.text);
  if (!lex.prepositions.has(w) && !EN_TIME_WORDS.test(first.text)) return false;
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    // "said Wednesday night that under X, “Q”": a complementizer makes the rest a clause.
    if (t.kind === 'p' ? t.text !== '.' && t.text !== '-' : fold(t.text) === 'that') return false;
  }
  return end - from <= 8;
}

/** Time words that may follow an English cue verb ("said Friday"). */
const EN_TIME_WORDS = /^(today|yesterday|tonight|recently|later|earlier|again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|this)$/u;

/** The subject before the verb at `k`: the nearest pronoun, name or role among the clause's words. */
export function subjectBefore(toks: readonly Tok[], begin: number, k: number, lex: CueLexicon, lang: string): SpeakerRef | undefined {
  let best: SpeakerRef | undefined;
  for (let s = begin; s < k; s++) {
    const t = toks[s]!;
    if (t.kind !== 'w') continue;
    const ref = readSpeaker(toks.slice(0, k), s, lex, lang);
    if (!ref) continue;
    // "footage of Trump saying": a name right before a participle is its subject, preposition or not.
    if (lang === 'en' && ref.kind === 'name' && k > 0 && ref.end === toks[k - 1]!.end && /ing$/u.test(toks[k]!.text)) return ref;
    if (s > begin && lex.prepositions.has(fold(toks[s - 1]!.text))) continue;
    if (lang === 'en' && s > begin + 1 && /^(the|a|an)$/iu.test(toks[s - 1]!.text) && lex.prepositions.has(fold(toks[s - 2]!.text))) continue;
    // "Sen. Claire McCaskill (D-Mo.)": a party and state in parentheses is no one.
    if (s > begin && toks[s - 1]!.text === '(') continue;
    if (lang === 'en' && ref.kind === 'name' && openerNotName(toks, s, ref, begin, lex)) continue;
    if (lang === 'kk' && postpositionAfter(toks, ref.end, k, lex)) continue;
    // Prefer names over roles over pronouns; later over earlier among equals (Russian inverts the
    // subject: "как отметил министр X"), except that an English subject comes first and what
    // follows it is apposition ("X, director at the University of Y, said").
    const rank = (r: SpeakerRef) => (r.kind === 'name' ? 3 : r.kind === 'pronoun' ? 2 : 1);
    // A name right before the verb is its subject in any case ("…, Kall said:").
    if (lang === 'en' && ref.kind === 'name' && k > 0 && ref.end === toks[k - 1]!.end) return ref;
    if (!best || rank(ref) > rank(best) || (rank(ref) === rank(best) && (lang !== 'en' || best.kind !== 'name'))) best = ref;
    s = Math.max(s, toks.findIndex((x) => x.start >= ref.end) - 1);
    if (s < 0) break;
  }
  return best;
}

/**
 * The speaker of a quote without a frame of its own, from its sentence: "Trump says voter fraud
 * "Q"", "Тлеуберди заявил также, что … "Q"". Only names the speaker; it never makes a quote.
 */
export function sentenceFrame(text: string, open: number, limit: number, lex: CueLexicon, lang: string): Frame | undefined {
  const toks = tokensBefore(text, open, limit, 40);
  let begin = toks.length;
  while (begin > 0 && !(toks[begin - 1]!.kind === 'p' && /[.!?]/u.test(toks[begin - 1]!.text) && !(begin >= 2 && TITLES.has(toks[begin - 2]!.text)) && !(begin >= 2 && toks[begin - 2]!.text.length === 1))) begin--;
  for (let k = toks.length - 1; k >= begin; k--) {
    const t = toks[k]!;
    if (t.kind !== 'w') continue;
    const a = lex.speakerVerbs?.has(fold(t.text)) ? undefined : verbOf(t.text, lex);
    if (a === null || KK_DEP.has(fold(t.text)) || lex.reportVerbs.has(fold(t.text))) continue;
    if (lang === 'en' && capitalisedInside(toks, k)) continue;
    // The subject is never inside another quotation of the sentence ("“… Trump …,” Sanders said, going on to say").
    let from = begin;
    for (let q = k - 1; q >= begin; q--) {
      if (toks[q]!.text === '"' || toks[q]!.text === '«' || toks[q]!.text === '»') {
        from = q + 1;
        break;
      }
    }
    const subject = subjectBefore(toks, from, k, lex, lang);
    const after = subject ? undefined : readSpeaker(toks, k + 1, lex, lang);
    const speaker = subject ?? after;
    if (!speaker) continue;
    return { cue: t.text, cueStart: t.start, agreement: a, speaker };
  }
  return lang === 'en' ? possessiveFrame(toks, begin) : undefined;
}

/** A transcript label opening the quote ("WALLACE: …") names its speaker. */
export function transcriptLabel(text: string, start: number, end: number): SpeakerRef | undefined {
  const toks = tokensAfter(text, start, end, 4);
  let k = 0;
  while (k < toks.length && toks[k]!.kind === 'w' && toks[k]!.text.length > 1 && toks[k]!.text === toks[k]!.text.toUpperCase() && /\p{Lu}/u.test(toks[k]!.text)) k++;
  if (k === 0 || toks[k]?.text !== ':') return undefined;
  return { kind: 'name', words: toks.slice(0, k).map((x) => x.text), start: toks[0]!.start, end: toks[k - 1]!.end };
}

/** Kazakh postpositions follow their noun: "Qantar oqighasy turaly" is about the events, not by them. */
function postpositionAfter(toks: readonly Tok[], end: number, k: number, lex: CueLexicon): boolean {
  let i = toks.findIndex((x) => x.start >= end);
  if (i < 0) return false;
  for (let n = 0; n < 2 && i < k; n++, i++) if (lex.prepositions.has(fold(toks[i]!.text))) return true;
  return false;
}

/**
 * English wire style: a sentence that ends in its attribution introduces the quote after it in the
 * same paragraph ("…, Schiff said. "Q"" / "…, said Schiff. "Q""). Only a verb among the last three
 * words of the sentence, with its speaker next to it, counts.
 */
export function saidBefore(text: string, open: number, limit: number, lex: CueLexicon, lang: string): Frame | undefined {
  if (lang !== 'en') return undefined;
  const toks = tokensBefore(text, open, limit, 12);
  let end = toks.length;
  if (end < 3 || toks[end - 1]!.text !== '.') return undefined;
  end--;
  let begin = end;
  while (begin > 0 && !(toks[begin - 1]!.kind === 'p' && /[.!?"]/u.test(toks[begin - 1]!.text))) begin--;
  for (let k = end - 1; k >= Math.max(begin, end - 3); k--) {
    const t = toks[k]!;
    if (t.kind !== 'w' || verbOf(t.text, lex) === null || ADDRESSEE_VERBS.has(fold(t.text))) continue;
    const after = k + 1 < end && isCapitalized(toks[k + 1]!.text) ? readSpeaker(toks.slice(0, end), k + 1, lex, lang) : undefined;
    const speaker = after ?? (k > begin ? readSpeaker(toks.slice(0, k), k - 1, lex, lang) ?? subjectBefore(toks, Math.max(begin, k - 4), k, lex, lang) : undefined);
    if (!speaker) return undefined;
    return { cue: t.text, cueStart: t.start, agreement: undefined, speaker, weak: true };
  }
  return undefined;
}
