/**
 * Running a tagger over an analysed document: sentence by sentence over the body's tokens,
 * giving character spans. Languages turn these into linked mention candidates.
 * @module
 */
import type { ArticleDocument } from '../../text/document.js';
import type { Token } from '../../text/tokens.js';
import type { SequenceTagger } from './index.js';

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

/** Every span the tagger finds in the document's sentences; punctuation never starts or ends one. */
export function tagDocument(doc: ArticleDocument, tagger: SequenceTagger): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const tokens = doc.tokens;
  let k = 0;
  const sentences = doc.sentences.length > 0 ? doc.sentences : doc.paragraphs;
  for (const sentence of sentences) {
    while (k < tokens.length && tokens[k]!.end <= sentence.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.start < sentence.end) k++;
    const sent = tokens.slice(first, k);
    if (sent.length === 0) continue;
    for (const span of tagger.tag(sent.map((t) => t.text))) {
      let s = span.start;
      let e = span.end;
      while (s < e && sent[s]!.kind === 'punct') s++;
      while (e > s && sent[e - 1]!.kind === 'punct') e--;
      if (s >= e) continue;
      out.push({ start: sent[s]!.start, end: sent[e - 1]!.end, type: span.type, tokens: sent.slice(s, e), sentence: sent, index: s });
    }
  }
  return out;
}
