import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/text/normalize.js';

/** Maps a span of the normalized text back to the original string. */
function back(original: string, needle: string): string {
  const n = normalize(original);
  const start = n.text.indexOf(needle);
  expect(start, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  return original.slice(n.toOriginal(start), n.toOriginal(start + needle.length));
}

describe('normalize: what changes', () => {
  it('returns the same string and an identity map when nothing needs to change', () => {
    const original = 'Президент Казахстана провёл встречу в Астане. The talks went well.';
    const n = normalize(original);
    expect(n.text).toBe(original);
    expect(n.toOriginal(0)).toBe(0);
    expect(n.toOriginal(10)).toBe(10);
    expect(n.toOriginal(original.length)).toBe(original.length);
  });

  it('composes decomposed Cyrillic (й, ё from macOS copy-paste) to NFC', () => {
    const original = 'Алексе\u0438\u0306 Ерме\u0438\u0306 и её подруга Се\u0308ма';
    const n = normalize(original);
    expect(n.text).toBe('Алексей Ермей и её подруга Сёма');
    expect(back(original, 'Ермей')).toBe('Ерме\u0438\u0306');
  });

  it('keeps guillemets and „ (they carry direction), unifies “ ” ″ to " and ‘ ’ ` ʼ to \'', () => {
    const n = normalize('«Казахстан» и „Ақорда“, “Astana Hub” said ‘yes’ ″ok″ don’t `x` ʼa');
    expect(n.text).toBe('«Казахстан» и „Ақорда", "Astana Hub" said \'yes\' "ok" don\'t \'x\' \'a');
  });

  it('keeps the Uzbek letter ʻ (U+02BB) and the ellipsis', () => {
    expect(normalize('oʻzbek gʻalaba…').text).toBe('oʻzbek gʻalaba…');
  });

  it('unifies dashes, the minus sign and non-breaking hyphens to "-"', () => {
    const n = normalize('Касым\u2011Жомарт – 2026—2030 ‒ ― −5 ‐');
    expect(n.text).toBe('Касым-Жомарт - 2026-2030 - - -5 -');
  });

  it('removes soft hyphens, zero-width characters, bidi marks and the BOM, and maps back around them', () => {
    const original = '\uFEFFҚаза\u00ADқстан\u200B \u200Eжәне\u2060 \u202AAstana\u202C \u2066x\u2069';
    const n = normalize(original);
    expect(n.text).toBe('Қазақстан және Astana x');
    expect(back(original, 'Қазақстан')).toBe('\uFEFFҚаза\u00ADқстан\u200B');
    // Removed characters belong to the character before them: the LRM goes with the space.
    expect(back(original, 'және')).toBe('және\u2060');
  });

  it('turns NBSP, narrow and thin spaces, tabs and controls into spaces, line breaks into \\n', () => {
    const n = normalize('1\u00A0854\u202F000\u2009т\tа\0б\r\nв\rг\u2028д\u2029е\u0085ж');
    expect(n.text).toBe('1 854 000 т а б\nв\nг\nд\nе\nж');
  });

  it('maps a CRLF to one \\n whose span covers both characters', () => {
    const original = 'Заголовок\r\nТекст';
    const n = normalize(original);
    expect(n.text).toBe('Заголовок\nТекст');
    expect(n.toOriginal(9)).toBe(9);
    expect(n.toOriginal(10)).toBe(11);
    expect(original.slice(n.toOriginal(10), n.toOriginal(15))).toBe('Текст');
  });

  it('replaces lone surrogates and keeps emoji intact', () => {
    const n = normalize('a\uD800b 👍🏽 \uDC00');
    expect(n.text).toBe('a\uFFFDb 👍🏽 \uFFFD');
    expect(n.toOriginal(n.text.length)).toBe(n.text.length);
  });

  it('handles empty input and input that is entirely invisible', () => {
    expect(normalize('').text).toBe('');
    expect(normalize('').toOriginal(0)).toBe(0);
    const n = normalize('\u200B\u00AD\uFEFF');
    expect(n.text).toBe('');
    expect(n.toOriginal(0)).toBe(0);
  });

  it('clamps offsets outside the text', () => {
    const n = normalize('a\u00ADb');
    expect(n.toOriginal(-5)).toBe(0);
    expect(n.toOriginal(99)).toBe(3);
    expect(n.toOriginal(Number.NaN)).toBe(0);
  });

  it('maps entity spans of a realistic paragraph back to the original string', () => {
    const original =
      'Глава\u00A0государства Касым\u2011Жомарт Токаев\u00AD принял «Самрук\u2011Қазына» — 2026\r\n“Мы готовы”, – сказал он.';
    const n = normalize(original);
    expect(back(original, 'Касым-Жомарт Токаев')).toBe('Касым\u2011Жомарт Токаев\u00AD');
    expect(back(original, '«Самрук-Қазына»')).toBe('«Самрук\u2011Қазына»');
    expect(back(original, '"Мы готовы"')).toBe('“Мы готовы”');
  });

  it('stays linear on a flood of combining marks (ICU normalize alone would be quadratic)', () => {
    const original = 'a' + '\u0301\u0316'.repeat(200_000);
    const t = performance.now();
    const n = normalize(original);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });
});

const alphabet = fc.constantFrom(
  'а', 'Қ', 'ә', 'e', 'Z', '1', ' ', '.', '\n', '\r', '\r\n', '\u00A0', '\u202F', '\u00AD', '\u200B', '\u200D',
  '\uFEFF', '\u200E', '\u2066', '–', '—', '−', '“', '”', '‘', '’', '«', '»', '„', 'ʻ', 'ʼ', '`', '\u0301',
  '\u0306', '\u0308', 'и', 'е', '\uD800', '\uDC00', '😀', '\u212B', '\u0000', '\t', '…', '\u2028', '한', '\u1161',
);
const mixed = fc.oneof(fc.string({ unit: alphabet, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

describe('normalize: properties', () => {
  it('toOriginal is monotonic, starts at 0 and ends at the original length', () => {
    fc.assert(
      fc.property(mixed, (original) => {
        const n = normalize(original);
        expect(n.toOriginal(0)).toBe(0);
        if (n.text.length > 0) expect(n.toOriginal(n.text.length)).toBe(original.length);
        for (let i = 1; i <= n.text.length; i++) expect(n.toOriginal(i)).toBeGreaterThanOrEqual(n.toOriginal(i - 1));
      }),
      { numRuns: 500 },
    );
  });

  it('an unchanged character maps to itself, and every piece normalizes on its own to its text', () => {
    fc.assert(
      fc.property(mixed, (original) => {
        const n = normalize(original);
        let i = 0;
        while (i < n.text.length) {
          // A piece: the characters of `text` that share one original run.
          let j = i + 1;
          while (j < n.text.length && (n.toOriginal(j) === n.toOriginal(i) || /[\uDC00-\uDFFF]/.test(n.text[j]!))) j++;
          const source = original.slice(n.toOriginal(i), n.toOriginal(j));
          expect(normalize(source).text).toBe(n.text.slice(i, j));
          // An unchanged character (its piece is itself) is the same character in `text`.
          if (i > 0 && source.length === 1 && normalize(source).text === source) expect(n.text[i]).toBe(source);
          i = j;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent and its text is NFC without invisible characters', () => {
    fc.assert(
      fc.property(mixed, (original) => {
        const { text } = normalize(original);
        expect(normalize(text).text).toBe(text);
        expect(text).toBe(text.normalize('NFC'));
        expect(text).not.toMatch(/[\u00AD\u200B-\u200F\uFEFF\r\u00A0–—“”’]/);
      }),
      { numRuns: 500 },
    );
  });
});
