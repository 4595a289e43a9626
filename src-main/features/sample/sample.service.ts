import { TraineeFields } from '@shared/contract/trainees';
import { newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { japanDate } from '@shared/text/date-math';
import { insertAssignment } from '../assignments';
import { findHostIdByCode, insertHost, withCheckDigit } from '../hosts';
import { findSendingGovernmentByName, insertSendingGovernment, listTrainingFields } from '../masters';
import { countTrainees, findTrainee, insertTrainee, searchText, writeSearchText } from '../trainees';
import { createYear, findYearByFiscalYear, listMilestones } from '../years';
import { SAMPLE_FISCAL_YEAR, SAMPLE_HOSTS, SAMPLE_SENDING, SAMPLE_TRAINEES } from './sample-data';

/** Adds each master record once, answering the id of the new or existing one. */
function ensureHosts(ctx: Ctx): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [key, host] of Object.entries(SAMPLE_HOSTS)) {
    const code = withCheckDigit(host.code5);
    let id = findHostIdByCode(ctx.db, code);
    if (!id) {
      id = newId();
      // The office's letters address the head: every sample host is a city (宇佐市 → 宇佐市長).
      insertHost(ctx, { id, localGovCode: code, ...host, headTitle: `${host.nameJa}長` });
    }
    ids.set(key, id);
  }
  return ids;
}

function ensureSendingGovernments(ctx: Ctx): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [key, g] of Object.entries(SAMPLE_SENDING)) {
    let id = findSendingGovernmentByName(ctx.db, g.country, g.nameEn)?.id;
    if (!id) {
      id = newId();
      insertSendingGovernment(ctx, { id, ...g });
    }
    ids.set(key, id);
  }
  return ids;
}

/**
 * Loads the fictional FY2024 cohort into an empty database, all or nothing. Hosts start on
 * the year's host-move milestone.
 */
export function loadSampleData(ctx: Ctx): { yearId: string; traineeCount: number } {
  return ctx.db.transaction(() => {
    if (countTrainees(ctx.db) > 0) throw new AppError('sample_not_empty');
    const yearId = findYearByFiscalYear(ctx.db, SAMPLE_FISCAL_YEAR)?.id ?? createYear(ctx, SAMPLE_FISCAL_YEAR).id;
    const hostTraining = listMilestones(ctx.db, yearId).find((m) => m.kind === 'host_training');
    const hostIds = ensureHosts(ctx);
    const sendingIds = ensureSendingGovernments(ctx);
    const fields = listTrainingFields(ctx.db);

    for (const { host, sending, field, ...rest } of SAMPLE_TRAINEES) {
      const traineeId = newId();
      // Parsed like any input, so the sample can never hold what a person could not enter.
      const trainee = TraineeFields.parse({ ...rest, sendingGovernmentId: sendingIds.get(sending), trainingFieldId: fields[field]?.id });
      insertTrainee(ctx, { ...trainee, id: traineeId, yearId, statusChangedOn: trainee.statusChangedOn ?? japanDate(ctx.now()) });
      writeSearchText(ctx.db, traineeId, searchText(findTrainee(ctx.db, traineeId)!));
      insertAssignment(ctx, {
        id: newId(),
        yearId,
        traineeId,
        hostId: hostIds.get(host)!,
        startsOn: hostTraining?.startsOn ?? null,
        endsOn: hostTraining?.endsOn ?? null,
      });
    }
    return { yearId, traineeCount: SAMPLE_TRAINEES.length };
  })();
}
