import { describe, expect, it } from 'vitest';
import { documentConsistency, organizationEvidence } from '../../../src/languages/en/consistency.js';

const words = (text: string) => text.split(' ');

describe('documentConsistency', () => {
  it('tags a lone surname, and an all-caps headline mention, of a person named in full elsewhere', () => {
    const sentences = [words('BOXING - ZHUSUPOV WINS'), words('Bakhyt Zhusupov won on Sunday .'), words('Zhusupov said he was happy .')];
    const out = documentConsistency(sentences, [[], [{ start: 0, end: 2, type: 'PER' }], []]);
    expect(out[0]).toEqual([{ start: 2, end: 3, type: 'PER' }]);
    expect(out[2]).toEqual([{ start: 0, end: 1, type: 'PER' }]);
  });

  it('retypes a name to the type most of its mentions got', () => {
    const sentences = [words('Kairat beat Tobol'), words('Kairat won again'), words('Fans of Kairat cheered')];
    const out = documentConsistency(sentences, [
      [{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'ORG' }],
      [{ start: 0, end: 1, type: 'ORG' }],
      [{ start: 2, end: 3, type: 'LOC' }],
    ]);
    expect(out[2]).toEqual([{ start: 2, end: 3, type: 'ORG' }]);
  });

  it('drops month names and function words tagged alone, and never spreads them', () => {
    const sentences = [words('Sales rose in July'), words('At Almaty the July figures came')];
    const out = documentConsistency(sentences, [[{ start: 3, end: 4, type: 'PER' }], [{ start: 0, end: 1, type: 'PER' }, { start: 1, end: 2, type: 'LOC' }]]);
    expect(out).toEqual([[], [{ start: 1, end: 2, type: 'LOC' }]]);
  });

  it('leaves a tie alone and returns the input spans when nothing applies', () => {
    const sentences = [words('Jordan spoke'), words('Jordan said')];
    const spans = [[{ start: 0, end: 1, type: 'PER' }], [{ start: 0, end: 1, type: 'LOC' }]];
    expect(documentConsistency(sentences, spans)).toEqual(spans);
  });
});

describe('bylines', () => {
  it('reads a name line right before a dateline as the reporter', async () => {
    const { bylines } = await import('../../../src/languages/en/consistency.js');
    const sentences = [words('Aliya Nurlanova'), words('ASTANA 2024-11-28'), words('Aliya Nurlanova wrote .')];
    const out = bylines(sentences, [[], [{ start: 0, end: 1, type: 'LOC' }], []]);
    expect(out[0]).toEqual([{ start: 0, end: 2, type: 'PER', fixed: true }]);
    expect(bylines([words('Aliya Nurlanova'), words('She wrote .')], [[], []])).toEqual([[], []]);
  });
});

describe('coordinatedNames', () => {
  it('gives untagged items of a list the type its tagged items agree on', async () => {
    const { coordinatedNames } = await import('../../../src/languages/en/consistency.js');
    const w = words('Team : Abenov , Beisenov , Tulegenov and Zhumabek .');
    const tagged = [{ start: 2, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'PER' }];
    expect(coordinatedNames(w, tagged)).toEqual([...tagged, { start: 6, end: 7, type: 'PER' }, { start: 8, end: 9, type: 'PER' }]);
    const mixed = [{ start: 2, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }];
    expect(coordinatedNames(w, mixed)).toEqual(mixed);
  });
});

describe('organizationEvidence', () => {
  it("retypes and tags every mention of a name the document shows to be an organization's", () => {
    const sentences = [words('Tulpar said profits rose .'), words('Tulpar spokesman Arman Kim said so .'), words('analysts at Tulpar agreed')];
    const out = organizationEvidence(sentences, [[{ start: 0, end: 1, type: 'PER' }], [{ start: 2, end: 4, type: 'PER' }], []]);
    expect(out).toEqual([[{ start: 0, end: 1, type: 'ORG' }], [{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 4, type: 'PER' }], [{ start: 2, end: 3, type: 'ORG' }]]);
  });

  it("keeps a person's surname a person, and a country a place", () => {
    const sentences = [words('Arman Kim arrived .'), words('Kim spokesman Dana Lee said .'), words('Kazakhstan spokesman Bolat said')];
    const spans = [[{ start: 0, end: 2, type: 'PER' }], [{ start: 0, end: 1, type: 'PER' }, { start: 2, end: 4, type: 'PER' }], [{ start: 0, end: 1, type: 'LOC' }]];
    expect(organizationEvidence(sentences, spans)).toEqual(spans);
  });

  it('retypes the tagger\'s own spans of a company named once with its legal form, and tags no bare word', () => {
    const sentences = [words('Shares of Altynbank Corp rose .'), words('Altynbank gained .'), words('First quarter Altynbank')];
    const out = organizationEvidence(sentences, [[{ start: 2, end: 4, type: 'ORG' }], [{ start: 0, end: 1, type: 'PER' }], []]);
    expect(out).toEqual([[{ start: 2, end: 4, type: 'ORG' }], [{ start: 0, end: 1, type: 'ORG' }], []]);
  });

  it('never takes an untagged capitalized sentence opener as a name', () => {
    const sentences = [words('Hiring employees is hard')];
    expect(organizationEvidence(sentences, [[]])).toEqual([[]]);
  });
});
