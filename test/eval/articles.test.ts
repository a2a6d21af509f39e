import { describe, expect, it } from 'vitest';
import { HEADLINE_CHROME, enrichmentToArticlePrediction, scoreArticles, type ArticleGold } from '../../src/eval/articles.js';
import type { Enrichment } from '../../src/types.js';

// A made-up page: headline, body, then a list of other headlines.
const text = 'Заголовок\n\nТело статьи. Анна Смирнова приехала в Казахстан.\n\nДругие новости: раз, два';
const bodyStart = text.indexOf('Тело');
const bodyEnd = text.indexOf('\n\nДругие');
const listStart = text.indexOf('Другие');
const gold: ArticleGold[] = [
  {
    id: 'a',
    lang: 'ru',
    text,
    body_start: bodyStart,
    body_end: bodyEnd,
    chrome: [
      { start: 0, end: 9, kind: 'headline_block', inside_body: false },
      { start: listStart, end: text.length, kind: 'related_headlines', inside_body: false },
    ],
    people: [{ name: 'Анна Смирнова' }],
    countries: ['KZ'],
  },
];

describe('scoreArticles', () => {
  it('scores a perfect prediction 1', () => {
    const m = scoreArticles(gold, [
      { body: { start: bodyStart, end: bodyEnd }, people: ['анна смирнова'], countries: ['kz'], language: 'ru' },
    ]);
    expect(m.bodyIoU).toBe(1);
    expect(m.people.micro.f1).toBe(1);
    expect(m.people.meanF1).toBe(1);
    expect(m.surnames.micro.f1).toBe(1);
    expect(m.countries.micro.f1).toBe(1);
    expect(m.headlineLeaks).toBe(0);
    expect(m.chromeLeaks).toBe(0);
    expect(m.languageAccuracy).toBe(1);
  });

  it('scores an empty prediction 0 without NaN', () => {
    const m = scoreArticles(gold, [{ body: { start: 0, end: 0 }, people: [], countries: [] }]);
    expect(m.bodyIoU).toBe(0);
    expect(m.people.micro.f1).toBe(0);
    expect(m.countries.meanF1).toBe(0);
    expect(m.languageAccuracy).toBe(0);
  });

  it('counts chrome leaks, surname matches and partial body IoU', () => {
    const m = scoreArticles(gold, [
      { body: { start: bodyStart, end: text.length }, people: ['Смирновой Анны', 'Иван Петров'], countries: ['KZ', 'RU'], language: 'kk' },
    ]);
    expect(m.bodyIoU).toBeCloseTo((bodyEnd - bodyStart) / (text.length - bodyStart));
    expect(m.headlineLeaks).toBe(1);
    expect(m.chromeLeaks).toBe(1);
    // exact names: 0 right of 1 gold, 2 predicted; surnames: 1 right → P 1/2, R 1, F1 2/3.
    expect(m.people.micro).toMatchObject({ tp: 0, fp: 2, fn: 1, f1: 0 });
    expect(m.surnames.micro.f1).toBeCloseTo(2 / 3);
    expect(m.countries.micro.f1).toBeCloseTo(2 / 3);
    expect(m.articles[0]!.languageCorrect).toBe(false);
  });

  it('does not count whitespace-only overlap as a leak, and leaves empty/empty out of the means', () => {
    const g: ArticleGold = { ...gold[0]!, people: [], countries: [] };
    const m = scoreArticles([g], [{ body: { start: bodyStart, end: listStart }, people: [], countries: [] }]);
    expect(m.chromeLeaks).toBe(0);
    expect(m.articles[0]!.people.f1).toBeNull();
    expect(m.people.meanF1).toBe(0);
  });
});

describe('enrichmentToArticlePrediction', () => {
  it('takes person names and country codes', () => {
    const e: Enrichment = {
      language: { code: 'ru', confidence: 1, paragraphs: [] },
      body: { start: 3, end: 9, chrome: [] },
      entities: [
        { id: 'person:anna-smirnova', type: 'person', name: 'Анна Смирнова', salience: 1, mentions: [] },
        { id: 'country:KZ', type: 'country', name: 'Казахстан', salience: 1, mentions: [] },
        { id: 'place:astana', type: 'place', name: 'Астана', salience: 1, mentions: [] },
      ],
      quotes: [],
      keywords: [],
      tags: [],
    };
    expect(enrichmentToArticlePrediction(e)).toEqual({
      body: { start: 3, end: 9 },
      people: ['Анна Смирнова'],
      countries: ['KZ'],
      language: 'ru',
    });
  });
});

describe('HEADLINE_CHROME', () => {
  it('matches lists of other articles, not the page itself', () => {
    for (const kind of ['related_headlines', 'popular_headlines', 'next_articles_list', 'related_link', 'reactions_latest_news_times', 'related']) {
      expect(HEADLINE_CHROME.test(kind)).toBe(true);
    }
    for (const kind of ['headline', 'duplicate_teaser', 'byline_with_role', 'photo_credit', 'views']) {
      expect(HEADLINE_CHROME.test(kind)).toBe(false);
    }
  });
});
