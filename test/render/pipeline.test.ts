import { describe, expect, it } from 'vitest';
import { createEnricher, toHtml } from '../../src/index.js';
import { parseArgs, USAGE } from '../../src/cli/args.js';
import { articleOf, assertWellNested, visibleText } from './helpers.js';

const ARTICLE = [
  'Главная / Экономика',
  '',
  'В Караганде открыли новый завод',
  '',
  'В Караганде в понедельник открыли завод по выпуску вагонов. На церемонии присутствовал аким области Ермаганбет Булекпаев.',
  '',
  '«Завод даст работу полутора тысячам жителей региона», — сказал Булекпаев.',
  '',
  'Первые вагоны отправят в Узбекистан и Китай уже летом.',
].join('\n');

describe('toHtml on the real pipeline', () => {
  it('renders an enriched Russian article without throwing, keeping its text', async () => {
    const enricher = await createEnricher();
    const enrichment = enricher.enrich(ARTICLE);
    const html = toHtml(enrichment, ARTICLE);
    assertWellNested(html);
    expect(visibleText(html)).toBe(ARTICLE);
    expect(html).toContain('<html lang="ru">');
    // Whatever the pipeline finds, each entity it reports is drawn in the article.
    for (const entity of enrichment.entities) expect(articleOf(html)).toContain(`data-entity="${entity.id}"`);
    expect(articleOf(html).match(/data-quote="\d+"/g)?.length ?? 0).toBeGreaterThanOrEqual(enrichment.quotes.length);

    const fromHtml = enricher.enrich({ html: `<h1>Новости</h1><p>${ARTICLE.replace(/\n\n/g, '</p><p>')}</p>` });
    expect(typeof fromHtml.text).toBe('string');
    assertWellNested(toHtml(fromHtml, 'ignored: offsets refer to enrichment.text'));
  });
});

describe('news-enrich --html', () => {
  it('parses --html and refuses it with --jsonl or related', () => {
    expect(parseArgs(['--html', 'a.txt'])).toMatchObject({ html: true, files: ['a.txt'] });
    expect(parseArgs(['a.txt']).html).toBe(false);
    expect(() => parseArgs(['--html', '--jsonl', 'a.jsonl'])).toThrow(/--html renders one article/);
    expect(() => parseArgs(['related', '--jsonl', 'a.jsonl', '--html'])).toThrow(/--html/);
    expect(USAGE).toContain('news-enrich --html');
  });
});
