/**
 * Well-nested markup over overlapping spans. A mention may sit inside a quote, a quote may cross
 * a chrome span or a paragraph break, two mentions may nest: HTML needs a tree. The text is cut
 * at every span boundary; within each piece the set of open spans is constant, so the renderer
 * keeps a stack, closes what the next piece does not share and opens the rest. A span that
 * crosses a boundary of an outer one is split into pieces, each a complete element.
 * @module
 */

/** One element to wrap around `[start, end)` of the text. */
export interface Layer {
  start: number;
  end: number;
  /** Lower ranks are outer: rank 0 are the roots (paragraphs); text outside every root is a gap. */
  rank: number;
  /** The opening tag, repeated for every piece of a split span. */
  open: string;
  /** The closing tag. */
  close: string;
  /** HTML written after the opening tag of the first piece only (a label). */
  before?: string;
  /** HTML written before the closing tag of the last piece only (a speaker, a type label). */
  after?: string;
}

/** How the text between boundaries is written. */
export interface PieceWriter {
  /** Text inside a root layer, already escaped. */
  text(from: number, to: number): string;
  /** Text outside every root layer (whitespace between paragraphs), written with every element closed. */
  gap(from: number, to: number): string;
}

/**
 * Renders `layers` over `text` as well-nested HTML. Offsets are clamped to the text; empty and
 * non-numeric spans are dropped. Time is O(m log m) for m spans plus the size of the output: the
 * text is sliced once per piece and the parts are joined once, so long texts stay linear.
 */
export function nest(text: string, layers: readonly Layer[], write: PieceWriter): string {
  const length = text.length;
  const items: Layer[] = [];
  for (const layer of layers) {
    const start = clamp(layer.start, length);
    const end = clamp(layer.end, length);
    if (start === undefined || end === undefined || end <= start) continue;
    items.push(start === layer.start && end === layer.end ? layer : { ...layer, start, end });
  }
  // Outer first: lower rank, then earlier start, then longer span; input order breaks ties.
  const byNesting = items.map((_, i) => i).sort((a, b) => compareNesting(items[a]!, items[b]!) || a - b);
  const order = new Array<number>(items.length);
  byNesting.forEach((index, position) => (order[index] = position));
  const starts = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start);
  const ends = items.map((_, i) => i).sort((a, b) => items[a]!.end - items[b]!.end);
  const cuts = new Set<number>([0, length]);
  for (const item of items) cuts.add(item.start).add(item.end);
  const boundaries = [...cuts].sort((a, b) => a - b);

  const out: string[] = [];
  let active: number[] = [];
  let stack: number[] = [];
  let s = 0;
  let e = 0;
  const closeTo = (keep: number, at: number) => {
    for (let j = stack.length - 1; j >= keep; j--) {
      const item = items[stack[j]!]!;
      if (item.end === at && item.after) out.push(item.after);
      out.push(item.close);
    }
  };
  for (let b = 0; b < boundaries.length - 1; b++) {
    const at = boundaries[b]!;
    const next = boundaries[b + 1]!;
    if (e < ends.length && items[ends[e]!]!.end <= at) {
      const ended = new Set<number>();
      while (e < ends.length && items[ends[e]!]!.end <= at) ended.add(ends[e++]!);
      active = active.filter((i) => !ended.has(i));
    }
    while (s < starts.length && items[starts[s]!]!.start <= at) insertByOrder(active, starts[s++]!, order);
    const rooted = active.length > 0 && items[active[0]!]!.rank === 0;
    const target = rooted ? active : [];
    let keep = 0;
    while (keep < stack.length && keep < target.length && stack[keep] === target[keep]) keep++;
    closeTo(keep, at);
    for (let j = keep; j < target.length; j++) {
      const item = items[target[j]!]!;
      out.push(item.open);
      if (item.start === at && item.before) out.push(item.before);
    }
    stack = target.slice();
    out.push(rooted ? write.text(at, next) : write.gap(at, next));
  }
  closeTo(0, length);
  return out.join('');
}

function compareNesting(a: Layer, b: Layer): number {
  return a.rank - b.rank || a.start - b.start || b.end - a.end;
}

function insertByOrder(active: number[], index: number, order: readonly number[]): void {
  let j = active.length;
  while (j > 0 && order[active[j - 1]!]! > order[index]!) j--;
  active.splice(j, 0, index);
}

function clamp(value: number, length: number): number | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  return Math.max(0, Math.min(length, Math.floor(value)));
}
