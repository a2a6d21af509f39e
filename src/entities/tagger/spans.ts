/**
 * Running a tagger over an analysed document: sentence by sentence over the body's tokens,
 * giving character spans. Languages turn these into linked mention candidates.
 * @module
 */
import type { ArticleDocument } from '../../text/document.js';
import type { Token } from '../../text/tokens.js';
import type { TokenSpan } from './decode.js';
import type { SequenceTagger } from './index.js';

/**
 * A document-level second pass over the tagger's spans: gets every sentence's words and its
 * first-pass spans (token indices), returns the spans to keep, per sentence.
 */
export type DocumentRefiner = (sentences: readonly (readonly string[])[], spans: readonly (readonly TokenSpan[])[]) => readonly (readonly TokenSpan[])[];

/** A tagged name span in `doc.text` with the tokens it covers. */
export interface TaggedSpan {
  start: number;
  end: number;
  /** Tagger type: PER, LOC, ORG, EVENT, MISC. */
  type: string;
  /** The covered tokens, in order (never empty). */
  tokens: readonly Token[];
  /** Tokens of the whole sentence and the index of the span's first token in it (for context cues). */
  sentence: readonly Token[];
  index: number;
}

/**
 * Every span the tagger finds in the document's sentences; punctuation never starts or ends one.
 * `refine`, when given, sees the whole document's spans before they are turned into text spans
 * (label consistency across sentences).
 */
export function tagDocument(doc: ArticleDocument, tagger: SequenceTagger, refine?: DocumentRefiner): TaggedSpan[] {
  const tokens = doc.tokens;
  let k = 0;
  const sentences = doc.sentences.length > 0 ? doc.sentences : doc.paragraphs;
  const sents: Token[][] = [];
  for (const sentence of sentences) {
    while (k < tokens.length && tokens[k]!.end <= sentence.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.start < sentence.end) k++;
    if (k > first) sents.push(tokens.slice(first, k));
  }
  const words = sents.map((sent) => sent.map((t) => t.text));
  const context = tagger.documentContext?.(words);
  let found: readonly (readonly TokenSpan[])[] = words.map((w) => tagger.tag(w, context));
  if (refine) found = refine(words, found);
  const out: TaggedSpan[] = [];
  sents.forEach((sent, i) => {
    for (const span of found[i] ?? []) {
      let s = span.start;
      let e = span.end;
      while (s < e && sent[s]!.kind === 'punct') s++;
      while (e > s && sent[e - 1]!.kind === 'punct') e--;
      if (s >= e) continue;
      out.push({ start: sent[s]!.start, end: sent[e - 1]!.end, type: span.type, tokens: sent.slice(s, e), sentence: sent, index: s });
    }
  });
  return out;
}
