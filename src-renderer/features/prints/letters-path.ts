/** What a letters sheet prints: the letters of one issue (batch), or one letter of the register. */
export type LetterPrint = { kind: 'batch'; id: string } | { kind: 'letter'; id: string };

/** `#/print/letters/batch/<batchId>` or `#/print/letters/letter/<letterId>`. */
export function letterPrintPath(p: LetterPrint): string {
  return `/print/letters/${p.kind}/${encodeURIComponent(p.id)}`;
}

/** Reads a letters sheet's address back from the path after `#/print/`; null when it is not one. */
export function parseLetterPrintPath(rest: string): LetterPrint | null {
  const match = /^letters\/(batch|letter)\/([^/?]+)$/.exec(rest.split('?')[0] ?? '');
  return match ? { kind: match[1] as LetterPrint['kind'], id: decodeURIComponent(match[2]!) } : null;
}
