import { z } from 'zod';
import { Language, TraineeColumn, type AppInfo, type Settings } from '@shared/contract/settings';
import type { Ctx } from '../context';
import { countTrainees } from '../trainees';
import { readSetting, writeSetting } from './settings.repo';

const DEFAULT_COLUMNS: Settings['traineeColumns'] = ['photo', 'nativeName', 'latinName', 'kana', 'country', 'sendingGovernment', 'host', 'status', 'warnings'];
const Columns = z.array(TraineeColumn);

function parseColumns(text: string | null): Settings['traineeColumns'] {
  if (!text) return DEFAULT_COLUMNS;
  try {
    const parsed = Columns.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

/** Settings with their defaults: Japanese unless a person chose otherwise. */
export function getSettings(ctx: Ctx): Settings {
  const language = Language.safeParse(readSetting(ctx.db, 'language'));
  return {
    language: language.success ? language.data : 'ja',
    staffName: readSetting(ctx.db, 'staffName'),
    officePhone: readSetting(ctx.db, 'officePhone'),
    traineeColumns: parseColumns(readSetting(ctx.db, 'traineeColumns')),
  };
}

export function updateSettings(ctx: Ctx, input: Partial<Settings>): Settings {
  const now = ctx.now();
  ctx.db.transaction(() => {
    if (input.language) writeSetting(ctx.db, 'language', input.language, now);
    for (const key of ['staffName', 'officePhone'] as const) {
      if (input[key] === undefined) continue;
      if (input[key]) writeSetting(ctx.db, key, input[key], now);
      else ctx.db.prepare('DELETE FROM settings WHERE id = ?').run(key);
    }
    if (input.traineeColumns) writeSetting(ctx.db, 'traineeColumns', JSON.stringify(input.traineeColumns), now);
  })();
  return getSettings(ctx);
}

export function appInfo(ctx: Ctx): AppInfo {
  return {
    version: ctx.appVersion,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    databasePath: ctx.databasePath,
    isEmpty: countTrainees(ctx.db) === 0,
  };
}
