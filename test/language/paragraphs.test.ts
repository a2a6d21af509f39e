import { describe, it, expect } from 'vitest';
import { detectTextLanguage } from '../../src/language/index.js';
import type { Span } from '../../src/types.js';

function spans(parts: string[]): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let text = '';
  for (const part of parts) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, paragraphs };
}

describe('detectTextLanguage', () => {
  it('labels each paragraph of a mixed Russian and Kazakh article', () => {
    const { text, paragraphs } = spans([
      'В Астане прошло заседание правительства, на котором обсудили ход весенних полевых работ.',
      'Министр сельского хозяйства сообщил, что посевная кампания идёт по графику во всех регионах.',
      'Ауыл шаруашылығы министрі егіс науқаны барлық өңірлерде кесте бойынша жүріп жатқанын айтты.',
    ]);
    const result = detectTextLanguage(text, paragraphs);
    expect(result.paragraphs.map((p) => p.code)).toEqual(['ru', 'ru', 'kk']);
    expect(result.paragraphs.map(({ start, end }) => ({ start, end }))).toEqual(paragraphs);
    expect(result.code).toBe('ru');
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('weighs paragraphs by length, not by count', () => {
    const { text, paragraphs } = spans([
      'Жаңалықтар',
      'Бүгін Астанада өткен жиында министрлер келесі жылғы бюджеттің негізгі бағыттарын талқылады. Жиынға облыс әкімдері де қатысып, өңірлердегі жағдай туралы баяндады.',
      'Фото: пресс-служба',
    ]);
    expect(detectTextLanguage(text, paragraphs).code).toBe('kk');
  });

  it('treats an empty paragraph list as one paragraph', () => {
    const result = detectTextLanguage('The minister said the talks would resume next week.', []);
    expect(result.code).toBe('en');
    expect(result.paragraphs).toEqual([]);
  });

  it('returns und for text without letters and tolerates bad spans', () => {
    expect(detectTextLanguage('', []).code).toBe('und');
    const result = detectTextLanguage('12345', [{ start: 3, end: 1 }, { start: -5, end: 99 }]);
    expect(result.code).toBe('und');
    expect(result.paragraphs).toHaveLength(2);
  });

  it('passes the languages option through', () => {
    const { text, paragraphs } = spans(['Бүгін кездесу өтті.', 'Сегодня прошла встреча.', 'Today a meeting took place.']);
    const result = detectTextLanguage(text, paragraphs, { languages: ['ru', 'kk'] });
    expect(result.paragraphs.map((p) => p.code)).toEqual(['kk', 'ru', 'und']);
  });
});
