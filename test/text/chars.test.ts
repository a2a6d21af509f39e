import { describe, expect, it } from 'vitest';
import * as chars from '../../src/text/chars.js';

/** The table as it was built before it became lazy: seven regex passes over the whole BMP at once. */
function referenceTable(): Uint8Array {
  const t = new Uint8Array(0x10000).fill(chars.SYMBOL);
  let all = '';
  for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c >= 0xd800 && c <= 0xdfff ? 0 : c);
  const passes: [RegExp, number][] = [
    [/\p{P}/gu, chars.PUNCT],
    [/\p{N}/gu, chars.NUMERAL],
    [/\p{Nd}/gu, chars.DIGIT],
    [/\p{M}/gu, chars.MARK],
    [/\p{L}/gu, chars.LETTER],
    [/[\s\p{Cc}]/gu, chars.SPACE],
    [/\p{Cf}/gu, chars.INVISIBLE],
  ];
  for (const [re, k] of passes) for (const m of all.matchAll(re)) t[m.index] = k;
  for (const c of [0x25, 0x2030, 0x2031, 0x23, 0x40, 0x26, 0x2a, 0xa7, 0xb6, 0x2020, 0x2021, 0x2022]) t[c] = chars.SYMBOL;
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = c <= 0xdbff ? chars.HIGH : chars.LOW;
  return t;
}

describe('character classes', () => {
  const reference = referenceTable();

  it('classifies every BMP code unit as the whole-table passes do, block by block on first sight', () => {
    // Blocks in a scrambled order, before anything asked for the whole table: the lazy path.
    const mismatches: number[] = [];
    for (let b = 0; b < 256; b++) {
      const block = (b * 167) % 256;
      for (let c = block << 8; c < (block + 1) << 8; c++) {
        const alone = reference[c] === chars.HIGH || reference[c] === chars.LOW ? chars.SYMBOL : reference[c];
        if (chars.classAt(String.fromCharCode(c), 0) !== alone) mismatches.push(c);
      }
    }
    expect(mismatches).toEqual([]);
    expect(Array.from(chars.bmpClasses())).toEqual(Array.from(reference));
  });

  it('reads a surrogate pair as one astral code point', () => {
    expect(chars.classAt('😀', 0)).toBe(chars.SYMBOL);
    expect(chars.classAt('𝐀', 0)).toBe(chars.LETTER);
    expect(chars.classAt('\uD835x', 0)).toBe(chars.SYMBOL);
  });
});
