/** Completion: who completed, final reports, certificates, and closing the year. */
export function CompletionTab() {
  return null;
}
