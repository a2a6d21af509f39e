import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/index.js';
import { articleOf, assertWellNested, at, emptyEnrichment, visibleText } from './helpers.js';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '&amp; &lt;'];

describe('toHtml escapes everything that comes from the text or the Enrichment', () => {
  const text = `В Астане ${HOSTILE[0]} заявил "${HOSTILE[1]}" и ${HOSTILE[2]} ${HOSTILE[3]}.\n\n«Цитата ${HOSTILE[0]}», — сказал ${HOSTILE[1]}.`;
  const quote = at(text, `Цитата ${HOSTILE[0]}`);
  const enrichment = emptyEnrichment({
    id: HOSTILE[1],
    language: { code: `ru"><script>`, confidence: 0.5, paragraphs: [] },
    body: {
      start: 0,
      end: text.length,
      title: HOSTILE[0],
      byline: { author: HOSTILE[1]!, role: HOSTILE[2] },
      chrome: [{ ...at(text, HOSTILE[3]!), kind: HOSTILE[1] as never }].map(({ start, end, kind }) => ({ start, end, kind })),
    },
    entities: [
      { id: HOSTILE[2]!, type: HOSTILE[1] as never, name: HOSTILE[0]!, role: HOSTILE[1], salience: 1,
        mentions: [{ ...at(text, 'Астане'), kind: HOSTILE[2] as never, normal: HOSTILE[1] }, { ...at(text, HOSTILE[0]!), kind: 'name' }] },
      { id: HOSTILE[1]!, type: 'person', name: HOSTILE[2]!, salience: 1, mentions: [{ ...at(text, HOSTILE[1]!), kind: 'name', normal: HOSTILE[0] }, { ...at(text, HOSTILE[2]!), kind: 'name' }] },
    ],
    quotes: [{ ...quote, kind: HOSTILE[1] as never, speaker: { name: HOSTILE[0]!, id: HOSTILE[1] }, cue: 'сказал', cueStart: text.indexOf('сказал') }],
    keywords: [{ term: HOSTILE[0]!, score: 1, mentions: [] }],
    tags: [...HOSTILE, `${HOSTILE[1]}:x`],
  });

  for (const standalone of [true, false]) {
    it(`lets no tag, attribute or handler through (${standalone ? 'page' : 'fragment'})`, () => {
      const html = toHtml(enrichment, text, { standalone, title: HOSTILE[1] });
      assertWellNested(html); // every tag well formed, only our attributes, double-quoted, no raw < in text
      expect(html).not.toMatch(/<script|<img/i);
      // Handlers survive only as visible text, never as an attribute of a tag.
      const tags = html.match(/<[^>]*>/g)!.map((tag) => tag.replace(/="[^"]*"/g, '=""'));
      expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
      expect(html.replace(/<style>[^<]*<\/style>/, '')).not.toContain("'");
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&amp;amp; &amp;lt;');
      expect(visibleText(html)).toBe(text);
    });
  }

  it('keeps hostile types and kinds out of class names', () => {
    const article = articleOf(toHtml(enrichment, text));
    for (const m of article.matchAll(/class="([^"]*)"/g)) expect(m[1]).toMatch(/^[a-z0-9 -]+$/);
    expect(article).toContain('class="ne-ent ne-other ne-k-name"');
  });

  it('escapes the title and the tooltips', () => {
    const html = toHtml(enrichment, text);
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('title="&lt;script&gt;alert(1)&lt;/script&gt; (&quot;&gt;&lt;img src=x onerror=alert(1)&gt;)&#10;&#39; onmouseover=&#39;alert(1)');
  });
});
