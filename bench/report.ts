/**
 * Plain-text tables (aligned, numbers right-aligned) for the terminal, so a diff of two runs
 * in a PR is readable.
 * @module
 */

export type Cell = string | number;

/** Prints a titled table; numeric cells are right-aligned. */
export function table(title: string, head: string[], rows: Cell[][], notes: string[] = []): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const numeric = head.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^[-\d.,×%~]+[a-z%]*$|^—$/.test(String(r[c]))));
  const line = (r: string[]): string =>
    r.map((v, c) => (numeric[c] && c > 0 ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join('  ').trimEnd();
  console.log(`\n## ${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
  for (const n of notes) console.log(`  ${n}`);
}

/** A number with 3 significant digits and thousands grouped (12,300 / 45.6 / 0.789). */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return Math.round(value).toLocaleString('en-US');
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return value.toFixed(Math.min(decimals, 4));
}

export function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function kb(bytes: number): string {
  return bytes >= 1048576 ? `${fmt(bytes / 1048576)} MB` : `${fmt(bytes / 1024)} KB`;
}
