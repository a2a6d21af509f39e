import { describe, expect, it } from 'vitest';
import { annotatedScope, iou, matchByIoU, quoteRows, scoreQuotes, speakerMatches, type QuotesGold } from '../../src/eval/quotes.js';

describe('iou', () => {
  it('is intersection over union of half-open ranges', () => {
    expect(iou({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(iou({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(iou({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
    expect(iou({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(0);
  });
});

describe('matchByIoU', () => {
  it('matches at exactly the threshold and not below', () => {
    // [0,10) vs [0,5): IoU 0.5 → match. [0,10) vs [0,4): 0.4 → none.
    expect(matchByIoU([{ start: 0, end: 10 }], [{ start: 0, end: 5 }])).toEqual([[0, 0, 0.5]]);
    expect(matchByIoU([{ start: 0, end: 10 }], [{ start: 0, end: 4 }])).toEqual([]);
  });
  it('is one-to-one, best IoU first', () => {
    const gold = [{ start: 0, end: 10 }, { start: 0, end: 8 }];
    const pred = [{ start: 0, end: 8 }];
    expect(matchByIoU(gold, pred)).toEqual([[1, 0, 1]]);
  });
});

describe('speakerMatches', () => {
  it('compares the gold surname by its first five letters', () => {
    expect(speakerMatches('Эмин Гусейнов', 'Гусейнова')).toBe(true);
    expect(speakerMatches('Касым-Жомарт Токаев', 'Президент Токаев')).toBe(true);
    expect(speakerMatches('Пётр Алёшин', 'Алешин')).toBe(true);
    expect(speakerMatches('Эмин Гусейнов', 'Эмин')).toBe(false);
    expect(speakerMatches('Эмин Гусейнов', undefined)).toBe(false);
  });
});

const gold: QuotesGold[] = [
  {
    quotes: [
      { start: 10, end: 50, speaker: 'Анна Смирнова', kind: 'direct' },
      { start: 100, end: 140, speaker: 'Олег Кузнецов', kind: 'indirect' },
    ],
  },
  { quotes: [] },
];

describe('scoreQuotes', () => {
  it('scores a perfect prediction 1', () => {
    const m = scoreQuotes(gold, [
      [
        { start: 10, end: 50, kind: 'direct', speaker: { name: 'Анна Смирнова' } },
        { start: 100, end: 140, kind: 'indirect', speaker: { name: 'Кузнецов' } },
      ],
      [],
    ]);
    expect(m).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1, meanIoU: 1 });
    expect(m.speaker).toEqual({ n: 2, correct: 2, accuracy: 1 });
    expect(m.goldKinds).toEqual({ direct: { n: 1, matched: 1, recall: 1 }, indirect: { n: 1, matched: 1, recall: 1 } });
    expect(m.direct).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(m.indirect).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(m.scope).toBe('all');
  });

  it('scores an empty prediction 0 without NaN', () => {
    const m = scoreQuotes(gold, [[], []]);
    expect(m).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: 0, recall: 0, f1: 0, meanIoU: 0 });
    expect(m.speaker.accuracy).toBe(0);
  });

  it('computes a partial case by hand', () => {
    // First quote overlaps [10,50) with [20,50): IoU 30/40 = 0.75, wrong speaker.
    // Second quote [100,140) vs [125,140): IoU 15/40 < 0.5, no match. One spurious quote in doc 2.
    const m = scoreQuotes(gold, [
      [
        { start: 20, end: 50, kind: 'direct', speaker: { name: 'Олег Кузнецов' } },
        { start: 125, end: 140, kind: 'direct' },
      ],
      [{ start: 0, end: 5, kind: 'direct' }],
    ]);
    expect(m).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(m.precision).toBeCloseTo(1 / 3);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(0.4);
    expect(m.meanIoU).toBeCloseTo(0.75);
    expect(m.speaker).toEqual({ n: 1, correct: 0, accuracy: 0 });
    expect(m.goldKinds.indirect).toEqual({ n: 1, matched: 0, recall: 0 });
    expect(m.predictedKinds.direct).toEqual({ n: 3, matched: 1, precision: 1 / 3 });
  });

  it('scores speakers only where speaker_via is source, coref separately', () => {
    const g: QuotesGold[] = [
      {
        quotes: [
          { start: 0, end: 10, speaker: 'Trump', speaker_via: 'source' },
          { start: 20, end: 30, speaker: 'Clinton', speaker_via: 'coref' },
          { start: 40, end: 50, speaker: 'he', speaker_via: 'unresolved' },
        ],
      },
    ];
    const m = scoreQuotes(g, [
      [
        { start: 0, end: 10, kind: 'direct', speaker: { name: 'Donald Trump' } },
        { start: 20, end: 30, kind: 'direct', speaker: { name: 'Hillary Clinton' } },
        { start: 40, end: 50, kind: 'direct', speaker: { name: 'Kaine' } },
      ],
    ]);
    expect(m.speaker).toEqual({ n: 1, correct: 1, accuracy: 1 });
    expect(m.speakerCoref).toEqual({ n: 1, correct: 1, accuracy: 1 });
    expect(m.goldKinds).toEqual({});
  });

  it('scores a direct-only gold set on direct predictions, and still reports the all-kinds row', () => {
    // No gold quote is indirect: the set annotates quoted speech only (direct and partial quotes).
    const g: QuotesGold[] = [
      {
        quotes: [
          { start: 0, end: 20, speaker: 'Анна Смирнова', kind: 'direct' },
          { start: 40, end: 50, speaker: 'Олег Кузнецов', kind: 'partial' },
          { start: 60, end: 80, speaker: 'Олег Кузнецов', kind: 'direct' },
        ],
      },
    ];
    const m = scoreQuotes(g, [
      [
        { start: 0, end: 20, kind: 'direct', speaker: { name: 'Смирнова' } },
        { start: 40, end: 50, kind: 'direct', speaker: { name: 'Кузнецов' } },
        { start: 100, end: 140, kind: 'indirect', speaker: { name: 'Кузнецов' } },
        { start: 150, end: 160, kind: 'direct' },
      ],
    ]);
    expect(annotatedScope(g)).toBe('direct');
    expect(m.scope).toBe('direct');
    // Headline = direct row: 2 of 3 direct predictions match, 2 of 3 gold quotes found.
    expect(m).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.direct).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    // The all-kinds row keeps the indirect prediction as a false positive.
    expect(m.all).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(m.indirect).toBeUndefined();
    expect(m.speaker).toEqual({ n: 2, correct: 2, accuracy: 1 });
    const rows = quoteRows(m);
    expect(rows.map((r) => r.headline)).toEqual([true, false]);
    expect(rows[0]!.label).toMatch(/^direct \(headline/);
    expect(rows[1]).toMatchObject({ label: expect.stringMatching(/^all kinds/), tp: 2, fp: 2 });
  });

  it('does not let an indirect prediction match a gold quote on a direct-only set', () => {
    const g: QuotesGold[] = [{ quotes: [{ start: 0, end: 20, speaker: 'Trump' }] }];
    const m = scoreQuotes(g, [[{ start: 0, end: 20, kind: 'indirect', speaker: { name: 'Trump' } }]]);
    expect(m).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(m.all).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(m.speaker.n).toBe(0);
  });

  it('labels the all-kinds row as the headline when gold annotates indirect speech', () => {
    const m = scoreQuotes(gold, [[{ start: 100, end: 140, kind: 'direct' }], []]);
    expect(m.scope).toBe('all');
    expect(m).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(m.indirect).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(quoteRows(m).map((r) => r.label)).toEqual(['all kinds (headline)', 'direct', 'indirect']);
  });
});
