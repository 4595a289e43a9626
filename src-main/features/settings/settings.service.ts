import { Language, type AppInfo, type Settings } from '../../contract/settings';
import type { Ctx } from '../context';
import { countTrainees } from '../trainees/trainees.repo';
import { readSetting, writeSetting } from './settings.repo';

/** Settings with their defaults: Japanese unless a person chose otherwise. */
export function getSettings(ctx: Ctx): Settings {
  const language = Language.safeParse(readSetting(ctx.db, 'language'));
  return { language: language.success ? language.data : 'ja' };
}

export function updateSettings(ctx: Ctx, input: Settings): Settings {
  ctx.db.transaction(() => writeSetting(ctx.db, 'language', input.language, ctx.now()))();
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
