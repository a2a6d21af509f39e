import { describe, expect, it } from 'vitest';
import { compareSets, f1, mean, prf, ratio } from '../../src/eval/prf.js';
import { stemPhrase, stemWord, words } from '../../src/eval/stem.js';
import { formatTable } from '../../src/eval/table.js';
import { parseJsonl, EvalUsageError } from '../../src/eval/jsonl.js';

describe('prf', () => {
  it('never divides by zero', () => {
    expect(ratio(0, 0)).toBe(0);
    expect(f1(0, 0)).toBe(0);
    expect(mean([])).toBe(0);
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
  it('computes precision, recall and F1', () => {
    const m = prf({ tp: 2, fp: 2, fn: 0 });
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(2 / 3);
  });
  it('compares de-duplicated sets', () => {
    expect(compareSets(['a', 'b', 'b'], ['b', 'c'])).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('stem', () => {
  it('maps Russian inflections of a phrase to one key', () => {
    expect(stemPhrase('Информационного пространства', 'ru')).toBe(stemPhrase('информационное пространство', 'ru'));
    expect(stemPhrase('России', 'ru')).toBe(stemPhrase('Россия', 'ru'));
    expect(stemPhrase('Ёлка', 'ru')).toBe(stemPhrase('елки', 'ru'));
  });
  it('keeps a minimum stem length', () => {
    expect(stemWord('сша', 'ru')).toBe('сша');
    expect(stemWord('оон', 'ru')).toBe('оон');
  });
  it('applies Porter-lite rules to English', () => {
    expect(stemWord('networks', 'en')).toBe(stemWord('network', 'en'));
    expect(stemWord('studies', 'en')).toBe(stemWord('study', 'en'));
    expect(stemWord('running', 'en')).toBe('run');
    expect(stemWord('quickly', 'en')).toBe('quick');
    expect(stemWord('rated', 'en')).toBe(stemWord('rates', 'en'));
    expect(stemWord('bus', 'en')).toBe('bus');
  });
  it('only lower-cases Kazakh', () => {
    expect(stemPhrase('Қазақстан Республикасы', 'kk')).toBe('қазақстан республикасы');
  });
  it('splits words on punctuation', () => {
    expect(words('Центрально-Азиатский «медиафорум»')).toEqual(['центрально', 'азиатский', 'медиафорум']);
  });
});

describe('table', () => {
  it('pads text left and numbers right, with rules', () => {
    expect(formatTable(['lang', 'n'], [['ru', 5], null, ['all', 12]])).toBe(
      ['lang   n', '----  --', 'ru     5', '----  --', 'all   12'].join('\n'),
    );
  });
});

describe('jsonl', () => {
  it('parses lines and skips blanks', () => {
    expect(parseJsonl('{"a":1}\n\n{"a":2}\n')).toEqual([{ a: 1 }, { a: 2 }]);
  });
  it('names the line of bad JSON', () => {
    expect(() => parseJsonl('{"a":1}\n{oops', 'x.jsonl')).toThrow(/x\.jsonl:2/);
    expect(() => parseJsonl('[1]', 'x.jsonl')).toThrow(EvalUsageError);
  });
});
