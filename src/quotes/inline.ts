/**
 * Attribution frames inside a run of text without quote marks: dialogue lines
 * ("- Q1, - сказал он. - Q2") and paragraphs whose marks were lost ("Q, - деді X.").
 * @module
 */
import type { Span } from '../types.js';
import type { CueLexicon } from './cues/index.js';
import { frameAt, type Frame } from './frame.js';
import { isSpace, tokensAfter } from './scan.js';

/** A frame found inside a text run: the quote before it ends at `quoteEnd`; the frame's words end at `end`. */
export interface InlineFrame {
  quoteEnd: number;
  frame: Frame;
  /** Where the next quote part may start (after ", - " or ". - " following the frame), or -1. */
  resume: number;
  /** End of the frame's sentence. */
  end: number;
}

/**
 * Frames of `[start, end)`: a spaced dash after `,` `?` `!` `.` or `…` followed by a cue.
 * Each dash is examined once with a bounded window, so the cost is linear.
 */
export function inlineFrames(text: string, span: Span, lex: CueLexicon, lang: string): InlineFrame[] {
  const out: InlineFrame[] = [];
  for (let i = span.start + 1; i < span.end; i++) {
    if (text[i] !== '-') continue;
    const next = text[i + 1];
    if (next !== undefined && !isSpace(text, i + 1)) continue;
    let b = i - 1;
    while (b >= span.start && text[b] === ' ') b--;
    const punct = text[b];
    if (punct !== ',' && punct !== '?' && punct !== '!' && punct !== '.' && punct !== '…') continue;
    const toks = tokensAfter(text, i + 1, span.end, 18);
    if (toks.length === 0 || toks[0]!.kind !== 'w') continue;
    const frame = frameAt(toks, 0, lex, lang, true);
    if (!frame || (!frame.cue && !frame.report)) continue;
    const quoteEnd = punct === ',' ? b : b + 1;
    // Where the frame's clause ends, and whether the quote resumes ("…, - сказал он, - Q2").
    let k = 0;
    while (k < toks.length && !(toks[k]!.kind === 'p' && /[.,!?:;]/u.test(toks[k]!.text))) k++;
    let resume = -1;
    let end = k < toks.length ? toks[k]!.start : span.end;
    if (k < toks.length && toks[k + 1]?.text === '-' && /[.,]/u.test(toks[k]!.text)) {
      resume = toks[k + 1]!.end;
      while (resume < span.end && text[resume] === ' ') resume++;
      end = toks[k]!.start;
    }
    out.push({ quoteEnd, frame, resume, end });
    i = Math.max(i, end - 1);
  }
  return out;
}
