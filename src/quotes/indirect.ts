/**
 * Indirect speech (kind `indirect`). Not built yet in this file's first version.
 * @module
 */
import type { ArticleDocument } from '../text/document.js';
import type { CueLexicon } from './cues/index.js';
import type { Candidate } from './direct.js';

/** Indirect-speech candidates outside the direct quotes. */
export function collectIndirect(_doc: ArticleDocument, _lex: CueLexicon, _direct: readonly Candidate[]): Candidate[] {
  return [];
}
