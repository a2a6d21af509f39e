import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/entities/link/gazetteer.js';
import { personId } from '../../../src/entities/link/keys.js';
import { ADJECTIVES, DIFFERENT, PEOPLE, SAME } from './pairs.js';

const gazetteer = loadGazetteer();

/** What the recognizer would link a surface form to: the gazetteer, else a person key. */
function resolve(form: string): string {
  return gazetteer.lookup(form)[0]?.id ?? personId(form);
}

/** Every (form, expected id) pair of a group table. */
function pairs(groups: ReadonlyArray<readonly [string, ...string[]]>): Array<[string, string]> {
  return groups.flatMap(([id, ...forms]) => forms.map((f): [string, string] => [f, id]));
}

describe('cross-language ids', () => {
  const named = pairs(SAME);
  const adjectives = pairs(ADJECTIVES);
  const people = pairs(PEOPLE);

  it('has enough hand-written pairs to mean something', () => {
    expect(named.length + adjectives.length + people.length).toBeGreaterThanOrEqual(100);
    expect(DIFFERENT.length).toBeGreaterThanOrEqual(30);
  });

  it('links the ru, kk and en names of one entity to one id', () => {
    const missed = named.filter(([form, id]) => resolve(form) !== id).map(([form, id]) => `${form} → ${resolve(form)} (want ${id})`);
    const all = named.length + adjectives.length + people.length;
    const missedAdj = adjectives.filter(([form, id]) => gazetteer.countryByAdjective(form)?.entry.id !== id);
    const missedPeople = people.filter(([form, id]) => personId(form) !== id);
    const met = all - missed.length - missedAdj.length - missedPeople.length;
    console.log(`id pairs: ${met}/${all} meet (${((100 * met) / all).toFixed(1)}%)`);
    expect(missed).toEqual([]);
    expect(missedAdj).toEqual([]);
    expect(missedPeople).toEqual([]);
  });

  it('keeps different entities apart', () => {
    const merged = DIFFERENT.filter(([a, b]) => resolve(a) === resolve(b));
    console.log(`different pairs: ${merged.length}/${DIFFERENT.length} wrongly merged`);
    expect(merged).toEqual([]);
  });
});
