import { describe, expect, it } from 'vitest';
import { isSportsDocument, sportsClubs, sportsNicknames, sportsPass } from '../../../src/languages/en/sports.js';

const words = (text: string) => text.split(' ');
const doc = (...lines: string[]) => lines.map(words);

/** A short match report of our own: sports words well above the threshold. */
const report = doc(
  'Kairat beat Tobol 2-1 in the league on Sunday .',
  'Tobol coach Ivanov said his team played well in Almaty .',
  'Kairat striker Sadykov scored the winning goal .',
);

describe('isSportsDocument', () => {
  it('tells a match report from other news', () => {
    expect(isSportsDocument(report)).toBe(true);
    expect(isSportsDocument(doc('The parliament passed the budget in Astana on Friday .', 'Ministers said taxes would rise .'))).toBe(false);
    expect(isSportsDocument([])).toBe(false);
  });
});

describe('sportsClubs', () => {
  it('retypes a town used as a side, but not where it is a venue', () => {
    const spans = [
      [{ start: 0, end: 1, type: 'LOC' }, { start: 2, end: 3, type: 'LOC' }],
      [{ start: 0, end: 1, type: 'LOC' }, { start: 10, end: 11, type: 'LOC' }],
      [{ start: 0, end: 1, type: 'LOC' }],
    ];
    const out = sportsClubs(report, spans);
    expect(out[0]).toEqual([{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'ORG' }]);
    // "in Almaty": the venue stays a place.
    expect(out[1]).toEqual([{ start: 0, end: 1, type: 'ORG' }, { start: 10, end: 11, type: 'LOC' }]);
  });

  it('keeps countries and fixed spans, and changes nothing outside sport', () => {
    const sentences = doc('Kazakhstan beat Georgia 2-1 in the league match .', 'The team won the cup .');
    const spans = [[{ start: 0, end: 1, type: 'LOC' }, { start: 2, end: 3, type: 'LOC', fixed: true }], []];
    expect(sportsClubs(sentences, spans)).toEqual(spans);
    const news = doc('Prices rose in Almaty , and Shymkent beat forecasts , officials said .');
    const own = [[{ start: 3, end: 4, type: 'LOC' }, { start: 6, end: 7, type: 'LOC' }]];
    const longer = [...news, ...doc(
      'The ministry said on Tuesday that consumer prices in the regions had risen faster than wages for three months running , and that the budget would be revised before the parliament met again in the autumn to discuss the new tax code and the pension reform .',
    )];
    expect(sportsPass(longer, [...own, []])[0]).toBe(own[0]);
    // The same sentence in a match report: "Shymkent beat" is a side.
    expect(sportsPass([...news, ...report], [...own, [], [], []])[0]).toEqual([{ start: 3, end: 4, type: 'LOC' }, { start: 6, end: 7, type: 'ORG' }]);
  });
});

describe('sportsNicknames', () => {
  it('tags a plural nickname after "the" in a sports document, not a nationality', () => {
    const sentences = doc('the Falcons beat the Kazakhs 3-1 to win the league title game .');
    expect(sportsNicknames(sentences, [[]])).toEqual([[{ start: 1, end: 2, type: 'ORG' }]]);
  });
});
