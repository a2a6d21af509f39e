/**
 * Plain-text tables for the terminal: left-aligned text, right-aligned numbers.
 * @module
 */

/** A table cell: text, a number (printed with {@link formatNumber}), or empty. */
export type Cell = string | number | undefined | null;

/** Formats a number: integers as is, fractions with 3 decimals (NaN shows as `-`). */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '-';
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(3);
}

/** Formats a 0..1 share as a percentage with one decimal: `0.8734` → `87.3`. */
export function pct(value: number): string {
  return Number.isFinite(value) ? (value * 100).toFixed(1) : '-';
}

/**
 * Renders rows under a header, columns padded to their widest cell; a row `null` is a rule.
 * @example
 * ```ts
 * formatTable(['lang', 'acc'], [['ru', 0.5]]); // "lang    acc\n----  -----\nru    0.500"
 * ```
 */
export function formatTable(header: readonly string[], rows: readonly (readonly Cell[] | null)[]): string {
  const text = rows.map((row) => row?.map((cell) => cellText(cell)) ?? null);
  const numeric = header.map((_, i) => rows.some((row) => typeof row?.[i] === 'number'));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((row) => (row?.[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...text.map((row) => (row ? line(header.map((_, i) => row[i] ?? '')) : rule))].join('\n');
}

function cellText(cell: Cell): string {
  if (cell === undefined || cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell) : cell;
}
