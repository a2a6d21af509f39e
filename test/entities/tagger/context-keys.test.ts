import { describe, expect, it } from 'vitest';
import { baseWordKeys, BOS, contextKeys, EOS, type WordKeys } from '../../../src/entities/tagger/features.js';
import { combine, hashFeature, KeyBuffer } from '../../../src/entities/tagger/index.js';

/**
 * The context keys as the models were trained on them, written out feature by feature from the
 * templates (the per-word precomputed parts must give these very numbers, or every shipped
 * model would read other features than it learned).
 */
function referenceKeys(infos: readonly WordKeys[], i: number): number[] {
  const t = (name: string) => hashFeature(name);
  const n = infos.length;
  const me = infos[i]!;
  const prev = i > 0 ? infos[i - 1] : undefined;
  const next = i + 1 < n ? infos[i + 1] : undefined;
  const p1 = prev ? prev.id : BOS;
  const n1 = next ? next.id : EOS;
  const ps = prev ? prev.shapeId : BOS;
  const ns = next ? next.shapeId : EOS;
  const out = [
    combine(t('w-1'), p1),
    combine(t('w+1'), n1),
    combine(t('w-2'), i > 1 ? infos[i - 2]!.id : BOS),
    combine(t('w+2'), i + 2 < n ? infos[i + 2]!.id : EOS),
    combine(t('s-1'), ps),
    combine(t('s+1'), ns),
    combine(combine(t('s-1|s'), ps), me.shapeId),
    combine(combine(t('s|s+1'), me.shapeId), ns),
    combine(combine(t('w-1|s'), p1), me.shapeId),
    combine(combine(t('s|w+1'), me.shapeId), n1),
    combine(t('first'), i === 0 ? me.shapeId : hashFeature('-')),
  ];
  if (me.lower.length > 3) out.push(combine(t('x3-1'), prev ? prev.tail : BOS), combine(t('x3+1'), next ? next.tail : EOS));
  return out;
}

function keysOf(words: readonly string[]): number[][] {
  const infos: WordKeys[] = words.map((w) => {
    const base = baseWordKeys(w);
    return { ...base, own: Uint32Array.from(base.own) };
  });
  const buffer = new KeyBuffer();
  buffer.begin(words.length);
  for (let i = 0; i < words.length; i++) {
    contextKeys(infos, i, buffer);
    buffer.next();
  }
  const { keys, offsets } = buffer.finish();
  return words.map((_, i) => Array.from(keys.subarray(offsets[i]!, offsets[i + 1]!)));
}

describe('contextKeys', () => {
  it('gives the template keys for every position, short and long words, sentence edges', () => {
    for (const words of [['Вчера', 'в', 'Астане', 'выступил', 'Ли', 'Ян', '.'], ['Hi'], ['COVID-19', 'İstanbul'], ['а', 'б', 'в']]) {
      const infos: WordKeys[] = words.map((w) => ({ ...baseWordKeys(w), own: new Uint32Array() }));
      expect(keysOf(words)).toEqual(words.map((_, i) => referenceKeys(infos, i)));
    }
  });

  it('marks the word of a one-word sentence as first', () => {
    const [keys] = keysOf(['Алматы']);
    expect(keys).toContain(combine(hashFeature('first'), baseWordKeys('Алматы').shapeId));
  });
});
