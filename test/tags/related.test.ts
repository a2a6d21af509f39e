import { describe, expect, it } from 'vitest';
import { RelatedIndex, tagSimilarity } from '../../src/tags/index.js';

describe('tagSimilarity', () => {
  it('is 1 for the same tags, 0 for none shared, symmetric and in [0, 1]', () => {
    const a = ['country:KZ', 'person:emin-guseinov', 'keyword:ru:медиафорум'];
    const b = ['country:KZ', 'country:AZ'];
    expect(tagSimilarity(a, a)).toBeCloseTo(1);
    expect(tagSimilarity(a, ['country:US'])).toBe(0);
    expect(tagSimilarity(a, [])).toBe(0);
    expect(tagSimilarity(a, b)).toBeCloseTo(tagSimilarity(b, a));
    expect(tagSimilarity(a, b)).toBeGreaterThan(0);
    expect(tagSimilarity(a, b)).toBeLessThan(1);
  });

  it('weighs a shared person more than a shared keyword', () => {
    const base = ['person:aset-syzdykov', 'keyword:ru:экспорт'];
    expect(tagSimilarity(base, ['person:aset-syzdykov', 'keyword:ru:зерно'])).toBeGreaterThan(
      tagSimilarity(base, ['person:aigul-nur', 'keyword:ru:экспорт']),
    );
  });
});

describe('RelatedIndex', () => {
  const build = () =>
    new RelatedIndex()
      .add('forum', ['country:KZ', 'country:AZ', 'event:central-asian-media-forum'])
      .add('forum-2', ['country:KZ', 'event:central-asian-media-forum', 'person:emin-guseinov'])
      .add('grain', ['country:KZ', 'keyword:kk:астық'])
      .add('metro', ['place:almaty', 'keyword:en:metro']);

  it('ranks articles sharing rare tags first, explains the link, never returns the article itself', () => {
    const hits = build().query('forum', { top: 5 });
    expect(hits.map((h) => h.id)).toEqual(['forum-2', 'grain']);
    expect(hits[0]!.shared).toEqual(['country:KZ', 'event:central-asian-media-forum']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('removes and updates articles', () => {
    const index = build();
    expect(index.remove('forum-2')).toBe(true);
    expect(index.remove('forum-2')).toBe(false);
    expect(index.query('forum').map((h) => h.id)).toEqual(['grain']);
    index.update('metro', ['country:AZ', 'event:central-asian-media-forum']);
    expect(index.query('forum').map((h) => h.id)).toEqual(['metro', 'grain']);
    expect(index.frequency('place:almaty')).toBe(0);
  });

  it('ignores tags no other article carries: they cannot link, so they do not dilute a match', () => {
    const index = new RelatedIndex()
      .add('a', ['country:KZ', 'keyword:ru:зерно'])
      .add('b', ['country:KZ', 'keyword:ru:зерно', 'keyword:ru:урожай', 'keyword:ru:элеватор'])
      .add('c', ['country:KZ', 'keyword:ru:зерно', 'person:aset-syzdykov']);
    // b's and c's extra tags are theirs alone: both match a fully.
    expect(index.query('a').map((h) => h.score)).toEqual([1, 1]);
    // An outside query sharing such a tag is linked by it, and the score stays in [0, 1].
    const [hit] = index.query(['keyword:ru:элеватор', 'keyword:ru:урожай'], { top: 1 });
    expect(hit).toMatchObject({ id: 'b', shared: ['keyword:ru:урожай', 'keyword:ru:элеватор'] });
    expect(hit!.score).toBeLessThanOrEqual(1);
  });

  it('round-trips through JSON', () => {
    const index = build();
    const copy = RelatedIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    expect(copy.query('forum')).toEqual(index.query('forum'));
    expect(() => RelatedIndex.fromJSON({} as never)).toThrow(TypeError);
  });
});
