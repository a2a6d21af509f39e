import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/text/sorted.js';

describe('partitionPoint', () => {
  const spans = [{ start: 0, end: 5 }, { start: 6, end: 9 }, { start: 12, end: 20 }];

  it('finds the first span not before an offset', () => {
    expect(partitionPoint(spans, (s) => s.start < 0)).toBe(0);
    expect(partitionPoint(spans, (s) => s.start < 6)).toBe(1);
    expect(partitionPoint(spans, (s) => s.start < 7)).toBe(2);
    expect(partitionPoint(spans, (s) => s.start < 100)).toBe(3);
    expect(partitionPoint(spans, (s) => s.end <= 9)).toBe(2);
  });

  it('agrees with a linear scan on every offset', () => {
    const sorted = Array.from({ length: 50 }, (_, i) => ({ start: i * 3 + (i % 2) }));
    for (let offset = -1; offset < 160; offset++) {
      expect(partitionPoint(sorted, (s) => s.start < offset)).toBe(sorted.filter((s) => s.start < offset).length);
    }
    expect(partitionPoint([], () => true)).toBe(0);
  });
});
