import { describe, expect, it } from 'vitest';
import { isPatronymic, nominativeCandidates, stripCase } from '../../../src/languages/kk/suffixes.js';

describe('stripCase', () => {
  it('strips the case suffix the stem can take', () => {
    expect(stripCase('Қазақстанның')).toBe('Қазақстан');
    expect(stripCase('Астанаға')).toBe('Астана');
    expect(stripCase('Шымкентке')).toBe('Шымкент');
    expect(stripCase('Ақтауда')).toBe('Ақтау');
    expect(stripCase('Алматыдан')).toBe('Алматы');
    expect(stripCase('Тоқаевтың')).toBe('Тоқаев');
    expect(stripCase('Тоқаевқа')).toBe('Тоқаев');
    expect(stripCase('Мирзиёевпен')).toBe('Мирзиёев');
    expect(stripCase('Ерланды')).toBe('Ерлан');
  });

  it('keeps names that only end like a suffix', () => {
    expect(stripCase('Айдана')).toBe('Айдана');
    expect(stripCase('Светлана')).toBe('Светлана');
    expect(stripCase('Астана')).toBe('Астана');
    expect(stripCase('Тоқаев')).toBe('Тоқаев');
    // -стан is the end of a country's name, not an ablative; the real ablative still goes.
    expect(stripCase('Қазақстан')).toBe('Қазақстан');
    expect(stripCase('Өзбекстан')).toBe('Өзбекстан');
    expect(stripCase('Өзбекстаннан')).toBe('Өзбекстан');
    expect(stripCase('Шымкенттен')).toBe('Шымкент');
  });
});

describe('nominativeCandidates', () => {
  it('peels case, then possessive, then plural', () => {
    expect(nominativeCandidates('Республикасында')).toEqual(['Республикасында', 'Республикасы', 'Республика']);
    expect(nominativeCandidates('Қазақстан')).toEqual(['Қазақстан']);
  });
});

describe('isPatronymic', () => {
  it('knows -ұлы / -қызы in any case', () => {
    expect(isPatronymic('Кемелұлы')).toBe(true);
    expect(isPatronymic('Әбішқызының')).toBe(true);
    expect(isPatronymic('Тоқаев')).toBe(false);
  });
});
