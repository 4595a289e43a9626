import type { LetterPrint } from './letters-path';

export function LetterPrintRoute(_props: { print: LetterPrint }) {
  return null;
}
