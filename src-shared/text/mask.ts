import { ERASED_VALUE } from '../contract/erasure';

/** What stands for each hidden character of a masked identifier. */
export const MASK_CHAR = '•';

/**
 * A 個人識別符号 (passport or residence card number) as lists, the history and exports show it
 * unless a person asks for the full value: the first 4 and last 2 characters kept, every other
 * one a • (TK1234578 → TK12•••78), so a number can still be told apart from another without
 * being usable. A shorter value keeps less, so that most of it is always hidden: 5–8 characters
 * keep the first and the last, and 4 or fewer are hidden whole.
 */
export function maskIdentifier(value: string): string;
export function maskIdentifier(value: string | null): string | null;
export function maskIdentifier(value: string | null): string | null {
  // An erased value (features/erasure) holds nothing to hide, and must still read as erased.
  if (value === null || value === '' || value === ERASED_VALUE) return value;
  const chars = [...value];
  const [head, tail] = chars.length >= 9 ? [4, 2] : chars.length >= 5 ? [1, 1] : [0, 0];
  return chars.map((c, i) => (i < head || i >= chars.length - tail ? c : MASK_CHAR)).join('');
}

/** Whether a value is already masked (holds a •): a masked value is never written back as if it were the number. */
export function isMasked(value: string | null): boolean {
  return value !== null && value.includes(MASK_CHAR);
}
