// Hostile and odd input through the whole pipeline: never a crash, offsets always inside the
// text, mention and quote texts equal to their slices, output deterministic and plain JSON.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnricher, type Enricher, type Enrichment } from '../src/index.js';

let enricher: Enricher;
beforeAll(async () => {
  enricher = await createEnricher();
});

/** Every invariant a consumer relies on, checked against the text the offsets refer to. */
function expectConsistent(result: Enrichment, input: string): void {
  const text = result.text ?? input;
  const inside = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
  };
  inside(result.body);
  result.body.chrome.forEach(inside);
  result.language.paragraphs.forEach(inside);
  for (const entity of result.entities) {
    for (const m of entity.mentions) {
      inside(m);
      expect(m.text).toBe(text.slice(m.start, m.end));
    }
  }
  for (const q of result.quotes) {
    inside(q);
    expect(q.text).toBe(text.slice(q.start, q.end));
  }
  for (const k of result.keywords) k.mentions.forEach(inside);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

const paragraph =
  'Министр энергетики Казахстана Алмасадам Саткалиев сообщил, что в Павлодарской области завершили ремонт ТЭЦ. ' +
  '«Мы подготовили станцию к зиме», – сказал он.';

describe('hostile input', () => {
  const cases: [string, () => string][] = [
    ['a 1 MB article', () => Array.from({ length: 4_000 }, () => paragraph).join('\n\n')],
    ['a 1 MB single line', () => paragraph.repeat(4_000)],
    ['100,000 quote marks', () => '«'.repeat(50_000) + '"'.repeat(50_000)],
    ['an unterminated quote of 1 MB', () => '«' + 'слово '.repeat(170_000)],
    ['unterminated brackets', () => '('.repeat(100_000) + '[' + ' текст'.repeat(1000)],
    ['50,000 capitalized words in a row', () => Array.from({ length: 50_000 }, (_, i) => `Слово${i % 7 ? 'ев' : 'ова'}`).join(' ')],
    ['only punctuation', () => '.,;:!?-–—…'.repeat(10_000)],
    ['NUL and control characters', () => '\u0000\u0001\u0002 Астана \u0007\u001b[31m\u007f'.repeat(1000)],
    ['lone surrogates', () => '\ud800 Алматы \udfff\udc00\ud83d'.repeat(1000)],
    ['RTL text and emoji', () => 'مرحبا بالعالم 🙂👍🏽 שלום ‏Астана‎ 👨‍👩‍👧'.repeat(500)],
    ['dashes and spaces only', () => ' - \n - \n\n\t'.repeat(10_000)],
  ];
  for (const [name, make] of cases) {
    // Generous timeouts: these check correctness on huge input; speed is the benchmark's job.
    it(`survives ${name}`, { timeout: 180_000 }, () => {
      const input = make();
      const result = enricher.enrich(input);
      expectConsistent(result, input);
    });
  }

  it('survives HTML with scripts and deeply nested tags', () => {
    const html = '<div>'.repeat(100_000) + '<script>while(true){}</script><p>Текст статьи о погоде в Астане.</p>' + '</span>'.repeat(1000);
    const result = enricher.enrich({ html });
    expect(result.text).toBe('Текст статьи о погоде в Астане.');
    expectConsistent(result, html);
  });
});

describe('arbitrary strings (property)', () => {
  it('never throws, keeps offsets inside the text, and is deterministic', () => {
    const pieces = fc.constantFrom('Астана', 'Қазақстан', 'Tokayev', '«', '»', '"', '–', '-', '\n', '\n\n', ' ', '.', 'Фото:', 'Читайте также', 'сказал он', '\u00ad', '\u200b', '\ud800', '🙂', 'М.', 'А.');
    const article = fc.oneof(fc.string({ maxLength: 300 }), fc.array(pieces, { maxLength: 80 }).map((p) => p.join('')));
    fc.assert(
      fc.property(article, (input) => {
        const a = enricher.enrich(input);
        expectConsistent(a, input);
        expect(enricher.enrich(input)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
