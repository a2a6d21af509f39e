import { describe, expect, it } from 'vitest';
import { nearestBySimilarity, scoreRelated, type RelatedGold } from '../../src/eval/related.js';

// Two groups: a (6 articles) and b (2 articles).
const gold: RelatedGold[] = [
  ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => ({ id, group: 'a' })),
  { id: 'b1', group: 'b' },
  { id: 'b2', group: 'b' },
];
const groupOf = new Map(gold.map((g) => [g.id, g.group]));
const others = (id: string) => gold.map((g) => g.id).filter((x) => x !== id);

describe('scoreRelated', () => {
  it('scores perfect neighbours with the ceiling given group sizes', () => {
    const perfect = new Map(
      gold.map((g) => [g.id, [...others(g.id)].sort((x, y) => Number(groupOf.get(y) === g.group) - Number(groupOf.get(x) === g.group))]),
    );
    const m = scoreRelated(gold, perfect);
    // a-articles: 5/5; b-articles: 1/5 (only one other b exists).
    expect(m.precision).toBeCloseTo((6 * 1 + 2 * 0.2) / 8);
    expect(m.ceiling).toBeCloseTo(m.precision);
    expect(m.perGroup.a).toEqual({ n: 6, precision: 1 });
  });

  it('scores no neighbours 0', () => {
    const m = scoreRelated(gold, new Map());
    expect(m.precision).toBe(0);
    expect(m.noNeighbours).toBe(8);
    expect(m.meanReturned).toBe(0);
  });

  it('divides by k even when fewer neighbours come back and ignores the article itself', () => {
    const m = scoreRelated([gold[0]!, gold[1]!, gold[6]!], new Map([['a1', ['a1', 'a2', 'b1']]]));
    // a1: [a2, b1] → 1/5; a2 and b1: nothing.
    expect(m.precision).toBeCloseTo(0.2 / 3);
    expect(m.meanReturned).toBeCloseTo(2 / 3);
  });
});

describe('nearestBySimilarity', () => {
  it('returns the k most similar others, ties by id, skipping zero similarity', () => {
    const items = [
      { id: 'x', value: 1 },
      { id: 'y', value: 2 },
      { id: 'z', value: 2 },
      { id: 'w', value: 100 },
    ];
    const sim = (a: number, b: number) => (Math.abs(a - b) > 10 ? 0 : 1 / (1 + Math.abs(a - b)));
    const n = nearestBySimilarity(items, sim, 2);
    expect(n.get('x')).toEqual(['y', 'z']);
    expect(n.get('y')).toEqual(['z', 'x']);
    expect(n.get('w')).toEqual([]);
  });
});
