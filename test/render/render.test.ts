import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/index.js';
import type { Enrichment } from '../../src/types.js';
import { articleOf, assertWellNested, at, emptyEnrichment, marks, visibleText } from './helpers.js';

const RU = 'Президент Казахстана Касым-Жомарт Токаев прибыл в Бишкек на саммит ШОС.\n\nКазахстанская делегация провела переговоры.';

function ruEnrichment(): Enrichment {
  return emptyEnrichment({
    language: { code: 'ru', confidence: 0.93, paragraphs: [] },
    body: { start: 0, end: RU.length, chrome: [] },
    entities: [
      { id: 'person:kasym-zhomart-tokaev', type: 'person', name: 'Касым-Жомарт Токаев', role: 'Президент', salience: 0.9,
        mentions: [{ ...at(RU, 'Касым-Жомарт Токаев'), kind: 'name' }, { ...at(RU, 'Президент'), kind: 'role' }] },
      { id: 'country:KZ', type: 'country', name: 'Казахстан', salience: 0.8,
        mentions: [{ ...at(RU, 'Казахстана'), kind: 'name', normal: 'Казахстан' }, { ...at(RU, 'Казахстанская'), kind: 'adjective' }] },
      { id: 'place:bishkek', type: 'place', name: 'Бишкек', salience: 0.5, mentions: [{ ...at(RU, 'Бишкек'), kind: 'name' }] },
      { id: 'event:shos-summit', type: 'event', name: 'саммит ШОС', salience: 0.4, mentions: [{ ...at(RU, 'саммит ШОС'), kind: 'name' }] },
      { id: 'org:sco', type: 'organization', name: 'ШОС', salience: 0.4, mentions: [{ ...at(RU, 'ШОС'), kind: 'name' }] },
    ],
    keywords: [{ term: 'саммит', score: 3.14159, mentions: [] }],
    tags: ['person:kasym-zhomart-tokaev', 'country:KZ', 'keyword:ru:саммит'],
  });
}

describe('toHtml: mentions', () => {
  it('wraps each mention in a <mark> with its type and kind, names lighter kinds apart', () => {
    const html = toHtml(ruEnrichment(), RU);
    assertWellNested(html);
    const found = marks(html).map((m) => `${m.text}|${m.cls}`);
    expect(found).toContain('Президент|ne-ent ne-person ne-k-role');
    expect(found).toContain('Казахстана|ne-ent ne-country ne-k-name');
    expect(found).toContain('Касым-Жомарт Токаев|ne-ent ne-person ne-k-name');
    expect(found).toContain('Бишкек|ne-ent ne-place ne-k-name');
    expect(found).toContain('Казахстанская|ne-ent ne-country ne-k-adjective');
    expect(found).toContain('ШОС|ne-ent ne-organization ne-k-name');
    expect(visibleText(html)).toBe(RU);
  });

  it('puts the normal name and id in the tooltip', () => {
    const article = articleOf(toHtml(ruEnrichment(), RU));
    // A mention's form equal to the entity's name is not repeated.
    expect(article).toContain('data-entity="country:KZ" title="Казахстан (country)&#10;country:KZ">');
    expect(article).toContain('title="Касым-Жомарт Токаев (person)&#10;person:kasym-zhomart-tokaev&#10;role: Президент&#10;mention: role"');
  });

  it('nests a mention inside a longer one (ШОС inside «саммит ШОС»)', () => {
    const article = articleOf(toHtml(ruEnrichment(), RU));
    expect(article).toMatch(/<mark class="ne-ent ne-event ne-k-name"[^>]*>саммит <mark class="ne-ent ne-organization ne-k-name"[^>]*>ШОС<span class="ne-label">org<\/span><\/mark><span class="ne-label">event<\/span><\/mark>/);
  });

  it('header, tags as chips and keywords', () => {
    const html = toHtml(ruEnrichment(), RU, { title: 'Визит' });
    expect(html).toContain('<title>Визит</title>');
    expect(html).toContain('<h1>Визит</h1>');
    expect(html).toContain('<span class="ne-lang">ru</span> · 93%');
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<li class="ne-chip ne-chip-country">country:KZ</li>');
    expect(html).toContain('<li class="ne-chip ne-chip-keyword">keyword:ru:саммит</li>');
    expect(html).toContain('<li>саммит<span class="ne-score">3.14</span></li>');
  });

  it('is deterministic', () => {
    expect(toHtml(ruEnrichment(), RU)).toBe(toHtml(ruEnrichment(), RU));
  });
});

describe('toHtml: quotes', () => {
  const text = 'Әкім Ерлан Қосанов: «Алматы мен Астана арасында жаңа жол салынады», – деді ол.';
  const quote = at(text, 'Алматы мен Астана арасында жаңа жол салынады');
  const crossing = { start: quote.start - 3, end: quote.start + 6, text: text.slice(quote.start - 3, quote.start + 6) };
  const enrichment = emptyEnrichment({
    language: { code: 'kk', confidence: 0.8, paragraphs: [] },
    body: { start: 0, end: text.length, chrome: [] },
    entities: [
      { id: 'place:almaty', type: 'place', name: 'Алматы', salience: 0.5, mentions: [{ ...at(text, 'Алматы'), kind: 'name' }] },
      { id: 'place:astana', type: 'place', name: 'Астана', salience: 0.5, mentions: [{ ...at(text, 'Астана'), kind: 'name' }] },
      // A mention that starts before the quote and ends inside it (a bad span, but the tree must hold).
      { id: 'place:odd', type: 'place', name: 'odd', salience: 0.1, mentions: [{ ...crossing, kind: 'name' }] },
      { id: 'person:erlan-kosanov', type: 'person', name: 'Ерлан Қосанов', salience: 0.7, mentions: [{ ...at(text, 'Ерлан Қосанов'), kind: 'name' }, { ...at(text, 'ол'), kind: 'pronoun' }] },
    ],
    quotes: [{ ...quote, kind: 'direct', speaker: { name: 'Ерлан Қосанов', id: 'person:erlan-kosanov' }, cue: 'деді', cueStart: text.indexOf('деді') }],
  });

  it('marks the quote, shows the speaker after it and nests mentions inside it', () => {
    const html = toHtml(enrichment, text);
    const { open } = assertWellNested(articleOf(html));
    const article = articleOf(html);
    expect(open.p).toBe(1);
    expect(article).toContain('<span class="ne-quote ne-quote-direct" data-quote="1"');
    expect(article).toMatch(/<span class="ne-quote[^>]*>(?:(?!<\/span>).)*<mark class="ne-ent ne-place ne-k-name" data-entity="place:almaty"/);
    expect(article).toMatch(/салынады<span class="ne-speaker" title="Ерлан Қосанов \(person:erlan-kosanov\)">— Ерлан Қосанов<\/span><\/span>/);
    expect(article).toContain('<span class="ne-cue" title="cue of quote 1">деді</span>');
    expect(visibleText(html)).toBe(text);
  });

  it('splits a mention that crosses the quote start into two well-nested pieces, labelled once', () => {
    const article = articleOf(toHtml(enrichment, text));
    expect(article.match(/data-entity="place:odd"/g)).toHaveLength(2);
    expect(article.match(/<span class="ne-label">place<\/span>/g)).toHaveLength(3); // Алматы, Астана, odd once
  });

  it('keeps a quote over two paragraphs as two pieces, the speaker after the last', () => {
    const t = 'Вступление.\n\n«Первый абзац цитаты.\n\nВторой абзац цитаты», - сказал Серик Ахметов.';
    const q = at(t, 'Первый абзац цитаты.\n\nВторой абзац цитаты');
    const html = toHtml(emptyEnrichment({ quotes: [{ ...q, kind: 'indirect', speaker: { name: 'Серик Ахметов' } }] }), t);
    const { open } = assertWellNested(articleOf(html));
    expect(open.p).toBe(3);
    expect(articleOf(html).match(/class="ne-quote ne-quote-indirect"/g)).toHaveLength(2);
    expect(articleOf(html).match(/ne-speaker/g)).toHaveLength(1);
    expect(visibleText(html)).toBe(t);
  });

  it('shows an unknown speaker', () => {
    const t = '"We will build it," the statement said.';
    const html = toHtml(emptyEnrichment({ quotes: [{ ...at(t, 'We will build it'), kind: 'direct' }] }), t);
    expect(articleOf(html)).toContain('<span class="ne-speaker ne-unknown">— ?</span>');
  });
});

describe('toHtml: layout', () => {
  const text = 'Home / World / Asia\n\nAlmaty opens a new metro line\n\nThe city of Almaty opened a metro line on Monday.\nTrains run every seven minutes.\n\nShare: Facebook Telegram';
  const chrome = [
    { ...at(text, 'Home / World / Asia'), kind: 'navigation' as const },
    { ...at(text, 'Almaty opens a new metro line'), kind: 'headline' as const },
    { ...at(text, 'Share: Facebook Telegram'), kind: 'share' as const },
  ].map(({ start, end, kind }) => ({ start, end, kind }));
  const bodyStart = text.indexOf('The city');
  const enrichment = emptyEnrichment({
    language: { code: 'en', confidence: 0.99, paragraphs: [] },
    body: { start: bodyStart, end: text.indexOf('\n\nShare'), title: 'Almaty opens a new metro line', chrome },
    entities: [{ id: 'place:almaty', type: 'place', name: 'Almaty', salience: 1, mentions: [{ ...at(text, 'Almaty'), kind: 'name' }, { ...at(text, 'Almaty', 1), kind: 'name' }] }],
  });

  it('dims chrome with its kind, sets the body apart and breaks lines and paragraphs', () => {
    const html = toHtml(enrichment, text);
    assertWellNested(html);
    const article = articleOf(html);
    expect(article).toContain('<p class="ne-p ne-outside"><span class="ne-chrome ne-chrome-navigation" title="page chrome: navigation"><span class="ne-badge">navigation</span>Home / World / Asia</span></p>');
    expect(article).toMatch(/<p class="ne-p ne-outside"><span class="ne-chrome ne-chrome-headline"[^>]*><span class="ne-badge">headline<\/span><mark class="ne-ent ne-place/);
    expect(article).toContain('<p class="ne-p ne-in-body">The city of <mark');
    expect(article).toContain('Monday.<br>\nTrains');
    expect(article).toContain('<span class="ne-chrome ne-chrome-share"');
    expect(article.match(/<p /g)).toHaveLength(4);
    expect(html).toContain('<h1>Almaty opens a new metro line</h1>');
    expect(visibleText(html)).toBe(text);
  });

  it('renders a <div> fragment, with or without its stylesheet', () => {
    const fragment = toHtml(enrichment, text, { standalone: false });
    expect(fragment).not.toMatch(/<!doctype|<html[\s>]|<head>|<body[\s>]/i);
    expect(fragment).toMatch(/^<style>\n\.ne-render\{/);
    expect(fragment).toContain('<div class="ne-render">');
    assertWellNested(fragment);
    const bare = toHtml(enrichment, text, { standalone: false, styles: false });
    expect(bare.startsWith('<div class="ne-render">')).toBe(true);
    expect(bare.trimEnd().endsWith('</div>')).toBe(true);
  });

  it('renders a standalone page by default', () => {
    const html = toHtml(enrichment, text);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('uses enrichment.text (HTML input) over the caller string', () => {
    const html = toHtml({ ...enrichment, text }, '<p>the raw page</p>');
    expect(visibleText(html)).toBe(text);
  });
});

describe('toHtml: empty and odd input', () => {
  it('renders an empty enrichment over text, and over no text', () => {
    const text = 'Бүгін ауа райы жақсы.\n\nЕртең жаңбыр жауады.';
    const html = toHtml(emptyEnrichment(), text);
    const { open } = assertWellNested(html);
    expect(open.mark ?? 0).toBe(6); // the legend's swatches only
    expect(marks(html)).toEqual([]);
    expect(articleOf(html)).toContain('<p class="ne-p">Бүгін ауа райы жақсы.</p>');
    expect(html).toContain('no entities');
    expect(html).toContain('no tags');
    expect(html).not.toContain('lang="und"');
    expect(visibleText(html)).toBe(text);
    const none = toHtml(emptyEnrichment(), '');
    assertWellNested(none);
    expect(articleOf(none)).toBe('<article class="ne-article">\n</article>');
  });

  it('drops spans outside the text, empty and reversed, and survives missing fields', () => {
    const text = 'Short text.';
    const odd = emptyEnrichment({
      entities: [{ id: 'x', type: 'place', name: 'x', salience: 0, mentions: [
        { start: -5, end: 3, text: '', kind: 'name' }, { start: 6, end: 400, text: '', kind: 'name' },
        { start: 4, end: 4, text: '', kind: 'name' }, { start: 5, end: 2, text: '', kind: 'name' },
        { start: Number.NaN, end: 2, text: '', kind: 'name' },
      ] }],
    });
    const html = toHtml(odd, text);
    assertWellNested(html);
    expect(marks(html).map((m) => m.text)).toEqual(['Sho', 'text.']);
    const partial = { language: { code: 'en', confidence: 1, paragraphs: [] } } as unknown as Enrichment;
    expect(visibleText(toHtml(partial, text))).toBe(text);
  });

  it('throws a TypeError that says what it expected', () => {
    expect(() => toHtml(emptyEnrichment(), 42 as unknown as string)).toThrow(/toHtml\(\): expected the article text \(a string\).*got number/);
    expect(() => toHtml(null as unknown as Enrichment, 'x')).toThrow(/expected an Enrichment object.*got null/);
  });
});

describe('toHtml: paragraph languages', () => {
  it('marks a paragraph in another language with its code, and leaves the article language alone', () => {
    const text = 'Аким встретился с фермерами.\n\nФермерлер жаңа техника сатып алды.';
    const second = text.indexOf('Фермерлер');
    const html = toHtml(emptyEnrichment({
      language: { code: 'ru', confidence: 0.7, paragraphs: [{ start: 0, end: 28, code: 'ru' }, { start: second, end: text.length, code: 'kk' }, { start: 0, end: 3, code: 'x"y' }] },
    }), text);
    assertWellNested(html);
    const article = articleOf(html);
    expect(article).toContain('<p class="ne-p">Аким');
    expect(article).toContain('<p class="ne-p"><span class="ne-foreign" lang="kk" title="paragraph language: kk"><span class="ne-badge ne-badge-lang">kk</span>Фермерлер');
    expect(article.match(/ne-foreign/g)).toHaveLength(1);
    expect(visibleText(html)).toBe(text);
  });
});

describe('toHtml: line breaks', () => {
  it('treats \\r\\n and \\r like \\n: one <br> inside a paragraph, a blank line between paragraphs', () => {
    const text = 'Первая строка\r\nвторая строка\r\n\r\nНовый абзац\rещё строка';
    const article = articleOf(toHtml(emptyEnrichment(), text));
    expect(article).toBe('<article class="ne-article">\n<p class="ne-p">Первая строка<br>\nвторая строка</p>\n\n<p class="ne-p">Новый абзац<br>\nещё строка</p>\n</article>');
    // A span that ends between \r and \n does not make two breaks.
    const cut = text.indexOf('\r\n') + 1;
    const split = toHtml(emptyEnrichment({ entities: [{ id: 'x', type: 'place', name: 'x', salience: 0, mentions: [{ start: 0, end: cut, text: '', kind: 'name' }] }] }), text);
    expect(articleOf(split).match(/<br>/g)).toHaveLength(2);
  });
});
