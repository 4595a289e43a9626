import ja from '@shared/i18n/ja.json';
import en from '@shared/i18n/en.json';
import type { Language } from '@shared/contract/settings';

// The main process speaks the renderer's words (file headers, dialogs): one set of translations.
const TEXTS: Record<Language, unknown> = { ja, en };

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** A translated string by its dotted key (`trainee.column.country`); the key itself if missing. */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], TEXTS[language]);
  return typeof value === 'string' ? fill(value, params) : key;
}
