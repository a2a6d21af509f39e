// The same story in Russian, Kazakh and English meets through language-independent tags.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnricher, RelatedIndex } from '../../src/index.js';
import { DECOYS, STORIES } from '../fixtures/cross-lingual-stories.js';

const all = [...STORIES, ...DECOYS];
const idOf = (i: number) => `${all[i]!.story}/${all[i]!.lang}`;
let index: RelatedIndex;

beforeAll(async () => {
  const enricher = await createEnricher();
  index = new RelatedIndex();
  all.forEach((version, i) => index.add(idOf(i), enricher.enrich({ text: version.text, lang: version.lang })));
});

describe('cross-lingual related articles', () => {
  it('finds the other two language versions of a story in its top 2 for most versions', () => {
    const misses: string[] = [];
    STORIES.forEach((version, i) => {
      const top = index.query(idOf(i), { top: 2 }).map((hit) => hit.id.split('/')[0]);
      const found = top.filter((story) => story === version.story).length;
      if (found < 2) misses.push(`${idOf(i)} → ${top.join(', ')}`);
    });
    // 15 versions; the bar is 12 (80%) so one weak recognizer cannot hide behind the others.
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(3);
  });

  it('never ranks a decoy first for a story', () => {
    STORIES.forEach((_, i) => {
      const first = index.query(idOf(i), { top: 1 })[0];
      if (first) expect(first.id.startsWith('decoy')).toBe(false);
    });
  });
});
