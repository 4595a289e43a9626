import type { Language } from '@shared/contract/settings';

/** What a departures sheet prints (to be filled by its feature). */
export type DeparturePrint = { kind: 'placeholder'; id: string; language: Language };

/** Reads a departures sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseDeparturePrintPath(_rest: string): DeparturePrint | null {
  return null;
}
