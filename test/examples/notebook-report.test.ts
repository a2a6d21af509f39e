// examples/notebook: the corpus statistics (analysis.mjs) and the script that stands in for the
// notebook where no JavaScript kernel is installed (report.mjs).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Enrichment } from 'news-enrich';
import { cooccurrence, countEntities, countKeywords, heatmapSvg, markdownTable } from '../../examples/notebook/analysis.mjs';

const NOTEBOOK = join(import.meta.dirname, '../../examples/notebook');

/** A minimal Enrichment with the given entities (id, type, name, mention count) and keywords. */
function enrichment(code: string, entities: Array<[string, string, string, number]>, keywords: string[] = []): Enrichment {
  return {
    language: { code },
    entities: entities.map(([id, type, name, mentions]) => ({ id, type, name, salience: 0.5, mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1 })) })),
    keywords: keywords.map((term) => ({ term, score: 1, mentions: [{ start: 0, end: 1 }] })),
  } as unknown as Enrichment;
}

const corpus = [
  enrichment('ru', [['country:KZ', 'country', 'Казахстан', 3], ['person:tokaev', 'person', 'Касым-Жомарт Токаев', 2]], ['уран']),
  enrichment('en', [['country:KZ', 'country', 'Kazakhstan', 1], ['country:FR', 'country', 'France', 1]], ['uranium']),
  enrichment('kk', [['country:KZ', 'country', 'Қазақстан', 1], ['person:tokaev', 'person', 'Қасым-Жомарт Тоқаев', 1], ['country:FR', 'country', 'Франция', 2]]),
];

describe('notebook analysis', () => {
  it('counts an entity once per article across languages, by id', () => {
    const countries = countEntities(corpus, 'country');
    expect(countries.map((c) => [c.key, c.articles, c.mentions])).toEqual([
      ['country:KZ', 3, 5],
      ['country:FR', 2, 3],
    ]);
    expect(countEntities(corpus, 'person')).toEqual([{ key: 'person:tokaev', label: 'Касым-Жомарт Токаев', articles: 2, mentions: 3 }]);
  });

  it('keeps keywords of different languages apart', () => {
    expect(countKeywords(corpus).map((k) => k.key)).toEqual(['en:uranium', 'ru:уран']);
  });

  it('builds a symmetric co-occurrence matrix with article counts on the diagonal', () => {
    const top = [...countEntities(corpus, 'country'), ...countEntities(corpus, 'person')];
    const { keys, matrix } = cooccurrence(corpus, top);
    expect(keys).toEqual(['country:KZ', 'country:FR', 'person:tokaev']);
    expect(matrix).toEqual([
      [3, 2, 2],
      [2, 2, 1],
      [2, 1, 2],
    ]);
  });

  it('renders tables and charts with the text escaped', () => {
    const table = markdownTable('name', [{ key: 'x:a|b', label: 'A | B', articles: 1, mentions: 2 }]);
    expect(table.split('\n')[2]).toBe('| A \\| B | `x:a\\|b` | 1 | 2 |');
    const svg = heatmapSvg({ keys: ['a', 'b'], labels: ['<A>', 'B & C'], matrix: [[1, 0], [0, 2]] });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain('&lt;A&gt;');
    expect(svg).toContain('B &amp; C');
    expect(svg).not.toContain('<A>');
  });
});

describe('report.mjs', () => {
  it('writes the markdown report and the SVG chart for examples/articles.jsonl', async () => {
    const out = mkdtempSync(join(tmpdir(), 'news-enrich-report-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [join(NOTEBOOK, 'report.mjs'), '--out', out]);
      const report = readFileSync(join(out, 'report.md'), 'utf8');
      expect(stdout.trim()).toBe(report.trim());
      expect(report).toContain('4 articles (ru, kk, en)');
      // Kazakhstan is written in Russian in one article and in English in another: one row, two articles.
      expect(report).toMatch(/\| (Kazakhstan|Казахстан) \| `country:KZ` \| 2 \|/);
      expect(report).toMatch(/\| Тимур Бекмуханов \| `person:timur-bekmuhanov` \| 1 \|/);
      expect(report).toMatch(/## Keywords\n\n\| keyword \| id \| articles \| mentions \|\n\| --- \| --- \| ---: \| ---: \|\n\| \S/);
      const svg = readFileSync(join(out, 'cooccurrence.svg'), 'utf8');
      expect(svg).toContain('Kazakhstan');
      expect(svg.match(/<rect /g)?.length).toBeGreaterThanOrEqual(9);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('notebook.ipynb', () => {
  // The notebook cannot run in CI (no Jupyter there); it must at least stay in step with analysis.mjs.
  const notebook = JSON.parse(readFileSync(join(NOTEBOOK, 'notebook.ipynb'), 'utf8')) as {
    metadata: { kernelspec: { name: string } };
    cells: Array<{ cell_type: string; source: string[] }>;
  };
  const code = notebook.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));

  it('is a tslab notebook whose cells use the functions report.mjs uses', async () => {
    expect(notebook.metadata.kernelspec.name).toBe('tslab');
    const imported = /const \{ ([\w, ]+) \} = await import\('\.\/analysis\.mjs'\)/.exec(code.join('\n'))?.[1]?.split(', ');
    const analysis = await import('../../examples/notebook/analysis.mjs');
    expect(imported).toBeDefined();
    for (const name of imported!) expect(typeof (analysis as Record<string, unknown>)[name]).toBe('function');
    for (const name of ['countEntities', 'countKeywords', 'cooccurrence', 'heatmapSvg', 'markdownTable']) {
      expect(code.join('\n')).toContain(`${name}(`);
    }
    expect(code.join('\n')).toContain("readFileSync('../articles.jsonl'");
  });
});
