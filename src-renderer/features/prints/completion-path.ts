import type { Language } from '@shared/contract/settings';

/** What a completion sheet prints (to be filled by its feature). */
export type CompletionPrint = { kind: 'placeholder'; id: string; language: Language };

/** Reads a completion sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseCompletionPrintPath(_rest: string): CompletionPrint | null {
  return null;
}
