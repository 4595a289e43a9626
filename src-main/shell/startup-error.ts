import ja from '@shared/i18n/ja.json';
import en from '@shared/i18n/en.json';
import { NewerDatabaseError } from '../db/migrate';
import { DatabaseKeyError } from '../db/open';
import { fill } from '../i18n';

type Texts = typeof ja.startup;

export function startupTexts(locale: string): Texts {
  return locale.toLowerCase().startsWith('ja') ? ja.startup : en.startup;
}

/**
 * What to tell a person when the database cannot be opened at start, in the system's
 * language (the renderer and its settings are not there yet).
 */
export function startupErrorMessage(error: unknown, databasePath: string, locale: string): { title: string; body: string } {
  const text = startupTexts(locale);
  if (error instanceof DatabaseKeyError) {
    return { title: text.title, body: fill(error.reason === 'no_key' ? text.noKey : text.wrongKey, { path: error.file }) };
  }
  if (error instanceof NewerDatabaseError) {
    return {
      title: text.title,
      body: fill(text.newerDatabase, { databaseVersion: error.databaseVersion, appVersion: error.appVersion, path: databasePath }),
    };
  }
  return { title: text.title, body: fill(text.openFailed, { path: databasePath, message: (error as Error)?.message ?? String(error) }) };
}
