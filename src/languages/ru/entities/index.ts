/**
 * The Russian named-entity recognizer: rules over the body's tokens, from the most to the least
 * certain, each claiming the tokens it tags so a weaker rule cannot re-tag them:
 * gazetteer names → quoted names → people → organization phrases → events → acronyms and Latin
 * names → dictionary places; then country adjectives and role nouns, which link without claiming.
 * Resolution (one entity per referent, short names joining full ones) is the shared
 * {@link assembleEntities}.
 * @module
 */
import { assembleEntities, type MentionCandidate } from '../../../entities/assemble.js';
import { loadGazetteer } from '../../../entities/link/gazetteer.js';
import type { ArticleDocument } from '../../../text/document.js';
import type { Entity } from '../../../types.js';
import type { RussianMorphology } from '../morph.js';
import { createContext } from './context.js';
import { matchEvents } from './events.js';
import { matchCountryAdjectives, matchGazetteer } from './gazetteer-match.js';
import { nameKey, nameReadings } from './names.js';
import { matchAcronymsAndLatin, matchBareQuotedNames, matchOrgPhrases, matchQuotedNames } from './orgs.js';
import { matchKnownNameWords, matchPeople } from './people.js';
import { matchDictionaryPlaces, matchLandmarks, matchPlacePhrases } from './places.js';
import { matchBackReferences } from './roles.js';
import { personId } from './ids.js';

/** Builds the recognizer over a loaded morphology; the result is synchronous and never throws. */
export function createRussianEntityRecognizer(morph: RussianMorphology): (doc: ArticleDocument) => Entity[] {
  const gazetteer = loadGazetteer();
  return (doc) => {
    try {
      return assembleEntities(doc, recognizeCandidates(doc, morph, gazetteer));
    } catch {
      // A recognizer bug must not take the whole enrichment down: no entities rather than a throw.
      return [];
    }
  };
}

/** The mention candidates of a document, before resolution (exported for tests and tools). */
export function recognizeCandidates(doc: ArticleDocument, morph: RussianMorphology, gazetteer = loadGazetteer()): MentionCandidate[] {
  const ctx = createContext(doc, morph, gazetteer);
  matchGazetteer(ctx);
  matchQuotedNames(ctx);
  matchBareQuotedNames(ctx);
  matchPlacePhrases(ctx);
  matchLandmarks(ctx);
  matchPeople(ctx);
  matchKnownNameWords(ctx);
  matchOrgPhrases(ctx);
  matchEvents(ctx);
  matchAcronymsAndLatin(ctx);
  matchDictionaryPlaces(ctx);
  matchCountryAdjectives(ctx);
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
    for (const o of options) {
      const target = byWord.get(nameKey(o));
      if (!target) continue;
      const word = target.name.split(' ').find((w) => nameKey(w) === nameKey(o))!;
      candidates[i] = { ...c, name: word, id: personId(word) };
      map.set(c.id, target.id);
      break;
    }
  }
  return map;
}
