import type { Handlers } from '../ipc/dispatch';
import type { Ctx } from './context';
import { assignmentsHandlers } from './assignments';
import { backupsHandlers } from './backups';
import { exportsHandlers } from './exports';
import { importsHandlers } from './imports';
import { dashboardHandlers } from './dashboard';
import { surveyHandlers } from './survey';
import { hostsHandlers } from './hosts';
import { mastersHandlers } from './masters';
import { sampleHandlers } from './sample';
import { settingsHandlers } from './settings';
import { traineesHandlers } from './trainees';
import { yearsHandlers } from './years';
import { flightsHandlers } from './flights';
import { pickupHandlers } from './pickup';
import { scheduleHandlers } from './schedule';
import { staffHandlers } from './staff';
import { staysHandlers } from './stays';
import { syncHandlers } from './sync';
import { erasureHandlers } from './erasure';
import { privacyHandlers } from './privacy';
import { proceduresHandlers } from './procedures';
import { retentionHandlers } from './retention';
import { vaultHandlers } from './vault';
import { statisticsHandlers } from './statistics';
import { alumniHandlers } from './alumni';
import { lettersHandlers } from './letters';
import { completionHandlers } from './completion';
import { departuresHandlers } from './departures';

/** Every channel of the contract mapped to its service. */
export function createHandlers(ctx: Ctx): Handlers {
  return {
    ...settingsHandlers(ctx),
    ...yearsHandlers(ctx),
    ...traineesHandlers(ctx),
    ...mastersHandlers(ctx),
    ...hostsHandlers(ctx),
    ...surveyHandlers(ctx),
    ...assignmentsHandlers(ctx),
    ...dashboardHandlers(ctx),
    ...backupsHandlers(ctx),
    ...exportsHandlers(ctx),
    ...importsHandlers(ctx),
    ...staffHandlers(ctx),
    ...flightsHandlers(ctx),
    ...pickupHandlers(ctx),
    ...staysHandlers(ctx),
    ...scheduleHandlers(ctx),
    ...sampleHandlers(ctx),
    ...syncHandlers(ctx),
    ...erasureHandlers(ctx),
    ...privacyHandlers(ctx),
    ...proceduresHandlers(ctx),
    ...retentionHandlers(ctx),
    ...vaultHandlers(ctx),
    ...statisticsHandlers(ctx),
    ...alumniHandlers(ctx),
    ...lettersHandlers(ctx),
    ...completionHandlers(ctx),
    ...departuresHandlers(ctx),
  } satisfies Handlers;
}
