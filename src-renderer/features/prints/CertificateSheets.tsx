import type { CompletionPrint } from './completion-path';

export function CompletionPrintRoute(_props: { print: CompletionPrint }) {
  return null;
}
