import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findHostIdByCode, insertAssignment, insertHost } from '../hosts/hosts.repo';
import { withCheckDigit } from '../hosts/local-gov-code';
import { countTrainees, insertTrainee } from '../trainees/trainees.repo';
import { createYear } from '../years/years.service';
import { findYearByFiscalYear, listMilestones } from '../years/years.repo';
import { SAMPLE_FISCAL_YEAR, SAMPLE_HOSTS, SAMPLE_TRAINEES } from './sample-data';

/**
 * Loads the fictional FY2024 cohort into an empty database, all or nothing. Hosts start on
 * the year's host-move milestone.
 */
export function loadSampleData(ctx: Ctx): { yearId: string; traineeCount: number } {
  return ctx.db.transaction(() => {
    if (countTrainees(ctx.db) > 0) throw new AppError('sample_not_empty');
    const now = ctx.now();
    const yearId = findYearByFiscalYear(ctx.db, SAMPLE_FISCAL_YEAR)?.id ?? createYear(ctx, SAMPLE_FISCAL_YEAR).id;
    const milestones = listMilestones(ctx.db, yearId);
    const hostTraining = milestones.find((m) => m.kind === 'host_training');

    const hostIds = new Map<string, string>();
    for (const [key, host] of Object.entries(SAMPLE_HOSTS)) {
      const code = withCheckDigit(host.code5);
      let id = findHostIdByCode(ctx.db, code);
      if (!id) {
        id = newId();
        insertHost(ctx.db, { id, localGovCode: code, ...host }, now);
      }
      hostIds.set(key, id);
    }

    for (const { host, ...fields } of SAMPLE_TRAINEES) {
      const traineeId = newId();
      insertTrainee(ctx.db, { ...fields, id: traineeId, yearId }, now);
      insertAssignment(
        ctx.db,
        {
          id: newId(),
          yearId,
          traineeId,
          hostId: hostIds.get(host)!,
          startsOn: hostTraining?.startsOn ?? null,
          endsOn: hostTraining?.endsOn ?? null,
        },
        now,
      );
    }
    return { yearId, traineeCount: SAMPLE_TRAINEES.length };
  })();
}
