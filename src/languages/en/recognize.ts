/**
 * English entity recognition: the statistical tagger finds PER/LOC/ORG/EVENT spans, then each is
 * linked — countries and places through the gazetteer, organizations to gazetteer ids when known,
 * people to `person:<latin key>` (Tokayev and Тоқаев meet at `person:...-tokaev`). Names never
 * carry trailing punctuation or the possessive 's. Unambiguous country adjectives
 * ("Kazakhstani") outside names link as adjective mentions.
 * @module
 */
import { assembleEntities, type MentionCandidate } from '../../entities/assemble.js';
import { loadGazetteer, type GazetteerEntry } from '../../entities/link/gazetteer.js';
import { entityId, personId } from '../../entities/link/keys.js';
import type { SequenceTagger } from '../../entities/tagger/index.js';
import { tagDocument, type TaggedSpan } from '../../entities/tagger/spans.js';
import type { ArticleDocument } from '../../text/document.js';
import type { Token } from '../../text/tokens.js';
import type { Entity } from '../../types.js';
import { englishDocumentPass } from './consistency.js';
import { findTitle, leadingTitleLength } from './roles.js';

/** Entities of an English document, resolved by {@link assembleEntities}. */
export function recognizeEnglish(doc: ArticleDocument, tagger: SequenceTagger): Entity[] {
  const candidates: MentionCandidate[] = [];
  const covered: TaggedSpan[] = [];
  for (const raw of tagDocument(doc, tagger, englishDocumentPass)) {
    const span = withAbbreviationPeriod(withoutTitle(trimPossessive(raw)));
    if (!span) continue;
    const c = toCandidate(span);
    if (!c) continue;
    candidates.push(c);
    covered.push(span);
  }
  candidates.push(...adjectiveMentions(doc, covered));
  return assembleEntities(doc, candidates);
}

/**
 * Drops title words the tagger took into a name ("President Kassym-Jomart Tokayev"): what is left,
 * when it is all capitalized words, is a person (the title stays as context for the role).
 */
function withoutTitle(span: TaggedSpan | undefined): TaggedSpan | undefined {
  if (!span) return undefined;
  // A country adjective before the title goes too ("Kazakh FM Kosherbayev").
  const adjective = span.tokens.length > 2 && loadGazetteer().countryByAdjective(span.tokens[0]!.text, 'en') ? 1 : 0;
  const title = leadingTitleLength(span.tokens.slice(adjective));
  const k = title > 0 ? title + adjective : 0;
  if (k === 0) return span;
  const tokens = span.tokens.slice(k);
  const nameLike = tokens.every((t) => t.text === '.' || /^\p{Lu}/u.test(t.text));
  if (!nameLike) return span;
  return { ...span, tokens, start: tokens[0]!.start, index: span.index + k, type: 'PER' };
}

/** Abbreviations that close organization names and keep their period ("Norwest Corp."). */
const CLOSING_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'jr', 'sr']);

/**
 * Takes in the final period of a dotted abbreviation ("U.S.", "U.N.") or of a closing one
 * ("Barnett Banks Inc."): the tokenizer splits every period off, and the span would otherwise
 * end at "U.S".
 */
function withAbbreviationPeriod(span: TaggedSpan | undefined): TaggedSpan | undefined {
  if (!span) return span;
  const n = span.tokens.length;
  const last = span.tokens[n - 1]!;
  const dotted = n >= 3 && /^\p{L}$/u.test(last.text) && span.tokens[n - 2]!.text === '.';
  if (!dotted && !(n >= 2 && CLOSING_ABBREVIATIONS.has(last.text.toLowerCase()))) return span;
  const next = span.sentence[span.index + n];
  if (!next || next.text !== '.' || next.start !== last.end) return span;
  return { ...span, end: next.end, tokens: [...span.tokens, next] };
}

/** Drops a trailing possessive token ("Tokayev 's" → "Tokayev"). */
function trimPossessive(span: TaggedSpan): TaggedSpan | undefined {
  let tokens = span.tokens;
  while (tokens.length > 0 && /^'s?$/i.test(tokens[tokens.length - 1]!.text)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return undefined;
  if (tokens === span.tokens) return span;
  return { ...span, tokens, end: tokens[tokens.length - 1]!.end };
}

/** The name as written, single-spaced: tokens that touch in the text stay together ("U.N.", "Robert O. Blake", "Kassym-Jomart"). */
function nameOf(tokens: readonly Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out += i === 0 || t.start === tokens[i - 1]!.end ? t.text : ' ' + t.text;
  }
  return out;
}

/**
 * A bounded memo of a pure function of a string: the same names recur across a document and
 * across documents, and their transliterated keys cost more than the tagging of the span.
 */
function memoized(f: (text: string) => string, limit = 20_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(text, (value = f(text)));
    }
    return value;
  };
}

const personKey = memoized(personId);
const placeKey = memoized((text) => entityId('place', text));
const orgKey = memoized((text) => entityId('org', text));
const eventKey = memoized((text) => entityId('event', text));

function toCandidate(span: TaggedSpan): MentionCandidate | undefined {
  const gazetteer = loadGazetteer();
  const text = nameOf(span.tokens);
  const base = { start: span.start, end: span.end, kind: 'name' as const };
  const linked = (entry: GazetteerEntry, fallback: MentionCandidate['type']): MentionCandidate => ({
    ...base,
    type: entry.type === 'country' ? 'country' : entry.type === 'event' ? 'event' : fallback,
    id: entry.id,
    name: entry.name.en || text,
  });
  switch (span.type) {
    case 'PER': {
      const id = personKey(text);
      if (!id) return undefined;
      const role = findTitle(span.sentence, span.index);
      return { ...base, type: 'person', id, name: text, ...(role ? { role } : {}) };
    }
    case 'LOC': {
      const entry = gazetteer.countryByName(text, 'en') ?? gazetteer.placeByName(text, 'en');
      if (entry) return linked(entry, 'place');
      // A known organization the tagger placed ("U.N. officials"): the gazetteer knows better.
      const org = gazetteer.orgByName(text, 'en');
      if (org) return linked(org, 'organization');
      const id = placeKey(text);
      return id ? { ...base, type: 'place', id, name: text } : undefined;
    }
    case 'ORG':
    case 'EVENT': {
      const entry = gazetteer.orgByName(text, 'en');
      const type = span.type === 'EVENT' ? 'event' : 'organization';
      if (entry) return linked(entry, type);
      const id = span.type === 'EVENT' ? eventKey(text) : orgKey(text);
      return id ? { ...base, type, id, name: text } : undefined;
    }
    default:
      return undefined;
  }
}

/** Unambiguous country adjectives ("Kazakhstani", "Uzbekistani") outside tagged names. */
function adjectiveMentions(doc: ArticleDocument, covered: readonly TaggedSpan[]): MentionCandidate[] {
  const gazetteer = loadGazetteer();
  const out: MentionCandidate[] = [];
  let c = 0;
  for (const token of doc.tokens) {
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) continue;
    while (c < covered.length && covered[c]!.end <= token.start) c++;
    if (c < covered.length && covered[c]!.start < token.end) continue;
    const hit = gazetteer.countryByAdjective(token.text, 'en');
    if (hit && !hit.ambiguous) out.push({ start: token.start, end: token.end, type: 'country', kind: 'adjective', id: hit.entry.id, name: hit.entry.name.en });
  }
  return out;
}
