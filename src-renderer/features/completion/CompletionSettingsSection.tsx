/** Settings: the signature block of the completion certificate. It draws its own Paper; null draws nothing. */
export function CompletionSettingsSection() {
  return null;
}
