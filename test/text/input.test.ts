import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/text/input.js';

describe('readInput', () => {
  it('accepts a string or an object with text', () => {
    expect(readInput('Текст', 100)).toEqual({ text: 'Текст', fromHtml: false });
    expect(readInput({ text: 'Текст', lang: ' RU ', id: 'a1', title: 'Заголовок' }, 100)).toEqual({
      text: 'Текст',
      fromHtml: false,
      lang: 'ru',
      id: 'a1',
      title: 'Заголовок',
    });
  });

  it('extracts text from html and takes the page title when none is given', () => {
    const source = readInput({ html: '<title>Т</title><p>Абзац</p>' }, 1000);
    expect(source).toMatchObject({ text: 'Абзац', fromHtml: true, title: 'Т' });
  });

  it('throws a TypeError that says what was expected for wrong types', () => {
    for (const bad of [null, undefined, 42, true, ['a'], {}, { text: 5 }, { html: {} }, { text: 'a', lang: 7 }]) {
      expect(() => readInput(bad as never, 100)).toThrow(TypeError);
    }
    expect(() => readInput(42 as never, 100)).toThrow(/expected a string or an object.*got number/);
    expect(() => readInput({ text: 'a', id: 7 } as never, 100)).toThrow(/input\.id to be a string/);
  });

  it('enforces maxLength with a RangeError that says how to raise it', () => {
    expect(() => readInput('x'.repeat(101), 100)).toThrow(RangeError);
    expect(() => readInput({ html: 'x'.repeat(101) }, 100)).toThrow(/maxLength 100/);
  });
});
