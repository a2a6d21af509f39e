import { describe, it, expect } from 'vitest';
import { detectLanguage, SUPPORTED_LANGUAGES } from '../../src/language/index.js';

// Sentences written for these tests (news-like, not taken from any evaluation set).
const SENTENCES: [string, string][] = [
  ['ru', 'Правительство утвердило новый бюджет на следующий год после долгих обсуждений.'],
  ['kk', 'Үкімет келесі жылға арналған жаңа бюджетті бекітті деп хабарлады министрлік.'],
  ['ky', 'Өкмөт кийинки жылга карата жаңы бюджетти бекитти деп билдирди министрлик.'],
  ['uk', 'Уряд затвердив новий бюджет на наступний рік після тривалих обговорень.'],
  ['be', 'Урад зацвердзіў новы бюджэт на наступны год пасля доўгіх абмеркаванняў.'],
  ['en', 'The government approved a new budget for next year after long debates.'],
  ['tr', 'Hükümet uzun tartışmaların ardından gelecek yılın bütçesini onayladı.'],
  ['az', 'Hökumət uzun müzakirələrdən sonra gələn ilin büdcəsini təsdiqlədi.'],
  ['uz', 'Hukumat uzoq muhokamalardan soʻng kelgusi yil uchun yangi byudjetni tasdiqladi.'],
  ['uz', "Hukumat uzoq muhokamalardan so'ng kelgusi yil uchun yangi byudjetni tasdiqladi."],
  ['zh', '政府在长时间讨论后批准了明年的新预算。'],
  ['de', 'Die Regierung hat nach langen Debatten den Haushalt für das nächste Jahr beschlossen.'],
  ['fr', "Le gouvernement a approuvé le budget de l'année prochaine après de longs débats."],
];

describe('detectLanguage', () => {
  it.each(SENTENCES)('detects %s', (code, text) => {
    const result = detectLanguage(text);
    expect(result.code).toBe(code);
    expect(result.confidence).toBeGreaterThan(0.3);
  });

  it.each(['', '123', '!!!', '🙂🎉👍', '   \n\t', '2024-05-01 12:00'])('returns und for %j', (text) => {
    expect(detectLanguage(text)).toEqual({ code: 'und', confidence: 0 });
  });

  it('is less sure of a two-word text than of a sentence', () => {
    const short = detectLanguage('Новый бюджет');
    const long = detectLanguage(SENTENCES[0]![1]);
    expect(short.confidence).toBeLessThan(long.confidence);
  });

  it('ignores links and markup around a Cyrillic sentence', () => {
    const text = 'Падрабязней чытайце на нашым сайце <a href="https://example.com/news/item-123.html">тут</a>';
    expect(detectLanguage(text).code).toBe('be');
  });

  it('restricts candidates with the languages option', () => {
    const text = 'Бүгін кездесу өтті.';
    expect(detectLanguage(text, { languages: ['ru', 'kk'] }).code).toBe('kk');
    // Kazakh letters Russian does not write: no allowed language fits, so no guess.
    expect(detectLanguage(text, { languages: ['ru'] }).code).toBe('und');
    expect(detectLanguage(text, { languages: ['kk', 'ky'] }).code).toBe('kk');
    expect(detectLanguage('Hello world, this is news.', { languages: ['ru', 'kk'] }).code).toBe('und');
    expect(detectLanguage('政府批准了新预算。', { languages: ['en'] }).code).toBe('und');
  });

  it('never claims certainty for a language it was restricted to but does not fit', () => {
    const result = detectLanguage(SENTENCES[1]![1], { languages: ['ru'] });
    expect(result.confidence).toBeLessThan(0.2);
  });

  it('never throws on hostile input', () => {
    const inputs = [
      '\uD800\uDC00\uD800 lone \uDFFF surrogates \uD83D',
      String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)),
      '\u0000\u0001\u0002\uFFFE\uFFFF',
      'а'.repeat(100_000),
      'Привет '.repeat(1_500_000),
    ];
    for (const text of inputs) {
      const result = detectLanguage(text);
      expect(typeof result.code).toBe('string');
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    expect(detectLanguage(SENTENCES[2]![1])).toEqual(detectLanguage(SENTENCES[2]![1]));
  });

  it('lists the 17 supported languages', () => {
    expect(SUPPORTED_LANGUAGES).toHaveLength(17);
    for (const [code] of SENTENCES) expect(SUPPORTED_LANGUAGES).toContain(code);
  });
});

describe('detectLanguage scores exactly as the string-keyed detector did', () => {
  // Outputs of the detector before n-grams became integer keys (same data/langid.json): the
  // rewrite must not move a code or a confidence.
  const GOLDEN: [string, { languages: string[] } | undefined, { code: string; confidence: number }][] = [
    ['Правительство утвердило новый бюджет на следующий год после долгих обсуждений.', undefined, { code: 'ru', confidence: 0.85 }],
    ['Үкімет келесі жылға арналған жаңа бюджетті бекітті деп хабарлады министрлик.', undefined, { code: 'kk', confidence: 0.846 }],
    ['Бүгін кездесу өтті.', { languages: ['ru', 'kk'] }, { code: 'kk', confidence: 0.571 }],
    ['Бүгін кездесу өтті.', { languages: ['ru'] }, { code: 'und', confidence: 0 }],
    ['Пpивeт, мир! Сегодня хорошая погода.', undefined, { code: 'ru', confidence: 0.707 }],
    ["Oʻzbekiston Respublikasi Prezidenti qo'l qo'ydi.", undefined, { code: 'uz', confidence: 0.769 }],
    ['Привет 𝐀𝐁𝐂 мир \uD800 ещё раз сегодня', undefined, { code: 'ru', confidence: 0.647 }],
    ['Die Regierung hat nach langen Debatten den Haushalt beschlossen.', undefined, { code: 'de', confidence: 0.821 }],
    ['Zażółć gęślą jaźń, powiedział wczoraj minister.', undefined, { code: 'und', confidence: 0 }],
  ];

  it.each(GOLDEN)('%s', (text, options, expected) => {
    expect(detectLanguage(text, options)).toEqual(expected);
  });

  it('does not depend on what was detected before', () => {
    const first = GOLDEN.map(([text, options]) => detectLanguage(text, options));
    // Interleave long and short texts of both scripts, then detect everything again.
    detectLanguage('Привет '.repeat(3000));
    detectLanguage('Hello world '.repeat(3000));
    const again = [...GOLDEN].reverse().map(([text, options]) => detectLanguage(text, options)).reverse();
    expect(again).toEqual(first);
  });
});
