/**
 * Trimming sets of characters from the ends of a string by index. The regex forms
 * (`/^[…]+|[…]+$/`) re-scan a long run that does not reach the end once per start position:
 * quadratic on hostile lines.
 * @module
 */

/** `value` without the characters of `chars` at its start. */
export function trimStartChars(value: string, chars: string): string {
  let start = 0;
  while (start < value.length && chars.includes(value[start]!)) start++;
  return value.slice(start);
}

/** `value` without the characters of `chars` at its end (whitespace counts when `chars` has ' '). */
export function trimEndChars(value: string, chars: string): string {
  let end = value.length;
  while (end > 0 && (chars.includes(value[end - 1]!) || (chars.includes(' ') && /\s/.test(value[end - 1]!)))) end--;
  return value.slice(0, end);
}

/** `value` without the characters of `chars` at either end. */
export function trimChars(value: string, chars: string): string {
  return trimEndChars(trimStartChars(value, chars), chars);
}
