import type { Handlers } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import * as settings from './settings.service';

export function settingsHandlers(ctx: Ctx) {
  return {
    'app:info': () => settings.appInfo(ctx),
    'settings:get': () => settings.getSettings(ctx),
    'settings:update': (input) => settings.updateSettings(ctx, input),
  } satisfies Partial<Handlers>;
}
