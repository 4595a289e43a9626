import type { Language } from '@shared/contract/settings';

/** What a statistics sheet prints (to be filled by its feature). */
export type StatisticsPrint = { kind: 'placeholder'; id: string; language: Language };

/** Reads a statistics sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseStatisticsPrintPath(_rest: string): StatisticsPrint | null {
  return null;
}
