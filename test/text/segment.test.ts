import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/text/normalize.js';
import { splitParagraphs, splitSentences, tokenize, type Token } from '../../src/text/segment.js';

const sentences = (raw: string): string[] => {
  const { text } = normalize(raw);
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
};
const tokens = (raw: string): string[] => {
  const { text } = normalize(raw);
  return tokenize(text).map((t) => t.text);
};
const kinds = (raw: string): string[] => {
  const { text } = normalize(raw);
  return tokenize(text).map((t) => `${t.text}:${t.kind}`);
};

describe('splitParagraphs', () => {
  it('splits on blank lines and single newlines, trims, drops empty blocks', () => {
    const text = '  Токаев провёл встречу  \n\n\nФото: пресс-служба Акорды\n \t \nМемлекет басшысы сөз сөйледі. ';
    const spans = splitParagraphs(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Токаев провёл встречу',
      'Фото: пресс-служба Акорды',
      'Мемлекет басшысы сөз сөйледі.',
    ]);
  });

  it('handles raw CRLF, U+2028 and a BOM without normalizing first', () => {
    const text = '\uFEFFЗаголовок\r\n\r\nТекст\u2028Ещё';
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual(['Заголовок', 'Текст', 'Ещё']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \u200B ')).toEqual([]);
  });
});

describe('tokenize: words', () => {
  it('keeps Kazakh and other Turkic letters inside words', () => {
    expect(tokens('Қазақстанның әлеуметтік саясаты, Өскемен, Үкімет, Һ, іс-шара')).toEqual([
      'Қазақстанның', 'әлеуметтік', 'саясаты', ',', 'Өскемен', ',', 'Үкімет', ',', 'Һ', ',', 'іс-шара',
    ]);
    expect(tokens('җәй ҙур ҫыр ҡала ӣ ӯ ҷ ўзбек ҳаёт їжак єдність ґанок')).toHaveLength(12);
    expect(tokens('Türkiye ılımlı ğ şəhər Aşgabat ýaşlar žurnal çay')).toHaveLength(8);
  });

  it('reads Uzbek oʻ/gʻ with ʻ or an apostrophe, and English contractions, as one word', () => {
    expect(tokens('oʻzbek gʻalaba o‘zbek g\'alaba O\'Brien don’t')).toEqual([
      'oʻzbek', 'gʻalaba', "o'zbek", "g'alaba", "O'Brien", "don't",
    ]);
  });

  it("splits the English possessive off a name", () => {
    expect(kinds("Tokayev's visit")).toEqual(['Tokayev:word', "'s:word", 'visit:word']);
    expect(tokens("the players' union")).toEqual(['the', 'players', "'", 'union']);
  });

  it('keeps hyphenated words and names as one token, a spaced dash apart', () => {
    expect(tokens('Касым-Жомарт Токаев посетил Северо-Казахстанскую область: медиа-проект — из-за погоды')).toEqual([
      'Касым-Жомарт', 'Токаев', 'посетил', 'Северо-Казахстанскую', 'область', ':', 'медиа-проект', '-', 'из-за', 'погоды',
    ]);
    expect(kinds('Australian Open-2026 и COVID-19')).toEqual([
      'Australian:word', 'Open-2026:word', 'и:word', 'COVID-19:word',
    ]);
  });

  it('gives an initial as its letter and its period as punctuation', () => {
    expect(kinds('М. Әйтенов и Н.А. Назарбаев')).toEqual([
      'М:word', '.:punct', 'Әйтенов:word', 'и:word', 'Н:word', '.:punct', 'А:word', '.:punct', 'Назарбаев:word',
    ]);
  });
});

describe('tokenize: numbers and symbols', () => {
  it('reads thousands groups, decimals, dates, times and ranges as one number', () => {
    expect(kinds('1 854 жителя, 3\u00A0000\u202F000 тенге, 1,5 млрд, 12.5%, 12.03.2026 в 10:30, 2026–2030 годы')).toEqual([
      '1 854:number', 'жителя:word', ',:punct', '3 000 000:number', 'тенге:word', ',:punct', '1,5:number', 'млрд:word',
      ',:punct', '12.5:number', '%:symbol', ',:punct', '12.03.2026:number', 'в:word', '10:30:number', ',:punct',
      '2026-2030:number', 'годы:word',
    ]);
  });

  it('does not glue a year to the number after it, nor a group to a following word', () => {
    expect(tokens('в 2026 100 человек')).toEqual(['в', '2026', '100', 'человек']);
    expect(tokens('к 5 100-летию')).toEqual(['к', '5', '100-летию']);
  });

  it('separates currency and percent signs as symbols', () => {
    expect(kinds('$240 и 50% и 100 ₸')).toEqual([
      '$:symbol', '240:number', 'и:word', '50:number', '%:symbol', 'и:word', '100:number', '₸:symbol',
    ]);
  });

  it('makes one token of digits followed by letters', () => {
    expect(kinds('5G и 10-летие')).toEqual(['5G:word', 'и:word', '10-летие:word']);
  });

  it('keeps runs of terminal marks together and emoji whole', () => {
    expect(tokens('Что?! Ну... Да… 👍🏽🇰🇿')).toEqual(['Что', '?!', 'Ну', '...', 'Да', '…', '👍🏽', '🇰🇿']);
  });

  it('tokenizes only inside `within`, cutting a word at its edge', () => {
    const text = 'Астана Алматы Шымкент';
    expect(tokenize(text, { start: 7, end: 11 }).map((t) => t.text)).toEqual(['Алма']);
  });
});

describe('splitSentences', () => {
  it('splits ordinary news sentences, keeping initials with the surname', () => {
    expect(sentences('Мемлекет басшысы М. Әйтеновті қабылдады. Кездесуде өңірдің дамуы талқыланды! Неге? Белгісіз…')).toEqual([
      'Мемлекет басшысы М. Әйтеновті қабылдады.',
      'Кездесуде өңірдің дамуы талқыланды!',
      'Неге?',
      'Белгісіз…',
    ]);
    expect(sentences('Встреча прошла с участием Н.А. Назарбаева и Б. Б. Жамишева. Она длилась час.')).toEqual([
      'Встреча прошла с участием Н.А. Назарбаева и Б. Б. Жамишева.',
      'Она длилась час.',
    ]);
  });

  it('does not end a sentence at т.е., т. д. inside a list, им., ул. or г. before a city', () => {
    expect(sentences('Рост составил 5%, т.е. больше плана. Речь о налогах, тарифах и т. д. в регионах.')).toEqual([
      'Рост составил 5%, т.е. больше плана.',
      'Речь о налогах, тарифах и т. д. в регионах.',
    ]);
    expect(sentences('Форум прошёл в г. Астана на ул. Достык в Университете им. Гумилёва. Пришли все.')).toEqual([
      'Форум прошёл в г. Астана на ул. Достык в Университете им. Гумилёва.',
      'Пришли все.',
    ]);
  });

  it('ends a sentence after "г." that follows a year when a capitalized word comes next', () => {
    expect(sentences('Завод построят в 2026 г. В Астане уже выбрали участок. Сроки 2027-2028 гг. Обсуждаются.')).toEqual([
      'Завод построят в 2026 г.',
      'В Астане уже выбрали участок.',
      'Сроки 2027-2028 гг.',
      'Обсуждаются.',
    ]);
    expect(sentences('В 2026 г. в Астане пройдёт форум.')).toEqual(['В 2026 г. в Астане пройдёт форум.']);
  });

  it('ends after т.д. or т.б. only before a capital', () => {
    expect(sentences('Обсудили цены, тарифы и т.д. Решение примут позже.')).toEqual([
      'Обсудили цены, тарифы и т.д.',
      'Решение примут позже.',
    ]);
    expect(sentences('Экономика, білім т.б. салалар талқыланды. 2025 ж. Маусымда келісім жасалды.')).toEqual([
      'Экономика, білім т.б. салалар талқыланды.',
      '2025 ж.',
      'Маусымда келісім жасалды.',
    ]);
    expect(sentences('Пришли Иванов, Петров и др. Затем начался форум на пр. Абая.')).toEqual([
      'Пришли Иванов, Петров и др.',
      'Затем начался форум на пр. Абая.',
    ]);
  });

  it('handles English titles, U.S., months and company suffixes', () => {
    expect(sentences('Mr. O\'Brien met Dr. Smith in the U.S. Senate on Jan. 5, e.g. at noon. Apple Inc. The deal closed at 5 p.m. Shares rose.')).toEqual([
      "Mr. O'Brien met Dr. Smith in the U.S. Senate on Jan. 5, e.g. at noon.",
      'Apple Inc.',
      'The deal closed at 5 p.m.',
      'Shares rose.',
    ]);
    expect(sentences('See No. 5 on the list. I said no. Then left.')).toEqual([
      'See No. 5 on the list.',
      'I said no.',
      'Then left.',
    ]);
  });

  it('keeps a closing quote or bracket with its sentence', () => {
    expect(sentences('Он сказал: «Мы готовы.» Затем ушёл. Это важно (очень.) Да. "Great." Yes.')).toEqual([
      'Он сказал: «Мы готовы.»',
      'Затем ушёл.',
      'Это важно (очень.)',
      'Да.',
      '"Great."',
      'Yes.',
    ]);
  });

  it('splits dialogue-dash paragraphs and keeps the attribution after «…!» with the quote', () => {
    expect(sentences('– Мы уже встречаемся как друзья. Наше сотрудничество тесное, – отметил гость.')).toEqual([
      '- Мы уже встречаемся как друзья.',
      'Наше сотрудничество тесное, - отметил гость.',
    ]);
    expect(sentences('«Мы готовы к переговорам!» – сказал он. «Когда?», – спросили журналисты.')).toEqual([
      '«Мы готовы к переговорам!» - сказал он.',
      '«Когда?», - спросили журналисты.',
    ]);
  });

  it('splits at terminal marks inside a quote but not before a lowercase continuation', () => {
    expect(sentences('«Мы готовы. Ждём ответа», – заявил министр. Ну... посмотрим.')).toEqual([
      '«Мы готовы.',
      'Ждём ответа», - заявил министр.',
      'Ну... посмотрим.',
    ]);
  });

  it('treats a paragraph break as a sentence break and starts sentences with digits and quotes', () => {
    expect(sentences('Заголовок без точки\nПервый абзац. 15 марта начнётся сезон. «Астана» победила.')).toEqual([
      'Заголовок без точки',
      'Первый абзац.',
      '15 марта начнётся сезон.',
      '«Астана» победила.',
    ]);
  });

  it('does not split after a list marker, inside numbers or in a domain', () => {
    expect(sentences('1. Рост ВВП составил 4.8 процента по данным kazinform.kz сегодня.')).toEqual([
      '1. Рост ВВП составил 4.8 процента по данным kazinform.kz сегодня.',
    ]);
  });

  it('respects `within`', () => {
    const text = 'Первое. Второе предложение. Третье.';
    const within = { start: 8, end: 27 };
    expect(splitSentences(text, within).map((s) => text.slice(s.start, s.end))).toEqual(['Второе предложение.']);
  });
});

describe('segment: robustness', () => {
  it('never throws on odd input and handles a 1 MB single line', () => {
    for (const odd of ['', '\0', '\uD800', '\uDC00a', '....', '-', '«»', '👨‍👩‍👧', 'a'.repeat(10), '.'.repeat(1000), '\u0301'.repeat(50)]) {
      expect(() => {
        tokenize(odd);
        splitSentences(odd);
        splitParagraphs(odd);
      }).not.toThrow();
    }
    const line = 'Токаев провёл встречу в Астане, т.е. в 2026 г. 1 854 человека! '.repeat(16_000);
    expect(line.length).toBeGreaterThan(1_000_000);
    const t = performance.now();
    const all = tokenize(line);
    const sents = splitSentences(line);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(all.length).toBeGreaterThan(100_000);
    expect(sents.length).toBe(16_000);
  });

  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({
      unit: fc.constantFrom('М', 'а', 'т', 'е', 'г', 'Қ', 'ә', 'U', 's', '1', '0', ' ', '\u00A0', '.', ',', '!', '?', '…', '-', "'", '"', '«', '»', '(', ')', '\n', '$', '%', '😀', '\u00AD', '\uD800', '\u0301', 'ʻ'),
      maxLength: 120,
    }),
  );

  it('tokens are sorted, disjoint, inside the text and equal to their slice', () => {
    fc.assert(
      fc.property(text, (s) => {
        const toks: Token[] = tokenize(s);
        let prevEnd = 0;
        for (const t of toks) {
          expect(t.start).toBeGreaterThanOrEqual(prevEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.text).toBe(s.slice(t.start, t.end));
          prevEnd = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sentences and paragraphs are sorted, disjoint, trimmed and cover every token', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const s = normalize(raw).text;
        for (const spans of [splitSentences(s), splitParagraphs(s)]) {
          let prevEnd = 0;
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(prevEnd);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end).toBeLessThanOrEqual(s.length);
            expect(s.slice(span.start, span.end)).toBe(s.slice(span.start, span.end).trim());
            prevEnd = span.end;
          }
        }
        const sents = splitSentences(s);
        for (const t of tokenize(s)) {
          expect(sents.some((x) => x.start <= t.start && t.end <= x.end)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
