import type { Language } from '@shared/contract/settings';

/** What a alumni sheet prints (to be filled by its feature). */
export type AlumniPrint = { kind: 'placeholder'; id: string; language: Language };

/** Reads a alumni sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseAlumniPrintPath(_rest: string): AlumniPrint | null {
  return null;
}
