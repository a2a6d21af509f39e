/**
 * The Russian named-entity recognizer: rules over the body's tokens, from the most to the least
 * certain, each claiming the tokens it tags so a weaker rule cannot re-tag them:
 * gazetteer names → site names → quoted names → people → organization phrases → events →
 * acronyms and Latin names → dictionary places; then country adjectives. A statistical tagger
 * (hybrid.ts) then reads every sentence with the rules' tags as features and has the last word on
 * people and organizations; role nouns link last, without claiming. Resolution (one entity per referent, short names joining full ones) is the shared
 * {@link assembleEntities}.
 * @module
 */
import { assembleEntities, type MentionCandidate } from '../../../entities/assemble.js';
import { loadGazetteer } from '../../../entities/link/gazetteer.js';
import type { ArticleDocument } from '../../../text/document.js';
import type { Entity } from '../../../types.js';
import type { RussianMorphology } from '../morph.js';
import { createContext, type RuContext } from './context.js';
import { applyTagger, createRussianTagger, type RussianTagger } from './hybrid.js';
import type { TaggerModelJson } from '../../../entities/tagger/index.js';
import modelJson from '../../../../data/ru/ner-model.json' with { type: 'json' };
import { matchEvents } from './events.js';
import { matchCountryAdjectives, matchGazetteer } from './gazetteer-match.js';
import { nameKey, nameReadings } from './names.js';
import { matchAcronymsAndLatin, matchBareQuotedNames, matchOrgPhrases, matchQuotedNames, matchSiteNames } from './orgs.js';
import { matchKnownNameWords, matchPeople } from './people.js';
import { matchDictionaryPlaces, matchLandmarks, matchPlacePhrases } from './places.js';
import { matchBackReferences } from './roles.js';
import { personId } from './ids.js';

/** Builds the recognizer over a loaded morphology; the result is synchronous and never throws. */
export function createRussianEntityRecognizer(morph: RussianMorphology, options: RecognizerOptions = {}): (doc: ArticleDocument) => Entity[] {
  const json = options.model === undefined ? (modelJson as TaggerModelJson) : options.model;
  // A model with no entity labels (an untrained placeholder) means the rules alone.
  const tagger = json && json.labels.length > 1 ? createRussianTagger(json, morph) : undefined;
  return (doc) => {
    try {
      // The gazetteer is built on the first Russian document, not at init (a tenth of init's CPU,
      // wasted when the enricher never sees Russian); later calls return the built one.
      return assembleEntities(doc, recognizeCandidates(doc, morph, loadGazetteer(), tagger));
    } catch {
      // A recognizer bug must not take the whole enrichment down: no entities rather than a throw.
      return [];
    }
  };
}

/** Options of {@link createRussianEntityRecognizer}. */
export interface RecognizerOptions {
  /** The tagger model (default: data/ru/ner-model.json); `null` for the rules alone. */
  model?: TaggerModelJson | null;
}

/** The rules, most certain first, each named (the name is a feature of the statistical layer). */
const RULES: readonly (readonly [string, (ctx: RuContext) => void])[] = [
  ['gazetteer', matchGazetteer],
  ['site', matchSiteNames],
  ['quoted', matchQuotedNames],
  ['bareQuoted', matchBareQuotedNames],
  ['placePhrase', matchPlacePhrases],
  ['landmark', matchLandmarks],
  ['people', matchPeople],
  ['nameWord', matchKnownNameWords],
  ['orgPhrase', matchOrgPhrases],
  ['event', matchEvents],
  ['acronymLatin', matchAcronymsAndLatin],
  ['dictionaryPlace', matchDictionaryPlaces],
  ['countryAdjective', matchCountryAdjectives],
];

/** The rules' candidates of a document and the rule behind each (before the tagger and resolution). */
export function ruleCandidates(doc: ArticleDocument, morph: RussianMorphology, gazetteer = loadGazetteer()): { ctx: RuContext; sources: Map<MentionCandidate, string> } {
  const ctx = createContext(doc, morph, gazetteer);
  const sources = new Map<MentionCandidate, string>();
  for (const [name, rule] of RULES) {
    rule(ctx);
    for (const c of ctx.candidates) if (!sources.has(c)) sources.set(c, name);
  }
  return { ctx, sources };
}

/**
 * The mention candidates of a document, before resolution (exported for tests and tools): the
 * rules, then the tagger's reading over them when there is a tagger, then the people's short
 * forms joined to their full names and the back references ("президент") linked.
 */
export function recognizeCandidates(doc: ArticleDocument, morph: RussianMorphology, gazetteer = loadGazetteer(), tagger?: RussianTagger): MentionCandidate[] {
  const { ctx, sources } = ruleCandidates(doc, morph, gazetteer);
  if (tagger) applyTagger(ctx, tagger, sources);
  const fullOf = harmonizePeople(ctx.candidates, morph, doc.text);
  matchBackReferences(ctx, (id) => fullOf.get(id) ?? id);
  return ctx.candidates;
}

/** The one full name (given name + surname, no initials) whose surname and first letter match "А. Куришбаев". */
function fullForInitials(name: string, full: readonly MentionCandidate[]): MentionCandidate | undefined {
  const space = name.lastIndexOf(' ');
  const surname = nameKey(name.slice(space + 1));
  const initial = name.charAt(0);
  const hits = full.filter((f) => {
    const ws = f.name.split(' ');
    return ws.length === 2 && !ws[0]!.endsWith('.') && ws[0]!.charAt(0) === initial && nameKey(ws[1]!) === surname;
  });
  return hits.length > 0 && hits.every((h) => h.id === hits[0]!.id) ? hits[0] : undefined;
}

/**
 * A surname alone takes the form of the full name it abbreviates ("Гусейнова" after "Эмин
 * Гусейнов" is "Гусейнов", not the feminine nominative), so the shared resolution can join them.
 * Returns short id → full id.
 */
function harmonizePeople(candidates: MentionCandidate[], morph: RussianMorphology, text: string): Map<string, string> {
  const full = candidates.filter((c) => c.type === 'person' && c.kind === 'name' && c.name.includes(' '));
  const byWord = new Map<string, MentionCandidate>();
  for (const f of full) for (const w of f.name.split(' ')) if (!byWord.has(nameKey(w))) byWord.set(nameKey(w), f);
  const map = new Map<string, string>();
  let stems: Map<string, [string, MentionCandidate][]> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.type === 'person' && c.kind === 'name' && /^(\p{Lu}\.)+ \S+$/u.test(c.name)) {
      // "А. Куришбаев" is "Акылбек Куришбаев" when the text names him in full.
      const target = fullForInitials(c.name, full);
      if (target) {
        candidates[i] = { ...c, name: target.name, id: target.id };
        map.set(c.id, target.id);
      }
      continue;
    }
    if (c.type !== 'person' || c.kind !== 'name' || c.name.includes(' ')) continue;
    const surface = text.slice(c.start, c.end);
    const options = [c.name, ...nameReadings(surface, morph).map((r) => r.nominative)];
    let joined = false;
    for (const o of options) {
      const target = byWord.get(nameKey(o));
      if (!target) continue;
      const word = target.name.split(' ').find((w) => nameKey(w) === nameKey(o))!;
      candidates[i] = { ...c, name: word, id: personId(word) };
      map.set(c.id, target.id);
      joined = true;
      break;
    }
    if (joined) continue;
    // A name the dictionary does not know may get another nominative than its full mention had
    // ("- Нуркиса, ..." after "Нуркисе Дауешову"): the same stem in a single full name joins them.
    stems ??= stemIndex(byWord);
    const target = sameStemFullName(nameKey(surface), stems);
    if (target) {
      candidates[i] = { ...c, name: target.word, id: personId(target.word) };
      map.set(c.id, target.full.id);
    }
  }
  return map;
}

/** Full-name words by their first four letters (a key's stem is at least that long). */
function stemIndex(byWord: ReadonlyMap<string, MentionCandidate>): Map<string, [string, MentionCandidate][]> {
  const index = new Map<string, [string, MentionCandidate][]>();
  for (const [wordKey, full] of byWord) {
    const head = wordKey.slice(0, 4);
    let list = index.get(head);
    if (!list) index.set(head, (list = []));
    list.push([wordKey, full]);
  }
  return index;
}

/** The one full name with a word of the same stem (all but the last two letters, at least five). */
function sameStemFullName(key: string, stems: ReadonlyMap<string, [string, MentionCandidate][]>): { word: string; full: MentionCandidate } | undefined {
  if (key.length < 6) return undefined;
  const stem = key.slice(0, key.length - 2);
  let hit: { word: string; full: MentionCandidate } | undefined;
  for (const [wordKey, full] of stems.get(key.slice(0, 4)) ?? []) {
    if (!wordKey.startsWith(stem) || Math.abs(wordKey.length - key.length) > 2) continue;
    if (hit && hit.full.id !== full.id) return undefined;
    const word = full.name.split(' ').find((w) => nameKey(w) === wordKey);
    if (word) hit = { word, full };
  }
  return hit;
}
