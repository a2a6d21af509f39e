import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../src/entities/tagger/base64.js';
import { TaggerModel, type TaggerModelJson } from '../../../src/entities/tagger/index.js';

/** A deterministic pseudo-random 32-bit sequence (xorshift). */
function* randomWords(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield x >>> 0;
  }
}

describe('TaggerModel lookups', () => {
  it('scores every known key and ignores unknown ones, over thousands of keys (no key lost to the miss filter)', () => {
    const labels = ['O', 'B-PER', 'I-PER'];
    const random = randomWords(12345);
    const known = new Map<number, number[]>();
    while (known.size < 5000) {
      const key = random.next().value as number;
      known.set(key, labels.map(() => ((random.next().value as number) % 255) - 127));
    }
    const sorted = [...known.keys()].sort((a, b) => a - b);
    const json: TaggerModelJson = {
      version: 1,
      labels,
      scale: 0.5,
      keys: encodeBase64(new Uint8Array(Uint32Array.from(sorted).buffer)),
      weights: encodeBase64(new Uint8Array(Int8Array.from(sorted.flatMap((k) => known.get(k)!)).buffer)),
      transitions: new Array((labels.length + 1) * labels.length).fill(0),
    };
    const model = new TaggerModel(json);
    // One token per known key, each with an unknown key beside it.
    const keys = new Uint32Array(sorted.length * 2);
    const offsets = new Int32Array(sorted.length + 1);
    sorted.forEach((k, t) => {
      keys[2 * t] = k;
      let unknown = random.next().value as number;
      while (known.has(unknown)) unknown = random.next().value as number;
      keys[2 * t + 1] = unknown;
      offsets[t + 1] = 2 * t + 2;
    });
    const emit = model.emissions(keys, offsets);
    const expected = sorted.flatMap((k) => known.get(k)!.map((w) => w * 0.5));
    expect(Array.from(emit)).toEqual(expected);
  });
});
