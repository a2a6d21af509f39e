/**
 * Role and title words written before a Kazakh name ("Мемлекет басшысы Қасым-Жомарт Тоқаев",
 * "Астана қаласының әкімі ...", "Президент ..."), given as the person's role in the nominative.
 * @module
 */
import type { Token } from '../../text/tokens.js';
import { stripCase } from './suffixes.js';

/** Stems of words that name an office or occupation. */
const ROLE_STEMS = [
  'президент', 'премьер-министр', 'министр', 'әкім', 'басшы', 'төраға', 'төрағасы', 'депутат', 'хатшы', 'елші', 'сенатор',
  'бастығы', 'директор', 'ректор', 'спикер', 'орынбасар', 'өкіл', 'прокурор', 'судья', 'жаттықтырушы', 'сарапшы', 'маман',
  'әнші', 'ақын', 'жазушы', 'спортшы', 'боксшы', 'сырғанаушы', 'кәсіпкер', 'журналист', 'профессор', 'академик',
];

function isRoleWord(word: string): boolean {
  const w = stripCase(word.toLowerCase());
  return ROLE_STEMS.some((stem) => w.startsWith(stem));
}

/**
 * The role phrase just before token `index` of the sentence: the nearest role word and up to two
 * words before it that belong to it ("Мемлекет басшысы", "Өзбекстан Республикасының Президенті").
 */
export function findRole(sentence: readonly Token[], index: number): string | undefined {
  const j = index - 1;
  if (j < 0 || sentence[j]!.kind !== 'word' || !isRoleWord(sentence[j]!.text)) return undefined;
  let from = j;
  while (from > 0 && j - from < 2 && sentence[from - 1]!.kind === 'word' && !/[.!?]/.test(sentence[from - 1]!.text)) from--;
  // Keep only the words that attach: a capitalized word or a genitive before the role word.
  while (from < j && !/^\p{Lu}/u.test(sentence[from]!.text) && !/(ның|нің|дың|дің|тың|тің)$/.test(sentence[from]!.text) && sentence[from]!.text.toLowerCase() !== 'мемлекет') from++;
  const words = sentence.slice(from, j + 1).map((t) => t.text);
  return words.join(' ');
}
