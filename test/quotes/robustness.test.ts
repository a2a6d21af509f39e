import { describe, expect, it } from 'vitest';
import { findMarkedSpans } from '../../src/quotes/marks.js';
import { quotesOf } from './helpers.js';

describe('linear time and hostile input', () => {
  it('survives a 1 MB unterminated quote', () => {
    const text = 'Начало. «' + 'слово '.repeat(170_000) + '\n«Короткая цитата здесь есть», — сказал Иван Петров.';
    const qs = quotesOf(text, 'ru');
    expect(qs.at(-1)?.text).toBe('Короткая цитата здесь есть');
  });

  it('survives 100,000 quote marks', () => {
    const text = '"« '.repeat(100_000);
    expect(Array.isArray(quotesOf(text, 'ru'))).toBe(true);
    expect(Array.isArray(quotesOf('"'.repeat(100_000), 'en'))).toBe(true);
  });

  it('finds spans with one pass over the paragraphs', () => {
    const text = 'а «б» в "г д" е';
    const spans = findMarkedSpans(text, [{ start: 0, end: text.length }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['б', 'г д']);
  });

  it('never throws on empty or odd input', () => {
    for (const t of ['', '«', '»', '"', '- ', ', - сказал', '„', '«»']) expect(() => quotesOf(t, 'ru')).not.toThrow();
  });
});
