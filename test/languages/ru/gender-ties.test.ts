import { beforeAll, describe, expect, it } from 'vitest';
import { createRussianEntityRecognizer } from '../../../src/languages/ru/entities/index.js';
import { nameReadings, normalizeName, type NameReading } from '../../../src/languages/ru/entities/names.js';
import { loadRussianMorphology, type RussianMorphology } from '../../../src/languages/ru/morph.js';
import { buildDocument } from '../../../src/text/document.js';
import { normalize } from '../../../src/text/normalize.js';

let morph: RussianMorphology;
let people: (text: string) => string[];

beforeAll(async () => {
  morph = await loadRussianMorphology();
  const rec = createRussianEntityRecognizer(morph);
  people = (text) => {
    const n = normalize(text);
    return rec(buildDocument(n, { start: 0, end: n.text.length, chrome: [] }, 'ru'))
      .filter((e) => e.type === 'person')
      .map((e) => e.name);
  };
}, 30_000);

describe('a woman\'s nominative against a man\'s genitive (Виктория Балашова / Викторий Балашов)', () => {
  it('reads the woman after a feminine title', () => {
    expect(people('Певица Виктория Балашова выступила в Алматы.')).toEqual(['Виктория Балашова']);
    expect(people('Актриса Виктория Королёва сыграла главную роль.')).toEqual(['Виктория Королёва']);
  });

  it('reads the woman from a feminine verb', () => {
    expect(people('Вчера Виктория Балашова выступила в Алматы.')).toEqual(['Виктория Балашова']);
    expect(people('Александра Бортникова стала директором завода.')).toEqual(['Александра Бортникова']);
  });

  it('reads the man where a plural verb has another subject', () => {
    expect(people('Александра Бортникова назначили директором завода.')).toEqual(['Александр Бортников']);
  });

  it('keeps a woman ending a list before a plural verb', () => {
    expect(people('Иван Петров и Александра Бортникова заявили о помолвке.')).toContain('Александра Бортникова');
  });

  it('does not read a masculine verb\'s neighbour as a woman in the nominative', () => {
    expect(people('Он выполнил свою роль. Полёт Гагарина был и пропагандой, и риском.')).toEqual(['Гагарин']);
  });
});

describe('a full name at a sentence start whose surname is also a town', () => {
  it('is a person, not the town', () => {
    expect(people('Виктория Балашова выиграла турнир в Москве.')).toEqual(['Виктория Балашова']);
    expect(people('Виктория Королёва получила премию в Санкт-Петербурге.')).toEqual(['Виктория Королёва']);
  });

  it('leaves the town alone after a common noun', () => {
    expect(people('Жители Балашова вышли на субботник.')).toEqual([]);
  });
});

describe('normalizeName ties', () => {
  const reading = (nominative: string, gender: 'masc' | 'femn', c: string, weight: number, score?: number): NameReading => ({ part: 'first', gender, case: c, nominative, weight, ...(score === undefined ? {} : { score }) });

  it('breaks an exact tie of weights by the dictionary\'s score', () => {
    const first = [reading('Анна', 'femn', 'nomn', 1, 0.2), reading('Ан', 'masc', 'gent', 1, 0.8)];
    expect(normalizeName(['Анна'], [first]).name).toBe('Ан');
    const swapped = [reading('Анна', 'femn', 'nomn', 1, 0.8), reading('Ан', 'masc', 'gent', 1, 0.2)];
    expect(normalizeName(['Анна'], [swapped]).name).toBe('Анна');
  });

  it('never lets the score outweigh a difference of weight', () => {
    const first = [reading('Анна', 'femn', 'nomn', 1, 0), reading('Ан', 'masc', 'gent', 0.99, 1)];
    expect(normalizeName(['Анна'], [first]).name).toBe('Анна');
  });

  it('drops a given name\'s colloquial nominative that is not the word itself', () => {
    const rs = nameReadings('Марин', morph);
    expect(rs.some((r) => r.part === 'first' && r.case === 'nomn' && r.nominative !== 'Марин')).toBe(false);
  });
});
