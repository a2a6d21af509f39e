import { describe, expect, it } from 'vitest';
import { KeyBuffer } from '../../../src/entities/tagger/index.js';

/** Pushes `tokens` (keys per token) as one sentence. */
function fill(buffer: KeyBuffer, tokens: readonly number[][], wordKeys?: Uint32Array): void {
  buffer.begin(tokens.length);
  tokens.forEach((keys, t) => {
    if (wordKeys && t === 0) buffer.pushWord(wordKeys);
    for (const k of keys) buffer.push(k);
    buffer.next();
  });
}

describe('KeyBuffer', () => {
  it('finish copies: a sentence stays intact after the buffer is reused for a longer one', () => {
    const buffer = new KeyBuffer();
    fill(buffer, [[1, 2], [3]]);
    const first = buffer.finish();
    const long = Array.from({ length: 300 }, (_, t) => [t, t + 1000]);
    fill(buffer, long);
    const second = buffer.finish();
    expect(Array.from(first.keys)).toEqual([1, 2, 3]);
    expect(Array.from(first.offsets)).toEqual([0, 2, 3]);
    expect(second.offsets.length).toBe(301);
    expect(second.offsets[300]).toBe(600);
    expect(first.words).toBeUndefined();
  });

  it('view gives the same keys and offsets as finish, without stale offsets from a longer sentence', () => {
    const buffer = new KeyBuffer();
    fill(buffer, [[7], [8, 9], [10], [11]]);
    buffer.view();
    buffer.begin(3);
    buffer.push(5);
    buffer.next();
    // Two tokens left unclosed: they are empty, not the previous sentence's offsets.
    const view = buffer.view();
    expect(Array.from(view.keys)).toEqual([5]);
    expect(Array.from(view.offsets)).toEqual([0, 1, 1, 1]);
  });

  it('keeps word keys only for sentences that pushed some', () => {
    const buffer = new KeyBuffer();
    const own = Uint32Array.of(42, 43);
    fill(buffer, [[1], [2]], own);
    const withWords = buffer.finish();
    expect(withWords.words?.[0]).toBe(own);
    expect(withWords.words?.[1]).toBeUndefined();
    expect(Array.from(withWords.keys)).toEqual([42, 43, 1, 2]);
    fill(buffer, [[1], [2]]);
    expect(buffer.finish().words).toBeUndefined();
  });
});
