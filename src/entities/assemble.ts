/**
 * Shared resolution: turns per-language mention candidates into entities. Mentions with the
 * same id become one entity; a person's shorter mentions (surname alone, first name alone,
 * initials + surname) join the full name they abbreviate; salience from frequency and position.
 * Language packs recognize; this module resolves the same way for every language.
 * @module
 */
import type { ArticleDocument } from '../text/document.js';
import { partitionPoint } from '../text/sorted.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { matchKey } from './link/translit.js';

/** One recognized mention before resolution (offsets into `doc.text`). */
export interface MentionCandidate {
  start: number;
  end: number;
  type: EntityType;
  kind: Mention['kind'];
  /** Entity id (`country:KZ`, `person:emin-guseinov`, ...). */
  id: string;
  /** Normal form of this mention (nominative), e.g. "Эмин Гусейнов" or just "Гусейнов". */
  name: string;
  /** Role or title given next to this mention. */
  role?: string;
}

/** Groups candidates into entities, merging short person mentions into the full names they abbreviate. */
export function assembleEntities(doc: ArticleDocument, candidates: readonly MentionCandidate[]): Entity[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const people = resolvePeople(sorted.filter((c) => c.type === 'person'));
  const groups = new Map<string, MentionCandidate[]>();
  for (const c of sorted) {
    const id = c.type === 'person' ? (people.get(c) ?? c.id) : c.id;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = []));
    group.push(c);
  }
  const length = Math.max(1, doc.body.end - doc.body.start);
  const entities: Entity[] = [];
  for (const [id, group] of groups) {
    const names = group.filter((c) => c.kind === 'name');
    const nameSource = names.length > 0 ? names : group;
    const name = nameSource.reduce((best, c) => (wordCount(c.name) > wordCount(best.name) ? c : best)).name;
    const role = group.find((c) => c.role)?.role;
    const first = (group[0]!.start - doc.body.start) / length;
    const salience = Math.min(1, (0.25 + 0.15 * Math.min(names.length, 5) + 0.05 * (group.length - names.length)) * (1.2 - 0.5 * first));
    entities.push({
      id,
      type: group[0]!.type,
      name,
      ...(role ? { role } : {}),
      salience: Math.round(salience * 1000) / 1000,
      mentions: group.map((c) => ({
        start: c.start,
        end: c.end,
        text: doc.text.slice(c.start, c.end),
        kind: c.kind,
        ...(c.kind === 'name' ? { normal: c.name } : {}),
      })),
    });
  }
  return entities;
}

/**
 * Short person mentions → the id of the full name they abbreviate: the full name (two words or
 * more) whose surname or first name matches the short mention's word; when several full names
 * share that word, the nearest preceding one wins (news introduces a person before shortening).
 */
function resolvePeople(people: readonly MentionCandidate[]): Map<MentionCandidate, string> {
  const resolved = new Map<MentionCandidate, string>();
  // Full names by the match key of each of their words, in text order: one pass over the full
  // names instead of one per short mention (a long text has thousands of both).
  const keys = new Map<string, string>();
  const keyOf = (word: string): string => {
    let key = keys.get(word);
    if (key === undefined) keys.set(word, (key = matchKey(word)));
    return key;
  };
  const fullByKey = new Map<string, MentionCandidate[]>();
  for (const f of people) {
    if (wordCount(f.name) < 2) continue;
    for (const key of new Set(f.name.split(/\s+/).map(keyOf))) {
      const list = fullByKey.get(key);
      if (list) list.push(f);
      else fullByKey.set(key, [f]);
    }
  }
  for (const p of people) {
    if (wordCount(p.name) >= 2 || p.kind !== 'name') continue;
    const matches = fullByKey.get(keyOf(lastWord(p.name)));
    if (!matches) continue;
    const before = partitionPoint(matches, (f) => f.start < p.start);
    const target = (before > 0 ? matches[before - 1] : matches[0])!;
    resolved.set(p, target.id);
  }
  return resolved;
}

function wordCount(name: string): number {
  return name.trim().split(/\s+/).filter(Boolean).length;
}

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}
