import { describe, expect, it } from 'vitest';
import { keywordTerms, scoreKeywords, type KeywordsGold } from '../../src/eval/keywords.js';

const gold: KeywordsGold[] = [
  { lang: 'ru', keywords: ['информационное пространство', 'Россия', 'медиафорум', 'телевидение'] },
  { lang: 'en', keywords: ['fiber networks', 'wavelength services'] },
];

describe('scoreKeywords', () => {
  it('scores a perfect prediction 1 (after stemming)', () => {
    const m = scoreKeywords(gold, [
      ['информационного пространства', 'России', 'медиафорума', 'телевидения'],
      ['Fiber network', 'wavelength service'],
    ]);
    expect(m.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(m.micro.f1).toBe(1);
  });

  it('scores an empty prediction 0 without NaN', () => {
    const m = scoreKeywords(gold, [[], []]);
    expect(m.macro).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(m.micro).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('averages per document (headline) and pools (micro), by hand', () => {
    // doc 1: 2 predicted, 1 right → P 1/2, R 1/4, F1 1/3.
    // doc 2: 4 predicted, 2 right → P 1/2, R 1, F1 2/3.
    const m = scoreKeywords(gold, [
      ['Россией', 'экономика'],
      ['fiber networks', 'wavelength services', 'optics', 'telecom'],
    ]);
    expect(m.macro.precision).toBeCloseTo(0.5);
    expect(m.macro.recall).toBeCloseTo(0.625);
    expect(m.macro.f1).toBeCloseTo(0.5);
    // pooled: 3 right of 6 predicted and 6 gold.
    expect(m.micro).toMatchObject({ tp: 3, fp: 3, fn: 3 });
    expect(m.micro.f1).toBeCloseTo(0.5);
  });

  it('only counts the first k predictions and exact phrases', () => {
    const preds = [...Array.from({ length: 10 }, (_, i) => `слово${i}`), 'телевидение'];
    const m = scoreKeywords([gold[0]!], [preds]);
    expect(m.macro.precision).toBe(0);
    const partial = scoreKeywords([gold[0]!], [['пространство']]);
    expect(partial.macro.f1).toBe(0);
  });

  it('skips documents without gold keywords', () => {
    const m = scoreKeywords([{ lang: 'kk', keywords: [] }, { lang: 'kk', keywords: ['Астана'] }], [['x'], ['астана']]);
    expect(m.skipped).toBe(1);
    expect(m.macro.f1).toBe(1);
  });
});

describe('keywordTerms', () => {
  it('takes the top k terms in order', () => {
    const kws = Array.from({ length: 12 }, (_, i) => ({ term: `t${i}`, score: 1 - i / 100, mentions: [] }));
    expect(keywordTerms(kws)).toHaveLength(10);
    expect(keywordTerms(kws, 2)).toEqual(['t0', 't1']);
  });
});
