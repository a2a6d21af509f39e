import { describe, expect, it } from 'vitest';
import { scoreLangid } from '../../src/eval/langid.js';

const gold = [
  { lang: 'kk', kind: 'sentence' },
  { lang: 'kk', kind: 'paragraph' },
  { lang: 'ky', kind: 'sentence' },
  { lang: 'ru', kind: 'sentence' },
];

describe('scoreLangid', () => {
  it('scores a perfect prediction 1', () => {
    const m = scoreLangid(gold, ['kk', 'kk', 'ky', 'ru']);
    expect(m.accuracy).toBe(1);
    expect(m.confusions).toEqual([]);
    expect(m.perKind.sentence!.accuracy).toBe(1);
  });
  it('scores all-und 0 without NaN', () => {
    const m = scoreLangid(gold, ['und', 'und', 'und', 'und']);
    expect(m.accuracy).toBe(0);
    expect(m.perLanguage.und).toMatchObject({ n: 0, predicted: 4, precision: 0, accuracy: 0 });
    expect(m.perLanguage.kk!.precision).toBe(0);
  });
  it('breaks down by language and kind and lists confusions', () => {
    const m = scoreLangid(gold, ['kk', 'kk', 'kk', 'RU']);
    expect(m.accuracy).toBe(0.75);
    expect(m.perLanguage.kk).toMatchObject({ n: 2, correct: 2, accuracy: 1, predicted: 3 });
    expect(m.perLanguage.kk!.precision).toBeCloseTo(2 / 3);
    expect(m.perLanguage.ky!.accuracy).toBe(0);
    expect(m.perKind.sentence!.accuracy).toBeCloseTo(2 / 3);
    expect(m.perKind.paragraph!.accuracy).toBe(1);
    expect(m.perLanguageKind['ky/sentence']).toEqual({ n: 1, correct: 0, accuracy: 0 });
    expect(m.confusions).toEqual([{ gold: 'ky', predicted: 'kk', count: 1 }]);
  });
  it('handles an empty dataset', () => {
    expect(scoreLangid([], []).accuracy).toBe(0);
  });
  it('rejects misaligned predictions', () => {
    expect(() => scoreLangid(gold, ['kk'])).toThrow(RangeError);
  });
});
