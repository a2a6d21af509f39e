import { describe, expect, it } from 'vitest';
import { initialNames, sportsTeams, titleLedNames } from '../../../src/languages/en/rules.js';

const words = (text: string) => text.split(' ');

describe('titleLedNames', () => {
  it('makes the capitalized run after a title a person, once', () => {
    const w = words('Yesterday Foreign Minister Murat Nurtleu arrived in Baku');
    expect(titleLedNames(w, [{ start: 8, end: 9, type: 'LOC' }])).toEqual([
      { start: 3, end: 5, type: 'PER' },
      { start: 8, end: 9, type: 'LOC' },
    ]);
  });

  it('retypes a span the tagger started at the name and leaves lowercase phrases alone', () => {
    expect(titleLedNames(words('President Tokayev spoke'), [{ start: 1, end: 2, type: 'LOC' }])).toEqual([{ start: 1, end: 2, type: 'PER' }]);
    expect(titleLedNames(words('the President of Kazakhstan'), [])).toEqual([]);
  });
});

describe('sportsTeams', () => {
  it('reads names next to scores as teams, countries as places', () => {
    expect(sportsTeams(words('Kairat Almaty 2 Ordabasy 1'), [{ start: 0, end: 2, type: 'LOC' }])).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 3, end: 4, type: 'ORG' },
    ]);
    expect(sportsTeams(words('Kazakhstan 3 Ordabasy 1'), [])).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 2, end: 3, type: 'ORG' },
    ]);
  });

  it('keeps people and leaves running text alone', () => {
    const people = [{ start: 0, end: 2, type: 'PER' }];
    expect(sportsTeams(words('Elena Rybakina 6 4 7 5'), people)).toEqual(people);
    const text = [{ start: 0, end: 1, type: 'LOC' }];
    expect(sportsTeams(words('Almaty won 2 of 3 games'), text)).toEqual(text);
  });
});

describe('initialNames', () => {
  it('reads an initial and a surname as a person, and keeps middle initials inside names', () => {
    expect(initialNames(words('Bowling : G . Thorpe 3-21'), [])).toEqual([{ start: 2, end: 5, type: 'PER' }]);
    expect(initialNames(words('Robert O . Blake said'), [{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 4, type: 'PER' }])).toEqual([
      { start: 0, end: 4, type: 'PER' },
    ]);
    expect(initialNames(words('K . Barnett scored'), [{ start: 2, end: 3, type: 'LOC' }])).toEqual([{ start: 0, end: 3, type: 'PER' }]);
  });
});
