import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/entities/link/gazetteer.js';
import { personId } from '../../../src/entities/link/keys.js';
import { ADJECTIVES, DIFFERENT, DIFFERENT_PEOPLE, PEOPLE, SAME } from './pairs.js';

const gazetteer = loadGazetteer();

/** What the recognizer would link a surface form to: the gazetteer, else a person key. */
function resolve(form: string): string {
  return gazetteer.lookup(form)[0]?.id ?? personId(form);
}

/** A pair: a surface form, the id it must get, and how that id is computed. */
interface Pair {
  form: string;
  want: string;
  got: string;
}

/** Every (form, expected id) pair of a group table, resolved with `link`. */
function pairs(groups: ReadonlyArray<readonly [string, ...string[]]>, link: (form: string) => string): Pair[] {
  return groups.flatMap(([want, ...forms]) => forms.map((form) => ({ form, want, got: link(form) })));
}

const kindOf = (id: string) => id.slice(0, id.indexOf(':'));
const share = (part: number, all: number) => `${part}/${all} (${((100 * part) / Math.max(1, all)).toFixed(1)}%)`;

describe('cross-language ids', () => {
  const all: Pair[] = [
    ...pairs(SAME, resolve),
    ...pairs(ADJECTIVES, (form) => gazetteer.countryByAdjective(form)?.entry.id ?? ''),
    ...pairs(PEOPLE, personId),
  ];

  it('has enough hand-written pairs of every kind to mean something', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    for (const kind of ['person', 'place', 'org', 'country', 'event']) {
      expect(all.filter((p) => kindOf(p.want) === kind).length, kind).toBeGreaterThanOrEqual(10);
    }
    expect(DIFFERENT.length + DIFFERENT_PEOPLE.length).toBeGreaterThanOrEqual(50);
  });

  it('links the ru, kk and en names of one entity to one id', () => {
    const missed = all.filter((p) => p.got !== p.want);
    for (const kind of ['country', 'place', 'org', 'event', 'person']) {
      const mine = all.filter((p) => kindOf(p.want) === kind);
      console.log(`${kind}: ${share(mine.length - missed.filter((p) => kindOf(p.want) === kind).length, mine.length)} meet their id`);
    }
    console.log(`all kinds: ${share(all.length - missed.length, all.length)} meet their id`);
    expect(missed.map((p) => `${p.form} → ${p.got} (want ${p.want})`)).toEqual([]);
  });

  it('keeps different entities apart', () => {
    const merged = [
      ...DIFFERENT.filter(([a, b]) => resolve(a) === resolve(b)),
      ...DIFFERENT_PEOPLE.filter(([a, b]) => personId(a) === personId(b)),
    ];
    const total = DIFFERENT.length + DIFFERENT_PEOPLE.length;
    console.log(`different entities: ${share(merged.length, total)} wrongly share an id`);
    expect(merged).toEqual([]);
  });
});
