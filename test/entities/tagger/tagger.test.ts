import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../src/entities/tagger/base64.js';
import { wordShape } from '../../../src/entities/tagger/features.js';
import { combine, createTagger, fromStrings, hashFeature, KeyBuffer, spansOf, type TaggerModelJson } from '../../../src/entities/tagger/index.js';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/** A hand-made model: capitalized words are names, "in" makes the next one a place. */
function toyModel(): TaggerModelJson {
  const rows: [string, number[]][] = [
    ['b', [10, 0, 0, 0, 0]],
    ['s=Xx', [0, 30, 31, 0, 0]],
    ['w-1=in', [0, -40, -40, 45, 0]],
  ];
  rows.sort((a, b) => hashFeature(a[0]) - hashFeature(b[0]));
  const keys = new Uint32Array(rows.map(([f]) => hashFeature(f)));
  const weights = new Int8Array(rows.flatMap(([, w]) => w));
  return {
    version: 1,
    labels: LABELS,
    scale: 0.1,
    keys: encodeBase64(new Uint8Array(keys.buffer)),
    weights: encodeBase64(new Uint8Array(weights.buffer)),
    transitions: new Array((LABELS.length + 1) * LABELS.length).fill(0),
  };
}

const extract = (words: readonly string[]) =>
  fromStrings(words.map((w, i) => ['b', 's=' + wordShape(w), 'w-1=' + (i > 0 ? words[i - 1]!.toLowerCase() : '<s>')]));

describe('createTagger', () => {
  const tagger = createTagger(toyModel(), extract);

  it('decodes BIO spans over word indices', () => {
    expect(tagger.tag(['Mr', 'Ivan', 'Petrov', 'lives', 'in', 'Almaty'])).toEqual([
      { start: 0, end: 3, type: 'PER' },
      { start: 5, end: 6, type: 'LOC' },
    ]);
  });

  it('reads an orphan I- as a span start (as conlleval does) and handles empty input', () => {
    expect(tagger.tag([])).toEqual([]);
    expect(spansOf(LABELS, [2, 2, 0, 4])).toEqual([{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]);
    expect(spansOf(LABELS, [1, 2, 0, 3, 4])).toEqual([{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'LOC' }]);
  });

  it('rejects a model of another format with a message that says what to do', () => {
    expect(() => createTagger({ ...toyModel(), version: 2 }, extract)).toThrow(/train-\*-ner/);
  });
});

describe('base64 and hashing', () => {
  it('round-trips bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 128, 7]);
    for (let n = 0; n <= bytes.length; n++) expect(decodeBase64(encodeBase64(bytes.slice(0, n)))).toEqual(bytes.slice(0, n));
  });

  it('hashes deterministically to unsigned 32-bit', () => {
    expect(hashFeature('w=тоқаев')).toBe(hashFeature('w=тоқаев'));
    expect(hashFeature('')).toBe(0x811c9dc5);
    expect(hashFeature('w=a')).not.toBe(hashFeature('w=b'));
    expect(hashFeature('x')).toBeGreaterThanOrEqual(0);
  });
});

describe('hashed keys', () => {
  it('combines hashes order-sensitively into unsigned 32-bit keys', () => {
    const a = hashFeature('w-1');
    const b = hashFeature('алматы');
    expect(combine(a, b)).toBe(combine(a, b));
    expect(combine(a, b)).not.toBe(combine(b, a));
    expect(combine(a, b)).toBeGreaterThanOrEqual(0);
    expect(combine(a, b)).toBeLessThan(2 ** 32);
  });

  it('lays out one sentence per buffer, growing past its first capacity', () => {
    const buffer = new KeyBuffer();
    buffer.begin(2);
    for (let k = 0; k < 1500; k++) buffer.push(k);
    buffer.next();
    buffer.push(7);
    const { keys, offsets } = buffer.finish();
    expect(Array.from(offsets)).toEqual([0, 1500, 1501]);
    expect(keys[1500]).toBe(7);
    expect(fromStrings([['a'], []]).offsets).toEqual(new Int32Array([0, 1, 1]));
  });
});

describe('document context', () => {
  it('passes what documentContext computed to the extractor, sentence by sentence', () => {
    const seen: unknown[] = [];
    const extractWithContext = (words: readonly string[], context?: { known: Set<string> }) => {
      seen.push(context);
      return fromStrings(words.map((w) => ['b', context?.known.has(w) ? 's=Xx' : 's=x']));
    };
    const documentContext = (sentences: readonly (readonly string[])[]) => ({ known: new Set(sentences.flat().filter((w) => w === 'Ivan')) });
    const tagger = createTagger(toyModel(), extractWithContext, documentContext);
    const context = tagger.documentContext!([['Ivan', 'came'], ['ivan', 'left']]);
    expect(tagger.tag(['Ivan', 'came'], context)).toEqual([{ start: 0, end: 1, type: 'PER' }]);
    expect(tagger.tag(['Ivan', 'came'])).toEqual([]);
    expect(seen[0]).toBe(context);
  });

  it('has no documentContext when none is given', () => {
    expect(createTagger(toyModel(), extract).documentContext).toBeUndefined();
  });
});

describe('cached word sums', () => {
  it('scores a sentence the same whether word keys are pushed with pushWord (cached sums) or one by one', () => {
    const own = new Map<string, Uint32Array>();
    const wordKeys = (w: string) => {
      let keys = own.get(w);
      if (!keys) own.set(w, (keys = Uint32Array.from([hashFeature('b'), hashFeature('s=' + wordShape(w))])));
      return keys;
    };
    const build = (words: readonly string[], cached: boolean) => {
      const buffer = new KeyBuffer();
      buffer.begin(words.length);
      words.forEach((w, i) => {
        if (cached) buffer.pushWord(wordKeys(w));
        else buffer.pushAll(wordKeys(w));
        buffer.push(hashFeature('w-1=' + (i > 0 ? words[i - 1]!.toLowerCase() : '<s>')));
        buffer.next();
      });
      return buffer.finish();
    };
    const plain = createTagger(toyModel(), (words) => build(words, false));
    const cached = createTagger(toyModel(), (words) => build(words, true));
    const sentence = ['Mr', 'Ivan', 'Petrov', 'lives', 'in', 'Almaty', 'and', 'Ivan', 'too'];
    expect(build(sentence, true).words?.[1]).toBe(wordKeys('Ivan'));
    expect(cached.tag(sentence)).toEqual(plain.tag(sentence));
    expect(cached.tag(sentence)).toEqual(cached.tag(sentence));
  });

  it('refuses word keys after other keys of the token', () => {
    const buffer = new KeyBuffer();
    buffer.begin(1);
    buffer.push(1);
    expect(() => buffer.pushWord(Uint32Array.from([2]))).toThrow(/first/);
  });
});
