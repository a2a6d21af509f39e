import { describe, expect, it } from 'vitest';
import { fold, isWordChar } from '../../src/quotes/scan.js';

describe('quote scanner character tests', () => {
  it('isWordChar agrees with [\\p{L}\\p{M}\\p{N}] on every BMP code unit', () => {
    const re = /[\p{L}\p{M}\p{N}]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (isWordChar(s, 0) !== re.test(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('isWordChar reads single code units: a surrogate half is not a word character', () => {
    expect(isWordChar('𝐀', 0)).toBe(false);
    expect(isWordChar('ж1', 1)).toBe(true);
  });

  it('fold lower-cases and spells ё as е', () => {
    expect(fold('Всё')).toBe('все');
    expect(fold('ЁЛКА')).toBe('елка');
    expect(fold('Сказал')).toBe('сказал');
  });
});
