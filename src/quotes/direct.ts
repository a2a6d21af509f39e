/**
 * Direct quotes: spans in quote marks with their frames, dialogue lines, and paragraphs whose
 * marks were lost but whose ending ("…, - деді X.") shows they are speech. Quoted names
 * («Культура», "Нур Отан") are not quotes: a span needs a frame, or enough words.
 * @module
 */
import type { ArticleDocument } from '../text/document.js';
import type { Span } from '../types.js';
import type { CueLexicon } from './cues/index.js';
import { frameAfter, frameBefore, saidBefore, sentenceFrame, transcriptLabel, type Frame } from './frame.js';
import { quotedName } from './english.js';
import { inlineFrames } from './inline.js';
import { findMarkedSpans, type MarkedSpan } from './marks.js';
import { isCapitalized, isSpace, isWordChar } from './scan.js';

/** A quote before its speaker is resolved. */
export interface Candidate extends Span {
  kind: 'direct' | 'indirect';
  frame?: Frame;
  /** Pieces of one quote share a group (one speaker). */
  group?: number;
}

let groupSeq = 0;

/** Direct-quote candidates of the document's body paragraphs. */
export function collectDirect(doc: ArticleDocument, lex: CueLexicon): Candidate[] {
  const { text, paragraphs } = doc;
  const lang = doc.lang;
  const out: Candidate[] = [];
  // A headline "«Q» - Цой о …" is chrome but its quote is the article's: kept when it names a speaker.
  const headlines = doc.body.chrome.filter((c) => c.kind === 'headline');
  if (headlines.length > 0) out.push(...markedQuotes(doc, headlines, lex, new Set(), true));
  const covered = new Set<number>(); // paragraphs that hold a marked quote
  out.push(...markedQuotes(doc, paragraphs, lex, covered, false));
  dialogueQuotes(doc, lex, covered, out);
  return out;
}

/** Quotes in marks of `paragraphs`, with their frames; adds the paragraphs they cover to `covered`. */
function markedQuotes(doc: ArticleDocument, paragraphs: readonly Span[], lex: CueLexicon, covered: Set<number>, needSpeaker: boolean): Candidate[] {
  const { text, lang } = doc;
  const out: Candidate[] = [];
  const marked = findMarkedSpans(text, paragraphs);
  // Group the pieces of multi-paragraph quotes; the frame after the last piece names the speaker.
  for (let a = 0; a < marked.length; ) {
    let b = a;
    while (b + 1 < marked.length && marked[b + 1]!.group === marked[a]!.group) b++;
    const pieces = marked.slice(a, b + 1);
    a = b + 1;
    const last = pieces.at(-1)!;
    const first = pieces[0]!;
    const para = paragraphs[last.paragraph]!;
    const firstPara = paragraphs[first.paragraph]!;
    if (lang === 'en' && pieces.length === 1 && last.close >= 0 && quotedName(text, first.open, first.start, last.end, last.close)) continue;
    let frame = last.close >= 0 ? frameAfter(text, last.close + 1, para.end, lex, lang) : undefined;
    // "«Q», передает Tengrinews" / "деп хабарлайды": the outlet reports the sentence, no one is quoted;
    // but a Russian partial quote inside someone's reported speech ("…, а на «Q», передает X") stays a
    // quote (the Kazakh "Q деп хабарлайды" reports Q itself).
    if (frame?.report) {
      if (lang !== 'ru' || opensSentence(text, first.open, firstPara.start)) continue;
      frame = undefined;
    }
    const before = frameBefore(text, first.open, firstPara.start, lex, lang) ?? colonBefore(doc, first, lex, lang);
    // "Как заявили «Деньгам» в министерстве, «Q»": a short quoted name inside the next quote's frame.
    if (pieces.length === 1 && !frame?.speaker && insideNextFrame(doc, marked[b + 1], last)) continue;
    if (!frame || (!frame.speaker && before?.speaker && !frame.cue)) frame = before ?? frame;
    else if (frame && !frame.speaker && before?.speaker && frame.agreement !== 'pl') frame = { ...frame, speaker: before.speaker };
    const whole = pieces.length > 1 || (first.open === firstPara.start && closesParagraph(text, last, para));
    // "“Q1,” said Caddell. “Q2”": a quote right after an accepted one continues it.
    const prevQuote = out.at(-1);
    const follows = prevQuote !== undefined && first.open - prevQuote.end < 80 && !text.slice(prevQuote.end, first.open).includes('\n') && wordCount(text, first.start, last.end) >= 3;
    if (!frame?.cue && !frame?.speaker && !follows && !looksLikeSpeech(text, pieces, whole)) continue;
    if (needSpeaker && !frame?.speaker) continue;
    if (!frame?.speaker) {
      const label = transcriptLabel(text, first.start, first.end);
      const sf = label ? { agreement: undefined, speaker: label } : sentenceFrame(text, first.open, firstPara.start, lex, lang) ?? saidBefore(text, first.open, firstPara.start, lex, lang);
      if (sf?.speaker) frame = frame ? { ...frame, speaker: sf.speaker } : { ...sf, weak: true };
    }
    const group = groupSeq++;
    // Russian and Kazakh news give a multi-paragraph quote as one span; English wire style
    // (PolNeAR) as one span per paragraph.
    if (lang !== 'en' && pieces.length > 1) {
      for (const piece of pieces) covered.add(piece.paragraph);
      const span = trimSpan(text, first.start, last.end, last.close < 0);
      out.push({ ...span, kind: 'direct', ...(frame ? { frame } : {}), group });
      continue;
    }
    let pieceFrame = frame;
    let pieceGroup = group;
    for (const piece of pieces) {
      covered.add(piece.paragraph);
      // Transcript paragraphs ("WALLACE: …", "PENCE: …") each name their own speaker.
      const label = piece !== first ? transcriptLabel(text, piece.start, piece.end) : undefined;
      if (label) {
        pieceFrame = { agreement: undefined, speaker: label };
        pieceGroup = groupSeq++;
      }
      for (const part of splitByFrame(doc, piece, lex)) {
        const span = trimSpan(text, part.start, part.end, piece.close < 0);
        if (span.end - span.start < 2) continue;
        out.push({ ...span, kind: 'direct', ...(pieceFrame ?? part.frame ? { frame: part.frame ?? pieceFrame! } : {}), group: pieceGroup });
      }
    }
  }
  return out;
}

/** Dialogue lines and paragraphs that end in a frame without marks. */
function dialogueQuotes(doc: ArticleDocument, lex: CueLexicon, covered: ReadonlySet<number>, out: Candidate[]): void {
  const { text, paragraphs, lang } = doc;
  const dialogueLines = paragraphs.filter((p) => isDialogue(text, p)).length;
  for (let p = 0; p < paragraphs.length; p++) {
    if (covered.has(p)) continue;
    const para = paragraphs[p]!;
    const dialogue = isDialogue(text, para);
    const start = dialogue ? skipDash(text, para.start, para.end) : para.start;
    const frames = inlineFrames(text, { start, end: para.end }, lex, lang);
    const group = groupSeq++;
    if (frames.length === 0) {
      if (!dialogue || dialogueLines < 2 || wordCount(text, start, para.end) < 4 || text[para.end - 1] === ';') continue;
      const prev = paragraphs[p - 1];
      const intro = prev && text[prev.end - 1] === ':' ? frameBefore(text, prev.end, prev.start, lex, lang) : undefined;
      out.push({ ...trimSpan(text, start, para.end, true), kind: 'direct', ...(intro ? { frame: intro } : {}), group });
      continue;
    }
    let from = start;
    for (const f of frames) {
      if (f.frame.report) break;
      if (from >= 0 && f.quoteEnd - from > 1) {
        if (!dialogue && !lineOpensSpeech(text, from, f.quoteEnd)) break;
        out.push({ ...trimSpan(text, from, f.quoteEnd, false), kind: 'direct', frame: f.frame, group });
      }
      from = f.resume;
      if (from < 0) break;
    }
    if (from > 0 && from < para.end && frames.at(-1)!.resume === from) {
      out.push({ ...trimSpan(text, from, para.end, true), kind: 'direct', frame: frames.at(-1)!.frame, group });
    }
  }
}

/** `Глава государства отметил:` closing the previous paragraph introduces a quote that opens this one. */
function colonBefore(doc: ArticleDocument, first: MarkedSpan, lex: CueLexicon, lang: string): Frame | undefined {
  const para = doc.paragraphs[first.paragraph]!;
  if (first.open !== para.start) return undefined;
  const prev = doc.paragraphs[first.paragraph - 1];
  if (!prev || doc.text[prev.end - 1] !== ':') return undefined;
  return frameBefore(doc.text, prev.end, prev.start, lex, lang);
}

/**
 * Whether the short quote `piece` sits inside the frame of the quote after it: the next quote
 * opens soon after in the same sentence, right after the `:` or `,` that ends the words between.
 */
function insideNextFrame(doc: ArticleDocument, next: MarkedSpan | undefined, piece: MarkedSpan): boolean {
  const { text } = doc;
  if (!next || next.paragraph !== piece.paragraph || piece.close < 0 || next.open - piece.close > 120) return false;
  if (wordCount(text, piece.start, piece.end) > 3) return false;
  let from = piece.close + 1;
  let to = next.open;
  while (from < to && isSpace(text, from)) from++;
  while (to > from && (isSpace(text, to - 1) || text[to - 1] === '-')) to--;
  // "», — сказал он, «Q2»" is the short quote's own frame, not words around it.
  if (from >= to || text[from] === ',' || text[from] === '-') return false;
  for (let i = from; i < to; i++) if (text[i] === '.' || text[i] === '!' || text[i] === '?') return false;
  return text[to - 1] === ':' || text[to - 1] === ',';
}

/** Whether the mark at `open` begins its sentence (paragraph start or after . ! ? :). */
function opensSentence(text: string, open: number, paraStart: number): boolean {
  let i = open - 1;
  while (i >= paraStart && isSpace(text, i)) i--;
  return i < paraStart || /[.!?:…]/u.test(text[i]!);
}

/** A marked quote is speech when it is long, a whole paragraph, or a lower-case fragment of several words. */
function looksLikeSpeech(text: string, pieces: readonly MarkedSpan[], whole: boolean): boolean {
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  const words = wordCount(text, first.start, Math.min(last.end, first.start + 2000));
  if (whole) return words >= 3;
  if (words >= 8) return true;
  let i = first.start;
  while (i < last.end && !isWordChar(text, i)) i++;
  const lower = i < last.end && !isCapitalized(text[i]!) && !/\d/u.test(text[i]!);
  return lower && words >= 3;
}

/** Whether the closing mark ends its paragraph, possibly followed by the frame. */
function closesParagraph(text: string, last: MarkedSpan, para: Span): boolean {
  if (last.close < 0) return true;
  let j = last.close + 1;
  while (j < para.end && isSpace(text, j)) j++;
  return j >= para.end || text[j] === ',' || text[j] === '-' || text[j] === '.';
}

/** A quote split by its frame inside the marks: «Q1, - сказал X, - Q2». */
function splitByFrame(doc: ArticleDocument, piece: MarkedSpan, lex: CueLexicon): (Span & { frame?: Frame })[] {
  const frames = inlineFrames(doc.text, piece, lex, doc.lang).filter((f) => f.resume >= 0 && !f.frame.report);
  if (frames.length === 0) return [piece];
  const parts: (Span & { frame?: Frame })[] = [];
  let from = piece.start;
  for (const f of frames) {
    parts.push({ start: from, end: f.quoteEnd, frame: f.frame });
    from = f.resume;
  }
  parts.push({ start: from, end: piece.end, frame: frames.at(-1)!.frame });
  return parts;
}

/** A dialogue line: a dash and a space at the paragraph start. */
function isDialogue(text: string, p: Span): boolean {
  return text[p.start] === '-' && p.start + 1 < p.end && text[p.start + 1] === ' ';
}

function skipDash(text: string, i: number, end: number): number {
  i++;
  while (i < end && isSpace(text, i)) i++;
  return i;
}

/** Unmarked speech must start its paragraph and hold no quote marks of its own. */
function lineOpensSpeech(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '«' || c === '»' || c === '"') return false;
  }
  return wordCount(text, from, to) >= 4;
}

/** Words in `[from, to)`. */
export function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const w = isWordChar(text, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** A span without surrounding spaces; an unclosed piece also loses a trailing frame comma. */
function trimSpan(text: string, start: number, end: number, open: boolean): Span {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (open) while (end > start && (text[end - 1] === ',' || text[end - 1] === ' ')) end--;
  return { start, end };
}

