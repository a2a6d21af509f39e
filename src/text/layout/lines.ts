/**
 * Splits page text into lines with their offsets. Every later step of the layout works per line,
 * which keeps the whole analysis linear in the text's length.
 * @module
 */

/** One line of the page, trimmed. `start..end` is the trimmed content; empty when the line is blank. */
export interface Line {
  /** Index of the line in the page. */
  index: number;
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

// JS `\s` and String#trim agree on what counts as space (including NBSP and the BOM), so the
// offsets found here match what `trim()` would give.
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}

/** Splits `text` on `\n` (a `\r` before it is trimmed as space). Never throws; linear time. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i < n && text.charCodeAt(i) !== 10) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.push({ index: lines.length, start: s, end: e, text: text.slice(s, e) });
    lineStart = i + 1;
  }
  return lines;
}

/** The trimmed extent of the whole text: `[first non-space, last non-space + 1)`, or `[0, 0)`. */
export function trimmedExtent(text: string): { start: number; end: number } {
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s === e ? { start: 0, end: 0 } : { start: s, end: e };
}
