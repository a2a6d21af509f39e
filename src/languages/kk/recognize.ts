/**
 * Kazakh entity recognition: the statistical tagger finds PER/LOC/ORG/EVENT spans, a few
 * boundary repairs fix what a word-by-word tagger gets wrong in an agglutinative language (a
 * place in the locative glued to a person, a name run past a locative or into a bracket, an
 * institution head left out), then each span is put in the nominative (case suffixes stripped)
 * and linked — countries and places through the gazetteer, organizations to gazetteer ids when
 * known, people to `person:<latin key>`. Countries and known bodies the tagger missed are found
 * through their case forms ("Өзбекстан Республикасының", "Мәжілісте"), and country adjectives
 * outside names ("қазақстандық", "өзбек") link as adjective mentions.
 * @module
 */
import { assembleEntities, type MentionCandidate } from '../../entities/assemble.js';
import type { GazetteerEntry } from '../../entities/link/gazetteer.js';
import { loadGazetteer } from '../../entities/link/gazetteer.js';
import { entityId, personId } from '../../entities/link/keys.js';
import type { SequenceTagger } from '../../entities/tagger/index.js';
import { tagDocument, type TaggedSpan } from '../../entities/tagger/spans.js';
import type { ArticleDocument } from '../../text/document.js';
import type { Entity } from '../../types.js';
import { orgHead, possessiveHead } from './features.js';
import { findRole } from './roles.js';
import { nominativeCandidates, stripCase } from './suffixes.js';

/** Entities of a Kazakh document, resolved by {@link assembleEntities}. */
export function recognizeKazakh(doc: ArticleDocument, tagger: SequenceTagger): Entity[] {
  const candidates: MentionCandidate[] = [];
  const covered: { start: number; end: number }[] = [];
  for (const span of tagDocument(doc, tagger).flatMap(repairSpan)) {
    const c = toCandidate(span);
    if (!c) continue;
    if (c.type === 'place' && !loadGazetteer().byId(c.id)) {
      // An unknown multi-word place often glues a country to the next word ("Өзбекстан
      // Республикасы Түркі ..."): the country prefix, when there is one, is the better mention.
      const state = stateForm(span, c);
      if (state) {
        candidates.push(state);
        covered.push(span);
        continue;
      }
      const prefix = span.tokens.length > 2 ? countryPrefix(span) : undefined;
      if (prefix) {
        candidates.push(prefix);
        covered.push(prefix);
        continue;
      }
    }
    candidates.push(c);
    covered.push(span);
  }
  // Countries the tagger left out, mostly inside titles ("Өзбекстан Республикасының Президенті"):
  // KazNERD leaves those unannotated, so this costs a little there, but a reader wants them.
  candidates.push(...countryMentions(doc, covered));
  candidates.push(...orgMentions(doc, covered));
  candidates.push(...adjectiveMentions(doc, covered));
  return assembleEntities(doc, candidates);
}

/** A tagged span after the boundary repairs below, in order; a glued person and place become two. */
function repairSpan(span: TaggedSpan): TaggedSpan[] {
  return splitPersonAtPlace(cutAtOpenBracket(span)).map((s) => extendToInstitutionHead(cutAfterLocative(s)));
}

/** Locative case endings ("Самарқандта", "Астанада", "Алматыдағы"): a person is rarely named in them. */
const LOCATIVE = /(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ндағы|ндегі)$/;
/** Surname endings (Russian-style and Kazakh patronymic-style) after which a new name starts a new entity. */
const SURNAME = /(?:ов|ев|ёв|ин|ова|ева|ёва|ина|ұлы|улы|қызы|кызы)$/i;

/**
 * Whether word `k` of a person span is really a place the tagger glued on: a capitalized word in
 * a locative case after a surname ("Шавкат Мирзиёев Самарқандта"), or in any case when its
 * nominative is a known place or country ("Тоқаев Астанада").
 */
function gluedPlace(words: readonly string[], k: number): boolean {
  const word = words[k]!;
  if (!/^\p{Lu}/u.test(word)) return false;
  const candidates = nominativeCandidates(word);
  if (candidates.length === 1) return false;
  const gazetteer = loadGazetteer();
  const known = candidates.slice(1).some((f) => gazetteer.placeByName(f, 'kk') ?? gazetteer.countryByName(f, 'kk'));
  if (known) return true;
  return LOCATIVE.test(word.toLowerCase()) && SURNAME.test(words[k - 1]!);
}

/**
 * A person span cut before a place glued to it, the place becoming a LOC span of its own
 * ("Шавкат Мирзиёев Самарқандта" → PER "Шавкат Мирзиёев" + LOC "Самарқандта"). Other spans
 * are returned as they are.
 */
export function splitPersonAtPlace(span: TaggedSpan): TaggedSpan[] {
  if (span.type !== 'PER' || span.tokens.length < 2) return [span];
  const words = span.tokens.map((t) => t.text);
  for (let k = 1; k < words.length; k++) {
    if (span.tokens[k]!.kind !== 'word' || !gluedPlace(words, k)) continue;
    const person = span.tokens.slice(0, k);
    while (person.length > 0 && person[person.length - 1]!.kind === 'punct') person.pop();
    const place = span.tokens.slice(k);
    const out: TaggedSpan[] = [];
    if (person.length > 0) out.push({ ...span, tokens: person, end: person[person.length - 1]!.end });
    out.push({ ...span, type: 'LOC', tokens: place, start: place[0]!.start, index: span.index + k });
    return out;
  }
  return [span];
}

/**
 * A span cut before an opening bracket it does not close ("Парламент ( Мәжің" → "Парламент"):
 * transcribed speech puts false starts in brackets, and a name does not run into one.
 */
export function cutAtOpenBracket(span: TaggedSpan): TaggedSpan {
  const open = span.tokens.findIndex((t) => t.text === '(');
  if (open <= 0 || span.tokens.slice(open).some((t) => t.text === ')')) return span;
  const tokens = span.tokens.slice(0, open);
  while (tokens.length > 1 && tokens[tokens.length - 1]!.kind === 'punct') tokens.pop();
  return { ...span, tokens, end: tokens[tokens.length - 1]!.end };
}

/** Bare locative endings (no -ғы): a word in them closes a name ("Үкіметте", "Астанада"). */
const BARE_LOCATIVE = /(?:да|де|та|те|нда|нде)$/;

/**
 * An organization or place span cut after a known name in the locative that the tagger ran on
 * into the next capitalized word ("Үкіметте Индустрия ..." → "Үкіметте"): a name does not go
 * on past a locative. Only when the gazetteer knows the word's nominative, so names that merely
 * end in -да (Қызылорда, сауда) are left alone. The cut-off words are dropped.
 */
export function cutAfterLocative(span: TaggedSpan): TaggedSpan {
  if (span.type !== 'ORG' && span.type !== 'LOC') return span;
  const gazetteer = loadGazetteer();
  for (let k = 0; k < span.tokens.length - 1; k++) {
    const word = span.tokens[k]!.text;
    if (!/^\p{Lu}/u.test(word) || !BARE_LOCATIVE.test(word.toLowerCase())) continue;
    const stem = stripCase(word);
    if (stem === word || gazetteer.lookup(stem, 'kk').length === 0) continue;
    const tokens = span.tokens.slice(0, k + 1);
    return { ...span, tokens, end: tokens[k]!.end };
  }
  return span;
}

/**
 * Head nouns of state and public bodies that belong to the name ("... Полиция басқармасы",
 * "... жинақ банкі", "... радиология институты"). Not the generic heads written after a brand
 * ("Kazakh TV арнасы", "Astana LRT компаниясы"), which name the kind, not the body.
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'министрлі', 'министрлік', 'басқарма', 'басқармасы', 'банк', 'институт', 'университет', 'академия', 'академиясы', 'комитет',
  'агенттіг', 'агенттік', 'департамент', 'инспекция', 'комиссия', 'бөлім', 'бөлімше', 'колледж', 'консерватория',
  'прокуратура', 'әкімдіг', 'әкімдік', 'аурухана', 'емхана', 'мәслихат', 'палата', 'қауымдастығ', 'қауымдастық', 'ассоциация', 'федерация',
]);

/** A plural suffix somewhere after a head noun's stem. */
const PLURAL = /(?:лар|лер|дар|дер|тар|тер)/;

/**
 * An organization span the tagger closed one word early, just before its head noun
 * ("Бостандық аудандық Полиция | басқармасына"): the head joins the span. Only a lowercase
 * institution head directly after a span not already closed by a possessive head.
 */
export function extendToInstitutionHead(span: TaggedSpan): TaggedSpan {
  if (span.type !== 'ORG') return span;
  const next = span.sentence[span.index + span.tokens.length];
  const last = span.tokens[span.tokens.length - 1]!;
  if (!next || next.kind !== 'word' || next.start !== last.end + 1 || !/^\p{Ll}/u.test(next.text)) return span;
  // A name closed by a possessive head ("... министрлігі") takes no second head.
  const lastLower = last.text.toLowerCase();
  if (possessiveHead(lastLower, orgHead(lastLower))) return span;
  const head = orgHead(next.text.toLowerCase());
  // A plural head ("палаталары", "әкімдіктері") is the kind of several bodies, not a name's end.
  if (!INSTITUTION_HEADS.has(head) || PLURAL.test(next.text.toLowerCase().slice(head.length))) return span;
  return { ...span, tokens: [...span.tokens, next], end: next.end };
}

/** The span's words with the last one in the nominative: "Қасым-Жомарт Тоқаевқа" → "Қасым-Жомарт Тоқаев". */
function nominativeName(span: TaggedSpan, minStem = 3): string {
  const words = span.tokens.filter((t) => t.kind !== 'punct' || t.text === '.').map((t) => t.text);
  const last = words.length - 1;
  return words.map((w, i) => (i === last ? stripCase(w, minStem) : w)).join(' ').replace(/ \./g, '.');
}

/** The gazetteer entry of a multi-word span: the span as written, then its last word de-suffixed. */
function lookupSpan(span: TaggedSpan, pick: (form: string) => GazetteerEntry | undefined): GazetteerEntry | undefined {
  const words = span.tokens.map((t) => t.text);
  const head = words.slice(0, -1).join(' ');
  for (const form of nominativeCandidates(words[words.length - 1]!)) {
    const hit = pick(head ? `${head} ${form}` : form);
    if (hit) return hit;
  }
  return undefined;
}

function toCandidate(span: TaggedSpan): MentionCandidate | undefined {
  const gazetteer = loadGazetteer();
  const base = { start: span.start, end: span.end, kind: 'name' as const };
  switch (span.type) {
    case 'PER': {
      const name = nominativeName(span);
      const id = personId(name);
      if (!id) return undefined;
      const role = findRole(span.sentence, span.index);
      return { ...base, type: 'person', id, name, ...(role ? { role } : {}) };
    }
    case 'LOC': {
      const entry = lookupSpan(span, (f) => gazetteer.countryByName(f, 'kk') ?? gazetteer.countryByName(f))
        ?? lookupSpan(span, (f) => gazetteer.placeByName(f, 'kk') ?? gazetteer.placeByName(f));
      if (entry) return { ...base, type: entry.type === 'country' ? 'country' : 'place', id: entry.id, name: entry.name.kk || nominativeName(span) };
      const name = nominativeName(span);
      const id = entityId('place', name);
      return id ? { ...base, type: 'place', id, name } : undefined;
    }
    case 'ORG':
    case 'EVENT': {
      const entry = lookupSpan(span, (f) => gazetteer.orgByName(f, 'kk') ?? gazetteer.orgByName(f));
      const type = span.type === 'EVENT' ? 'event' : 'organization';
      if (entry && entry.type !== 'country') return { ...base, type: entry.type === 'event' ? 'event' : type, id: entry.id, name: entry.name.kk || nominativeName(span) };
      const name = nominativeName(span, 2);
      const id = entityId(span.type === 'EVENT' ? 'event' : 'org', name);
      return id ? { ...base, type, id, name } : undefined;
    }
    default:
      return undefined;
  }
}

/** Country adjectives (қазақстандық, ресейлік) outside tagged names, when unambiguous. */
function adjectiveMentions(doc: ArticleDocument, covered: readonly { start: number; end: number }[]): MentionCandidate[] {
  const gazetteer = loadGazetteer();
  const out: MentionCandidate[] = [];
  let c = 0;
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || token.text.length < 5) continue;
    while (c < covered.length && covered[c]!.end <= token.start) c++;
    if (c < covered.length && covered[c]!.start < token.end) continue;
    for (const form of nominativeCandidates(token.text)) {
      const hit = gazetteer.countryByAdjective(form, 'kk');
      if (!hit) continue;
      if (!hit.ambiguous) out.push({ start: token.start, end: token.end, type: 'country', kind: 'adjective', id: hit.entry.id, name: hit.entry.name.kk });
      break;
    }
  }
  return out;
}

/**
 * A place span that is a country's short name and its form of state ("Түркия Республикасы",
 * "Ресей Федерациясының"), as a mention of the country over the whole span.
 */
function stateForm(span: TaggedSpan, candidate: MentionCandidate): MentionCandidate | undefined {
  const last = span.tokens[span.tokens.length - 1]!;
  if (span.tokens.length < 2 || !STATE_FORM.test(last.text)) return undefined;
  const prefix = countryPrefix(span);
  return prefix && prefix.end === span.tokens[span.tokens.length - 2]!.end ? { ...prefix, end: candidate.end } : undefined;
}

/** The longest proper prefix of a span that names a country, as a country mention. */
function countryPrefix(span: TaggedSpan): MentionCandidate | undefined {
  const gazetteer = loadGazetteer();
  for (let k = span.tokens.length - 1; k >= 1; k--) {
    const part = { ...span, tokens: span.tokens.slice(0, k), end: span.tokens[k - 1]!.end };
    const entry = lookupSpan(part, (f) => gazetteer.countryByName(f, 'kk'));
    if (entry) return { start: part.start, end: part.end, kind: 'name', type: 'country', id: entry.id, name: entry.name.kk };
  }
  return undefined;
}

/**
 * A test "does this token overlap none of the spans?" for tokens asked in text order: one pointer
 * over the sorted spans keeps a whole pass linear.
 */
function outsideSpans(spans: readonly { start: number; end: number }[]): (t: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let c = 0;
  return (t) => {
    while (c < sorted.length && sorted[c]!.end <= t.start) c++;
    return !(c < sorted.length && sorted[c]!.start < t.end);
  };
}

/**
 * Country names the tagger left out (inside a title: "Өзбекстан Республикасының Президенті"):
 * a capitalized word, or two, outside tagged spans that the gazetteer knows as a country once
 * case suffixes are stripped. Unambiguous names only.
 */
function countryMentions(doc: ArticleDocument, covered: readonly { start: number; end: number }[]): MentionCandidate[] {
  const gazetteer = loadGazetteer();
  const out: MentionCandidate[] = [];
  const tokens = doc.tokens;
  const quoted = quotedTokens(tokens);
  const free = outsideSpans(covered);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || !free(t)) continue;
    const next = tokens[i + 1];
    let hit: { entry: GazetteerEntry; end: number } | undefined;
    if (next && next.kind === 'word' && next.start - t.end === 1 && free(next)) {
      for (const form of nominativeCandidates(next.text)) {
        const entry = gazetteer.countryByName(`${t.text} ${form}`, 'kk');
        if (entry) {
          hit = { entry, end: next.end };
          break;
        }
      }
    }
    if (!hit) {
      for (const form of nominativeCandidates(t.text)) {
        const entry = gazetteer.countryByName(form, 'kk');
        if (entry && !entry.ambiguous) {
          hit = { entry, end: t.end };
          break;
        }
      }
    }
    if (!hit) continue;
    const after = tokens[hit.end > t.end ? i + 2 : i + 1];
    if (quoted[i] || (after && CURRENCY.test(after.text))) continue;
    // "Өзбекстан Республикасының", "Ресей Федерациясы": the state form belongs to the name.
    const end = hit.end === t.end && after && after.kind === 'word' && free(after) && STATE_FORM.test(after.text) ? after.end : hit.end;
    out.push({ start: t.start, end, kind: 'name', type: 'country', id: hit.entry.id, name: hit.entry.name.kk });
    while (i + 1 < tokens.length && tokens[i + 1]!.end <= end) i++;
  }
  return out;
}

/** A currency after a country name makes the name a modifier ("АҚШ доллары"), not a mention. */
const CURRENCY = /^(?:доллар|еуро|рубл|юан|фунт)/i;
/** The word for a form of state after a country's short name, in any case form. */
const STATE_FORM = /^(?:Республика|Федерация|Корольдіг|Корольдік)/;

/** For each token, whether it sits between « and » (at most 8 tokens apart): titles, not mentions. */
function quotedTokens(tokens: readonly { text: string }[]): boolean[] {
  const out = tokens.map(() => false);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (w === '«') open = i;
    else if (w === '»' && open >= 0) {
      if (i - open <= 8) for (let k = open + 1; k < i; k++) out[k] = true;
      open = -1;
    }
  }
  return out;
}

/**
 * One-word organizations the gazetteer knows that the tagger left out, in any case form
 * ("Ақордада", "Мәжілісте", "Үкіметке"): capitalized, outside tagged spans and «quotes»,
 * not ambiguous. Many-word names are left to the tagger.
 */
function orgMentions(doc: ArticleDocument, covered: readonly { start: number; end: number }[]): MentionCandidate[] {
  const gazetteer = loadGazetteer();
  const out: MentionCandidate[] = [];
  const tokens = doc.tokens;
  const quoted = quotedTokens(tokens);
  const free = outsideSpans(covered);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || quoted[i] || !/^\p{Lu}\p{Ll}/u.test(t.text) || !free(t)) continue;
    const entry = nominativeCandidates(t.text)
      .slice(1)
      .map((form) => gazetteer.orgByName(form, 'kk'))
      .find((e) => e !== undefined);
    if (!entry || entry.ambiguous || entry.type === 'event') continue;
    out.push({ start: t.start, end: t.end, kind: 'name', type: 'organization', id: entry.id, name: entry.name.kk || t.text });
  }
  return out;
}
