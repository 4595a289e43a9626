import type { Language } from '@shared/contract/settings';

/** What a letters sheet prints (to be filled by its feature). */
export type LetterPrint = { kind: 'placeholder'; id: string; language: Language };

/** Reads a letters sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseLetterPrintPath(_rest: string): LetterPrint | null {
  return null;
}
