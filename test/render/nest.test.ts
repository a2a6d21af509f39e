import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nest, type Layer } from '../../src/render/nest.js';
import { assertWellNested } from './helpers.js';

const writer = (text: string) => ({ text: (a: number, b: number) => text.slice(a, b), gap: () => '|' });
const layer = (start: number, end: number, rank: number, name: string): Layer => ({
  start, end, rank, open: `<${name}>`, close: `</${name}>`, before: `<i>${name}</i>`, after: `<u>${name}</u>`,
});

describe('nest', () => {
  it('opens outer ranks first and splits an inner span that crosses an outer boundary', () => {
    const text = 'abcdefgh';
    const out = nest(text, [layer(0, 8, 0, 'p'), layer(2, 6, 1, 'q'), layer(0, 4, 2, 'm')], writer(text));
    expect(out).toBe('<p><i>p</i><m><i>m</i>ab</m><q><i>q</i><m>cd<u>m</u></m>ef<u>q</u></q>gh<u>p</u></p>');
  });

  it('nests same-rank spans longest first and closes everything in gaps', () => {
    const text = 'ab  cd';
    const out = nest(text, [layer(0, 2, 0, 'p'), layer(4, 6, 0, 'p'), layer(1, 5, 1, 'q'), layer(1, 2, 2, 'm'), layer(0, 2, 2, 'n')], writer(text));
    expect(out).toBe('<p><i>p</i><n><i>n</i>a</n><q><i>q</i><n><m><i>m</i>b<u>m</u></m><u>n</u></n></q><u>p</u></p>|<p><i>p</i><q>c<u>q</u></q>d<u>p</u></p>');
  });

  it('always produces a well-nested tree that keeps the text (property)', () => {
    const span = fc.record({ a: fc.integer({ min: -3, max: 40 }), b: fc.integer({ min: -3, max: 40 }), rank: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 36 }), fc.array(span, { maxLength: 25 }), (raw, spans) => {
        const text = raw.replace(/[<>|]/g, '.');
        const layers = spans.map((s, i) => layer(s.a, s.b, s.rank, ['p', 'q', 'm', 'n'][s.rank]!)).map((l, i) => (i % 3 === 0 ? { ...l, rank: 0, open: '<p>', close: '</p>' } : l));
        const out = nest(text, layers, { text: (a, b) => text.slice(a, b), gap: (a, b) => text.slice(a, b) });
        assertWellNested(out);
        expect(out.replace(/<(i|u)>[a-z]<\/\1>/g, '').replace(/<[^>]*>/g, '')).toBe(text);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('is linear enough for a long article with many mentions', () => {
    const text = 'Слово '.repeat(200_000);
    const layers: Layer[] = [];
    for (let i = 0; i < 100_000; i++) layers.push({ start: i * 12, end: i * 12 + 5, rank: 3, open: '<mark>', close: '</mark>' });
    for (let i = 0; i < 1000; i++) layers.push({ start: i * 1200, end: i * 1200 + 900, rank: 2, open: '<q>', close: '</q>' });
    layers.push({ start: 0, end: text.length, rank: 0, open: '<p>', close: '</p>' });
    const t0 = performance.now();
    const out = nest(text, layers, writer(text));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(out.match(/<mark>/g)).toHaveLength(100_000);
  });
});
