/**
 * Kazakh entity recognition: the statistical tagger finds PER/LOC/ORG/EVENT spans, then each is
 * put in the nominative (case suffixes stripped) and linked — countries and places through the
 * gazetteer, organizations to gazetteer ids when known, people to `person:<latin key>`. Country
 * adjectives outside names ("қазақстандық") link as adjective mentions.
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
import { findRole } from './roles.js';
import { nominativeCandidates, stripCase } from './suffixes.js';

/** Entities of a Kazakh document, resolved by {@link assembleEntities}. */
export function recognizeKazakh(doc: ArticleDocument, tagger: SequenceTagger): Entity[] {
  const candidates: MentionCandidate[] = [];
  const covered: { start: number; end: number }[] = [];
  for (const span of tagDocument(doc, tagger)) {
    const c = toCandidate(span);
    if (!c) continue;
    if (c.type === 'place' && !loadGazetteer().byId(c.id)) {
      // An unknown multi-word place often glues a country to the next word ("Өзбекстан
      // Республикасы Түркі ..."): the country prefix, when there is one, is the better mention.
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
  // Only when the tagger found no country at all: in running text its own country spans agree
  // with annotators better than this fallback does (measured on KazNERD dev).
  if (!candidates.some((c) => c.type === 'country')) candidates.push(...countryMentions(doc, covered));
  candidates.push(...adjectiveMentions(doc, covered));
  return assembleEntities(doc, candidates);
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
 * Country names the tagger left out (inside a title: "Өзбекстан Республикасының Президенті"):
 * a capitalized word, or two, outside tagged spans that the gazetteer knows as a country once
 * case suffixes are stripped. Unambiguous names only.
 */
function countryMentions(doc: ArticleDocument, covered: readonly { start: number; end: number }[]): MentionCandidate[] {
  const gazetteer = loadGazetteer();
  const out: MentionCandidate[] = [];
  const tokens = doc.tokens;
  const sorted = [...covered].sort((a, b) => a.start - b.start);
  let c = 0;
  // Tokens come in order, so one pointer over the sorted spans keeps this linear.
  const free = (t: { start: number; end: number }) => {
    while (c < sorted.length && sorted[c]!.end <= t.start) c++;
    return !(c < sorted.length && sorted[c]!.start < t.end);
  };
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
    out.push({ start: t.start, end: hit.end, kind: 'name', type: 'country', id: hit.entry.id, name: hit.entry.name.kk });
    if (hit.end > t.end) i++;
  }
  return out;
}
