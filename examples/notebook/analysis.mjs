// Corpus statistics over enriched articles: the most frequent people, countries and keywords, and
// which entities appear together. Pure functions over Enrichment objects (no I/O), shared by
// report.mjs and the notebook's cells.

/**
 * @typedef {import('news-enrich').Enrichment} Enrichment
 * @typedef {{ key: string, label: string, articles: number, mentions: number }} Count
 * @typedef {{ keys: string[], labels: string[], matrix: number[][] }} Cooccurrence
 */

/**
 * Entities of one type counted across articles: in how many articles each appears, and how often.
 * Keyed by the entity id, so one person or country written in Russian, Kazakh and English counts
 * once; the label is the name most often given to it.
 * @param {readonly Enrichment[]} enrichments
 * @param {string} type - 'person', 'country', 'place', 'organization' or 'event'
 * @returns {Count[]} most frequent first (articles, then mentions, then label)
 */
export function countEntities(enrichments, type) {
  const counts = new Map();
  for (const enrichment of enrichments) {
    for (const entity of enrichment.entities) {
      if (entity.type !== type) continue;
      const count = counts.get(entity.id) ?? { key: entity.id, names: new Map(), articles: 0, mentions: 0 };
      count.articles += 1;
      count.mentions += entity.mentions.length;
      count.names.set(entity.name, (count.names.get(entity.name) ?? 0) + 1);
      counts.set(entity.id, count);
    }
  }
  return sortCounts([...counts.values()].map(({ key, names, articles, mentions }) => ({ key, label: mostFrequent(names), articles, mentions })));
}

/**
 * Keywords counted across articles, per language (a Russian and an English keyword never merge).
 * @param {readonly Enrichment[]} enrichments
 * @returns {Count[]} most frequent first; the key is `language:term`
 */
export function countKeywords(enrichments) {
  const counts = new Map();
  for (const enrichment of enrichments) {
    for (const keyword of enrichment.keywords) {
      const key = `${enrichment.language.code}:${keyword.term}`;
      const count = counts.get(key) ?? { key, label: keyword.term, articles: 0, mentions: 0 };
      count.articles += 1;
      count.mentions += keyword.mentions.length;
      counts.set(key, count);
    }
  }
  return sortCounts([...counts.values()]);
}

/**
 * How many articles each pair of the given entities shares: a symmetric matrix whose diagonal is
 * the number of articles the entity appears in.
 * @param {readonly Enrichment[]} enrichments
 * @param {readonly Count[]} entities - which entities, in which order (e.g. the top of countEntities)
 * @returns {Cooccurrence}
 */
export function cooccurrence(enrichments, entities) {
  const keys = entities.map((e) => e.key);
  const index = new Map(keys.map((key, i) => [key, i]));
  const matrix = keys.map(() => keys.map(() => 0));
  for (const enrichment of enrichments) {
    const present = [...new Set(enrichment.entities.map((e) => index.get(e.id)).filter((i) => i !== undefined))];
    for (const i of present) for (const j of present) matrix[i][j] += 1;
  }
  return { keys, labels: entities.map((e) => e.label), matrix };
}

/**
 * A markdown table of counts.
 * @param {string} heading - name of the first column
 * @param {readonly Count[]} counts
 * @param {number} [limit]
 */
export function markdownTable(heading, counts, limit = 10) {
  const rows = counts.slice(0, limit).map((c) => `| ${escapeCell(c.label)} | \`${escapeCell(c.key)}\` | ${c.articles} | ${c.mentions} |`);
  return [`| ${heading} | id | articles | mentions |`, '| --- | --- | ---: | ---: |', ...rows].join('\n');
}

/**
 * The co-occurrence matrix as an SVG heat map: one row and one column per entity, darker cells
 * for more shared articles, the count written in each non-empty cell.
 * @param {Cooccurrence} data
 * @param {{ cell?: number, labelWidth?: number, title?: string }} [options]
 */
export function heatmapSvg({ labels, matrix }, options = {}) {
  const cell = options.cell ?? 28;
  const labelWidth = options.labelWidth ?? 190;
  const title = options.title ?? 'Entities appearing in the same articles';
  const top = labelWidth + 30;
  const size = labels.length * cell;
  // The column labels lean right past the last column: leave them room.
  const width = labelWidth + size + Math.round(labelWidth / 2);
  const height = top + size + 20;
  const max = Math.max(1, ...matrix.flat());
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="10" y="20" font-size="14" font-weight="600">${escapeXml(title)}</text>`,
  ];
  labels.forEach((label, i) => {
    const y = top + i * cell + cell / 2 + 4;
    const x = labelWidth + i * cell + cell / 2 + 4;
    parts.push(`<text x="${labelWidth - 6}" y="${y}" text-anchor="end">${escapeXml(label)}</text>`);
    parts.push(`<text transform="translate(${x} ${top - 6}) rotate(-60)">${escapeXml(label)}</text>`);
  });
  matrix.forEach((row, i) =>
    row.forEach((value, j) => {
      const x = labelWidth + j * cell;
      const y = top + i * cell;
      const shade = value === 0 ? '#f6f8fa' : `rgba(31, 111, 235, ${(0.15 + 0.85 * (value / max)).toFixed(2)})`;
      parts.push(`<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" rx="3" fill="${shade}"><title>${escapeXml(`${labels[i]} + ${labels[j]}: ${value}`)}</title></rect>`);
      if (value > 0) parts.push(`<text x="${x + cell / 2 - 1}" y="${y + cell / 2 + 3}" text-anchor="middle" fill="${value / max > 0.5 ? '#fff' : '#1f2328'}">${value}</text>`);
    }),
  );
  parts.push('</svg>');
  return parts.join('\n');
}

function sortCounts(counts) {
  return counts.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.label.localeCompare(b.label));
}

function mostFrequent(names) {
  return [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

function escapeCell(value) {
  return String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function escapeXml(value) {
  return String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
