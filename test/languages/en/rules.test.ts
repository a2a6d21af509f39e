import { describe, expect, it } from 'vitest';
import type { TokenSpan } from '../../../src/entities/tagger/index.js';
import {
  bracketedAcronyms,
  knownNames,
  knownOrganizations,
  particleNames,
  countryThenName,
  datelines,
  describedOrganizations,
  headedOrganizations,
  fixtureLines,
  initialNames,
  lonePeople,
  nationalityNames,
  scoredPlaces,
  scorecardNames,
  splitPlaceRuns,
  sportsTeams,
  tidySpans,
  titleLedNames,
  untaggedCountries,
} from '../../../src/languages/en/rules.js';

const words = (text: string) => text.split(' ');
/** Spans without the rules' `fixed` mark, to compare positions and types. */
const plain = (spans: TokenSpan[]) => spans.map(({ start, end, type }) => ({ start, end, type }));

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
    expect(plain(sportsTeams(words('Kairat Almaty 2 Ordabasy 1'), [{ start: 0, end: 2, type: 'LOC' }]))).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 3, end: 4, type: 'ORG' },
    ]);
    expect(plain(sportsTeams(words('Kazakhstan 3 Ordabasy 1'), []))).toEqual([
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

describe('titleLedNames and title words', () => {
  it('never reads the body of a title ("Foreign Affairs") as a name', () => {
    expect(titleLedNames(words('the Minister of Foreign Affairs of Kazakhstan'), [])).toEqual([]);
  });
});

describe('countryThenName', () => {
  it('splits a country closing a title from the name after it', () => {
    const w = words('Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev arrived');
    expect(countryThenName(w, [{ start: 5, end: 8, type: 'LOC' }])).toEqual([
      { start: 5, end: 6, type: 'LOC' },
      { start: 6, end: 8, type: 'PER' },
    ]);
    const bank = [{ start: 2, end: 4, type: 'ORG' }];
    expect(countryThenName(words('the Bank of Kazakhstan said'), bank)).toEqual(bank);
  });
});

describe('untaggedCountries', () => {
  it('tags country names the tagger missed, in any case, and leaves covered ones alone', () => {
    expect(plain(untaggedCountries(words('England face Moldova on Sunday'), [{ start: 0, end: 1, type: 'LOC' }]))).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
    expect(plain(untaggedCountries(words('AUSTRIA DOMINATE SCOTLAND'), []))).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
    expect(plain(untaggedCountries(words('the Bank of Kazakhstan'), [{ start: 1, end: 4, type: 'ORG' }]))).toEqual([{ start: 1, end: 4, type: 'ORG' }]);
  });
});

describe('datelines', () => {
  it('reads the all-caps place of a dateline, and the region after its comma, as places', () => {
    expect(plain(datelines(words('ALMATY 2024-11-28'), [{ start: 0, end: 1, type: 'ORG' }]))).toEqual([{ start: 0, end: 1, type: 'LOC' }]);
    expect(plain(datelines(words('UST-KAMENOGORSK , Kazakhstan Nov 28'), []))).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
  });

  it('leaves headlines and ordinary sentences alone', () => {
    expect(plain(datelines(words('FOOTBALL - KAIRAT WIN AGAIN'), []))).toEqual([]);
    expect(plain(datelines(words('NATO said on Monday'), [{ start: 0, end: 1, type: 'ORG' }]))).toEqual([{ start: 0, end: 1, type: 'ORG' }]);
  });
});

describe('fixtureLines', () => {
  it('reads "A v B" as two teams and all-caps "A AT B" as a team at a venue', () => {
    expect(plain(fixtureLines(words('Postponed : Kairat v Ordabasy'), []))).toEqual([
      { start: 2, end: 3, type: 'ORG' },
      { start: 4, end: 5, type: 'ORG' },
    ]);
    expect(plain(fixtureLines(words('TOBOL AT ASTANA'), [{ start: 2, end: 3, type: 'ORG' }]))).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
    expect(plain(fixtureLines(words('Kazakhstan v Georgia'), []))[0]).toEqual({ start: 0, end: 1, type: 'LOC' });
  });

  it('needs the whole sentence to be the fixture', () => {
    expect(plain(fixtureLines(words('Tokayev met Putin at Sochi'), []))).toEqual([]);
    expect(plain(fixtureLines(words('Kairat v Ordabasy ended 2 : 1 on Sunday'), []))).toEqual([]);
  });
});

describe('untaggedCountries and typed spans', () => {
  it('retypes a country the tagger called an organization, and marks rule types as fixed', () => {
    const out = untaggedCountries(words('Kazakhstan beat Georgia'), [{ start: 0, end: 1, type: 'ORG' }]);
    expect(out).toEqual([
      { start: 0, end: 1, type: 'LOC', fixed: true },
      { start: 2, end: 3, type: 'LOC', fixed: true },
    ]);
  });
});

describe('span edges', () => {
  it('cuts spans at scores and drops a leading calendar word or article', () => {
    expect(tidySpans(words('Almaty 7 ASTANA 6'), [{ start: 0, end: 4, type: 'ORG' }])).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 2, end: 3, type: 'ORG' },
    ]);
    expect(tidySpans(words('the August National Bank index'), [{ start: 1, end: 4, type: 'ORG' }])).toEqual([{ start: 2, end: 4, type: 'ORG' }]);
    expect(tidySpans(words('The State Department said'), [{ start: 0, end: 3, type: 'ORG' }])).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
    expect(tidySpans(words('The Hague said'), [{ start: 0, end: 2, type: 'LOC' }])).toEqual([{ start: 0, end: 2, type: 'LOC' }]);
  });

  it('splits a place span run over two names, but not a place "of" a country', () => {
    expect(splitPlaceRuns(words('Kazakhstan face Georgia today'), [{ start: 0, end: 3, type: 'LOC' }])).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
    const gulf = [{ start: 1, end: 4, type: 'LOC' }];
    expect(splitPlaceRuns(words('the Gulf of Mexico'), gulf)).toEqual(gulf);
  });
});

describe('organization cues', () => {
  it('reads a name after an organization noun as an organization', () => {
    expect(plain(describedOrganizations(words('the news agency Kazinform reported'), [{ start: 3, end: 4, type: 'PER' }]))).toEqual([
      { start: 3, end: 4, type: 'ORG' },
    ]);
    expect(plain(describedOrganizations(words('the bank Kazakhstan'), [{ start: 2, end: 3, type: 'LOC' }]))).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
  });

  it('reads a place before a score in results text as a club, never a country', () => {
    const w = words('Aktobe 244 and 12-1 , Kazakhstan 300 and 5-0');
    expect(plain(scoredPlaces(w, [{ start: 0, end: 1, type: 'LOC' }, { start: 5, end: 6, type: 'LOC' }]))).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 5, end: 6, type: 'LOC' },
    ]);
    const prose = [{ start: 3, end: 4, type: 'LOC' }];
    expect(scoredPlaces(words('he flew to Aktobe 3 times'), prose)).toEqual(prose);
  });
});

describe('nationalityNames', () => {
  it('reads "Name Surname ( Country )" as a person unless a word is an ordinary one', () => {
    const common = new Set(['red', 'star']);
    const isCommon = (w: string) => common.has(w);
    expect(plain(nationalityNames(words('3 . Olga Rypakova ( Kazakhstan ) 14.55'), [], isCommon))).toEqual([{ start: 2, end: 4, type: 'PER' }]);
    expect(nationalityNames(words('Red Star ( Serbia ) won'), [], isCommon)).toEqual([]);
  });
});

describe('headedOrganizations', () => {
  it('reads capitalized runs headed by an organization word, and "X & Y", as organizations', () => {
    expect(headedOrganizations(words('The State Department said'), [])).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
    expect(headedOrganizations(words('a Foreign Ministry spokesman'), [{ start: 2, end: 3, type: 'ORG' }])).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
    expect(headedOrganizations(words('shares of Marks & Spencer fell'), [{ start: 2, end: 3, type: 'PER' }])).toEqual([{ start: 2, end: 5, type: 'ORG' }]);
  });

  it('leaves places and lone heads alone', () => {
    const places = [{ start: 2, end: 4, type: 'LOC' }];
    expect(headedOrganizations(words('in the West Bank'), places)).toEqual(places);
    expect(headedOrganizations(words('the Ministry said'), [])).toEqual([]);
  });
});

describe('lonePeople', () => {
  it('reads a known figure or a surname-shaped unknown word standing alone as a person', () => {
    const known = new Set(['rahmon']);
    const common = new Set(['nov', 'said']);
    const out = lonePeople(words('Rahmon said Zhaparov agreed'), [{ start: 0, end: 1, type: 'LOC' }], (w) => known.has(w), (w) => common.has(w));
    expect(out).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
    ]);
    expect(lonePeople(words('He bought a Nov ticket'), [], () => false, (w) => common.has(w))).toEqual([]);
  });
});

describe('scoredPlaces and untagged sides', () => {
  it('reads an untagged name before a side total as a team, but not a player after an initial nor a line-opening function word', () => {
    const w = words('Kostanay 210 and 95-3 ( B . Ospanov 61 ) , Ordabasy 188-9 .');
    const out = plain(scoredPlaces(w, [{ start: 5, end: 8, type: 'PER' }]));
    expect(out).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 5, end: 8, type: 'PER' },
      { start: 11, end: 12, type: 'ORG' },
    ]);
    // Bowling figures ("10-0-41-2") are a player's, not a side's total.
    expect(scoredPlaces(words('Bowling : Ospanov 10-0-41-2 , Kim 9-1-30-1'), [])).toEqual([]);
    expect(scoredPlaces(words('The 2007 event had 32 players and 4 rounds'), [])).toEqual([]);
  });
});

describe('knownOrganizations', () => {
  const isKnown = knownNames(['Reuters', 'Interfax', 'Associated Press', 'Itar-Tass']);
  it('types a news agency named alone as an organization, over the tagger, in any case', () => {
    expect(plain(knownOrganizations(words('the minister told Reuters on Monday'), [{ start: 3, end: 4, type: 'PER' }], isKnown))).toEqual([
      { start: 3, end: 4, type: 'ORG' },
    ]);
    expect(plain(knownOrganizations(words('INTERFAX SAYS TALKS OFF'), [], isKnown))).toEqual([{ start: 0, end: 1, type: 'ORG' }]);
    expect(plain(knownOrganizations(words('the Associated Press said'), [], isKnown))).toEqual([{ start: 1, end: 3, type: 'ORG' }]);
  });

  it('leaves a longer name around the agency to the tagger', () => {
    const longer = [{ start: 1, end: 3, type: 'ORG' }];
    expect(knownOrganizations(words('the Reuters Foundation gave'), longer, isKnown)).toEqual(longer);
    expect(knownOrganizations(words('John Reuters Smith spoke'), [], isKnown)).toEqual([]);
  });
});

describe('bracketedAcronyms', () => {
  it("gives an acronym in brackets its name's type, both ways round, over a lone guess", () => {
    const party = [{ start: 1, end: 4, type: 'ORG' }];
    expect(plain(bracketedAcronyms(words('the Kazakh Democratic Party ( KDP ) met'), party))).toEqual([
      { start: 1, end: 4, type: 'ORG' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
    expect(plain(bracketedAcronyms(words('" KDP ( Kazakh Democratic Party ) is ready'), [{ start: 3, end: 6, type: 'ORG' }]))).toEqual([
      { start: 1, end: 2, type: 'ORG' },
      { start: 3, end: 6, type: 'ORG' },
    ]);
    expect(plain(bracketedAcronyms(words('the State News Agency ( SNA ) said'), [{ start: 1, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'MISC' }]))).toEqual([
      { start: 1, end: 4, type: 'ORG' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('needs a tagged name of two words or more', () => {
    expect(bracketedAcronyms(words('prices ( CPI ) rose'), [])).toEqual([]);
    const one = [{ start: 0, end: 1, type: 'PER' }];
    expect(bracketedAcronyms(words('Smith ( MP ) said'), one)).toEqual(one);
  });
});

describe('scorecardNames', () => {
  it('reads names after dismissal marks in a scorecard line as players', () => {
    expect(plain(scorecardNames(words('A . Ospanov c Kim b Tursynov 44'), [{ start: 0, end: 3, type: 'PER' }]))).toEqual([
      { start: 0, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'PER' },
      { start: 6, end: 7, type: 'PER' },
    ]);
    expect(plain(scorecardNames(words('Kim c and b Tursynov 3'), [{ start: 4, end: 5, type: 'ORG' }]))).toEqual([{ start: 4, end: 5, type: 'PER' }]);
  });

  it('does nothing outside a line with a score', () => {
    expect(scorecardNames(words('Plan b Tursynov failed'), [])).toEqual([]);
  });
});

describe('particleNames', () => {
  it('joins a person and a particled surname into one name', () => {
    expect(plain(particleNames(words('Joost van der Berg scored'), [{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]))).toEqual([
      { start: 0, end: 4, type: 'PER' },
    ]);
    expect(plain(particleNames(words('allowed Van der Berg to score'), []))).toEqual([{ start: 1, end: 4, type: 'PER' }]);
  });

  it('leaves places with particles and untagged runs alone', () => {
    const rio = [{ start: 1, end: 4, type: 'LOC' }];
    expect(particleNames(words('in Rio de Janeiro today'), rio)).toEqual(rio);
    expect(particleNames(words('the cost de Silva paid'), [])).toEqual([]);
  });
});

describe('person span edges', () => {
  it('cuts a dash between names and drops a leading nationality or function word', () => {
    expect(plain(tidySpans(words('Kazakhstan - Olga Rypakova ( captain )'), [{ start: 0, end: 4, type: 'PER' }]))).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 2, end: 4, type: 'PER' },
    ]);
    expect(plain(tidySpans(words('American Dennis Mitchell won'), [{ start: 0, end: 3, type: 'PER' }]))).toEqual([{ start: 1, end: 3, type: 'PER' }]);
    expect(plain(tidySpans(words('During Tokayev visit'), [{ start: 0, end: 2, type: 'PER' }]))).toEqual([{ start: 1, end: 2, type: 'PER' }]);
    // An all-caps word is no function word ("AS Heagle" is initials).
    expect(plain(tidySpans(words('by AS Heagle'), [{ start: 1, end: 3, type: 'PER' }]))).toEqual([{ start: 1, end: 3, type: 'PER' }]);
  });
});

describe('untaggedCountries and person spans', () => {
  it('reads a person span that is a country as the country, unless the name is also a given name', () => {
    expect(plain(untaggedCountries(words('Sri Lanka beat Kenya'), [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'PER' }]))).toEqual([
      { start: 0, end: 2, type: 'LOC' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
    const chad = [{ start: 0, end: 1, type: 'PER' }];
    expect(untaggedCountries(words('Chad said no'), chad)).toEqual(chad);
  });
});
