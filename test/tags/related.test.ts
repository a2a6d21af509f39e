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

describe('tagSimilarity with corpus frequencies', () => {
  const counts = new Map([
    ['country:KZ', 90],
    ['keyword:ru:зерно', 4],
    ['keyword:ru:элеватор', 2],
    ['keyword:ru:урожай', 1],
    ['person:aset-syzdykov', 1],
  ]);
  const stats = { documents: 100, frequency: (tag: string) => counts.get(tag) ?? 0 };
  const a = ['country:KZ', 'keyword:ru:зерно', 'keyword:ru:урожай'];
  const b = ['country:KZ', 'keyword:ru:зерно', 'keyword:ru:элеватор', 'person:aset-syzdykov'];

  it('is symmetric, in [0, 1], 1 for itself and the same every time', () => {
    expect(tagSimilarity(a, b, stats)).toBeCloseTo(tagSimilarity(b, a, stats), 12);
    expect(tagSimilarity(a, b, stats)).toBeGreaterThan(0);
    expect(tagSimilarity(a, b, stats)).toBeLessThan(1);
    expect(tagSimilarity(b, b, stats)).toBeCloseTo(1, 12);
    expect(tagSimilarity(a, b, stats)).toBe(tagSimilarity([...a, ...a], b, stats));
  });

  it('leaves out of the norms the tags no other article carries, unless the two share them', () => {
    // a's "урожай" and b's Syzdykov are in one article each: they cannot link, so they do not count.
    expect(tagSimilarity(a, b, stats)).toBeCloseTo(tagSimilarity(['country:KZ', 'keyword:ru:зерно'], b.slice(0, 3), stats), 12);
    // Shared, such a tag links the two after all.
    expect(tagSimilarity(['keyword:ru:урожай'], ['keyword:ru:урожай', 'country:KZ'], stats)).toBeGreaterThan(0.9);
  });

  it('a common country links less than a rare keyword', () => {
    const base = ['country:KZ', 'keyword:ru:элеватор'];
    expect(tagSimilarity(base, ['keyword:ru:элеватор', 'country:US'], stats)).toBeGreaterThan(tagSimilarity(base, ['country:KZ', 'country:US'], stats));
  });

  it('never throws on bad input', () => {
    expect(tagSimilarity(null as never, b, stats)).toBe(0);
    expect(tagSimilarity(a, undefined as never)).toBe(0);
  });
});

describe('RelatedIndex widened queries', () => {
  // q is about a grain harvest. "near" shares all its words and more of the theme; "theme" shares
  // one word with q and the theme's other words with "near"; "other" shares one word with q and
  // otherwise is about something else.
  const build = () =>
    new RelatedIndex()
      .add('q', ['keyword:ru:зерно', 'keyword:ru:урожай', 'keyword:ru:засуха'])
      .add('near', ['keyword:ru:зерно', 'keyword:ru:урожай', 'keyword:ru:засуха', 'keyword:ru:элеватор', 'keyword:ru:пшеница'])
      .add('theme', ['keyword:ru:урожай', 'keyword:ru:элеватор', 'keyword:ru:пшеница', 'keyword:ru:экспорт'])
      .add('other', ['keyword:ru:засуха', 'keyword:ru:пожар', 'keyword:ru:лес'])
      .add('pad-1', ['keyword:ru:экспорт', 'keyword:ru:пожар', 'keyword:ru:лес'])
      .add('pad-2', ['country:US']);

  it('ranks an article on the same theme above one that shares as many words with the query', () => {
    const index = build();
    const plain = index.query('q', { expand: false });
    const widened = index.query('q');
    expect(plain.map((h) => h.id)).toEqual(['near', 'other', 'theme']);
    expect(widened.map((h) => h.id)).toEqual(['near', 'theme', 'other']);
    for (const hit of widened) expect(hit.score).toBeLessThanOrEqual(1);
    expect(widened.find((h) => h.id === 'theme')!.shared).toEqual(['keyword:ru:урожай']);
  });

  it('answers queries by tag list and ignores bad input without throwing', () => {
    const index = build();
    expect(index.query(['keyword:ru:элеватор', 'keyword:ru:пшеница'], { top: 2 }).map((h) => h.id).sort()).toEqual(['near', 'theme']);
    expect(index.query(['unknown:tag', 5 as never])).toEqual([]);
    expect(index.query('missing')).toEqual([]);
    expect(index.query('q', { top: 0 })).toEqual([]);
    index.add('empty', null as never);
    expect(index.query('empty')).toEqual([]);
  });
});
