/**
 * Keyphrases for languages without a tagger here (English, Kazakh): any 1 to 3 consecutive
 * content words (no stop word, number or punctuation between them). Names: capitalized words
 * inside a sentence and acronyms, as whole runs only.
 * @module
 */
import type { Background } from '../background.js';
import type { CandidateOccurrence, TaggedWord } from '../candidate.js';
import { foldCase, isAllCaps, isCapitalized, runCandidates, type KeywordLanguage, type KeywordTagger } from './types.js';

/** How a language without a tagger forms its words' keys and canonical phrases. */
export interface SimpleRules {
  /** Lemma key of a word (lower case). */
  key(word: string): string;
  /** Canonical form of a phrase's last word (the head: "экспортының" → "экспорты", "services" → "service"). */
  head(word: string): string;
  /** Words that cannot be keywords besides stop words (adverbs...). */
  skip?(lower: string): boolean;
}

/** A {@link KeywordLanguage} from {@link SimpleRules}. */
export function simpleLanguage(rules: SimpleRules): KeywordLanguage {
  return {
    tagger(text: string, background: Background): KeywordTagger {
      const lowerOf = (w: TaggedWord) => text.slice(w.start, w.end).toLowerCase();
      const termOf = (span: readonly TaggedWord[]) => () =>
        span.map((w, n) => (n === span.length - 1 ? rules.head(lowerOf(w)) : lowerOf(w))).join(' ');
      return {
        tag(surface, start, end, index, initial) {
          const folded = foldCase(surface);
          if (background.stopwords.has(folded) || /\d/.test(surface) || rules.skip?.(folded) || surface.length < 2) {
            return { start, end, index, role: 'break', key: folded };
          }
          const key = rules.key(folded);
          if (background.stopwords.has(key)) return { start, end, index, role: 'break', key };
          const proper = isAllCaps(surface) || (isCapitalized(surface) && !initial);
          return { start, end, index, role: proper ? 'proper' : 'noun', key };
        },
        phrases: (run) =>
          runCandidates(run, termOf, (part) => {
            // Every span of 1 to 3 common words is a candidate.
            const out: CandidateOccurrence[] = [];
            for (let i = 0; i < part.length; i++) {
              for (let j = i; j < Math.min(part.length, i + 3); j++) {
                const span = part.slice(i, j + 1);
                out.push({
                  key: span.map((w) => w.key).join(' '),
                  words: span.map((w) => w.key),
                  term: termOf(span),
                  start: span[0]!.start,
                  end: span[span.length - 1]!.end,
                  index: span[0]!.index,
                  proper: false,
                });
              }
            }
            return out;
          }),
      };
    },
  };
}
