/**
 * Kazakh keyphrases: words without their case endings (see kk-stem.ts); in a phrase only the last
 * word loses its case ending ("астық экспортының" → "астық экспорты"), the words before it stay as
 * written, because in a Kazakh compound they are not inflected for the sentence.
 * @module
 */
import { kazakhCaseless } from './kk-stem.js';
import { simpleLanguage } from './simple.js';
import type { KeywordLanguage } from './types.js';

/** Kazakh keyword rules. */
export const kazakh: KeywordLanguage = simpleLanguage({ key: kazakhCaseless, head: kazakhCaseless });
