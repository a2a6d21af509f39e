import { describe, expect, it } from 'vitest';
import { kazakhKeys, orgHead, possessiveHead } from '../../../src/languages/kk/features.js';

describe('Kazakh tagger features', () => {
  it('knows organization head nouns through their suffixes', () => {
    expect(orgHead('институтының')).toBe('институт');
    expect(orgHead('министрлігі')).toBe('министрлі');
    expect(orgHead('басқармасына')).toBe('басқарма');
    expect(orgHead('кітап')).toBe('');
  });

  it('tells a head that closes a name from the bare common noun', () => {
    expect(possessiveHead('министрлігі', orgHead('министрлігі'))).toBe(true);
    expect(possessiveHead('басқармасына', orgHead('басқармасына'))).toBe(true);
    expect(possessiveHead('министрлік', orgHead('министрлік'))).toBe(false);
    expect(possessiveHead('кітабы', orgHead('кітабы'))).toBe(false);
  });

  it('gives every word keys, the same for the same sentence', () => {
    const sentence = ['Мәскеу', 'мемлекеттік', 'институтының', 'түлегі', '.'];
    const a = kazakhKeys(sentence);
    expect(a.offsets.length).toBe(sentence.length + 1);
    for (let t = 0; t < sentence.length; t++) expect(a.offsets[t + 1]! - a.offsets[t]!).toBeGreaterThan(10);
    expect(kazakhKeys(sentence)).toEqual(a);
    expect(kazakhKeys([]).keys.length).toBe(0);
  });
});
