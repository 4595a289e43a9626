/** Settings: letter templates and the document-number prefix. It draws its own Paper; null draws nothing. */
export function LettersSettingsSection() {
  return null;
}
