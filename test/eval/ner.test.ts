import { describe, expect, it } from 'vitest';
import { entitiesToSpans, scoreNer, type NerGold, type NerSpan } from '../../src/eval/ner.js';
import type { Entity } from '../../src/types.js';

// A made-up sentence: "Анна Смирнова из Омского университета приехала в Тверь."
const text = 'Анна Смирнова из Омского университета приехала в Тверь.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const PER = { ...at('Анна Смирнова'), type: 'PER', normal: 'Анна Смирнова' };
const ORG = { ...at('Омского университета'), type: 'ORG' };
const LOC_NESTED = { ...at('Омского'), type: 'LOC', nested: true };
const LOC = { ...at('Тверь'), type: 'LOC' };
const gold: NerGold[] = [{ text, entities: [PER, ORG, LOC_NESTED, LOC] }];

const perfect: NerSpan[] = [
  { ...at('Анна Смирнова'), type: 'PER', name: 'анна смирнова' },
  { ...at('Омского университета'), type: 'ORG' },
  { ...at('Тверь'), type: 'LOC' },
];

describe('scoreNer', () => {
  it('scores a perfect prediction 1 and excludes nested gold spans', () => {
    const m = scoreNer(gold, [perfect]);
    expect(m.types).toEqual(['PER', 'LOC', 'ORG']);
    expect(m.micro).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(m.tokensMicro.f1).toBe(1);
    expect(m.excluded).toEqual({ nested: 1, misc: 0, other: 0 });
    expect(m.normal).toEqual({ goldWithNormal: 1, matched: 1, correct: 1, accuracy: 1 });
  });

  it('scores an empty prediction 0 without NaN', () => {
    const m = scoreNer(gold, [[]]);
    expect(m.micro).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
    expect(m.tokensMicro.f1).toBe(0);
    expect(m.normal.accuracy).toBe(0);
    expect(Object.values(m.spans).every((s) => Number.isFinite(s.f1))).toBe(true);
  });

  it('does not count a prediction of the nested span as a false positive', () => {
    const m = scoreNer(gold, [[{ ...at('Омского'), type: 'LOC' }, ...perfect.filter((p) => p.type !== 'ORG')]]);
    // PER and Тверь right, ORG missed; the inner LOC is neither right nor wrong.
    expect(m.micro).toMatchObject({ tp: 2, fp: 0, fn: 1 });
  });

  it('computes partial exact-span and token scores by hand', () => {
    // PER predicted as only the surname (wrong span), LOC right, an extra ORG on "Тверь" (wrong type).
    const pred: NerSpan[] = [
      { ...at('Смирнова'), type: 'PER', name: 'Смирнова' },
      { ...at('Тверь'), type: 'LOC' },
      { ...at('Тверь'), type: 'ORG' },
    ];
    const m = scoreNer(gold, [pred]);
    expect(m.spans.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(m.spans.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(m.spans.ORG).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(m.micro).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(m.micro.f1).toBeCloseTo(1 / 3); // P = R = 1/3
    // Tokens: PER gold {Анна, Смирнова}, pred {Смирнова}: tp 1, fn 1 → P 1, R 0.5.
    expect(m.tokens.PER).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    // ORG gold {Омского, университета}, pred {Тверь}: tp 0, fp 1, fn 2.
    expect(m.tokens.ORG).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    // No exact PER match, so no normal-form judgement.
    expect(m.normal).toMatchObject({ goldWithNormal: 1, matched: 0, accuracy: 0 });
  });

  it('compares normal forms case-insensitively with ё = е', () => {
    const t = 'Пётр Алёшин выступил.';
    const g: NerGold[] = [{ text: t, entities: [{ start: 0, end: 11, type: 'PER', normal: 'Петр Алешин' }] }];
    expect(scoreNer(g, [[{ start: 0, end: 11, type: 'PER', name: 'ПЁТР  АЛЁШИН' }]]).normal.accuracy).toBe(1);
    expect(scoreNer(g, [[{ start: 0, end: 11, type: 'PER', name: 'Петра Алешина' }]]).normal.accuracy).toBe(0);
    expect(scoreNer(g, [[{ start: 0, end: 11, type: 'PER' }]]).normal).toMatchObject({ matched: 1, correct: 0 });
  });

  it('ignores MISC and adds EVENT only when gold has it', () => {
    const t = 'Игры в Сочи';
    const g: NerGold[] = [{ text: t, entities: [{ start: 0, end: 4, type: 'MISC' }, { start: 7, end: 11, type: 'LOC' }] }];
    const m = scoreNer(g, [[{ start: 7, end: 11, type: 'LOC' }, { start: 0, end: 4, type: 'EVENT' }]]);
    expect(m.types).toEqual(['PER', 'LOC', 'ORG']);
    expect(m.micro.f1).toBe(1);
    expect(m.excluded.misc).toBe(1);
    const withEvent: NerGold[] = [{ text: t, entities: [{ start: 0, end: 11, type: 'EVENT' }] }];
    const e = scoreNer(withEvent, [[{ start: 0, end: 11, type: 'EVENT' }]]);
    expect(e.types).toEqual(['PER', 'LOC', 'ORG', 'EVENT']);
    expect(e.spans.EVENT!.f1).toBe(1);
  });
});

describe('entitiesToSpans', () => {
  it('keeps name mentions and maps entity types to tags', () => {
    const entities: Entity[] = [
      {
        id: 'country:KZ',
        type: 'country',
        name: 'Казахстан',
        salience: 1,
        mentions: [
          { start: 10, end: 19, text: 'Казахстан', kind: 'name' },
          { start: 30, end: 43, text: 'казахстанский', kind: 'adjective' },
        ],
      },
      {
        id: 'person:x',
        type: 'person',
        name: 'Иван Петров',
        salience: 0.5,
        mentions: [
          { start: 0, end: 5, text: 'Петров', kind: 'name' },
          { start: 50, end: 56, text: 'эксперт', kind: 'role' },
        ],
      },
      { id: 'org:y', type: 'organization', name: 'ООН', salience: 0.1, mentions: [{ start: 60, end: 63, text: 'ООН', kind: 'name' }] },
    ];
    expect(entitiesToSpans(entities)).toEqual([
      { start: 0, end: 5, type: 'PER', name: 'Иван Петров' },
      { start: 10, end: 19, type: 'LOC', name: 'Казахстан' },
      { start: 60, end: 63, type: 'ORG', name: 'ООН' },
    ]);
  });
});
