import type { Handlers } from '../ipc/dispatch';
import type { Ctx } from './context';
import { assignmentsHandlers } from './assignments/assignments.handlers';
import { backupsHandlers } from './backups/backups.handlers';
import { exportsHandlers } from './exports/exports.handlers';
import { importsHandlers } from './imports/imports.handlers';
import { dashboardHandlers } from './dashboard/dashboard.handlers';
import { surveyHandlers } from './survey/survey.handlers';
import { hostsHandlers } from './hosts/hosts.handlers';
import { mastersHandlers } from './masters/masters.handlers';
import { sampleHandlers } from './sample/sample.handlers';
import { settingsHandlers } from './settings/settings.handlers';
import { traineesHandlers } from './trainees/trainees.handlers';
import { yearsHandlers } from './years/years.handlers';
import { flightsHandlers } from './flights/flights.handlers';
import { pickupHandlers } from './pickup/pickup.handlers';
import { scheduleHandlers } from './schedule/schedule.handlers';
import { staffHandlers } from './staff/staff.handlers';
import { staysHandlers } from './stays/stays.handlers';
import { syncHandlers } from './sync/sync.handlers';

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
  } satisfies Handlers;
}
