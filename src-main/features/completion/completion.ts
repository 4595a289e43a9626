import type { CertificateSigner } from '@shared/contract/completion';
import { isTakingPart, type TraineeStatus } from '@shared/contract/trainees';
import type { LoggedChange } from '../../db/log-values';

/** A trainee taking part in the year who has not completed yet may be marked 研修修了. */
export function canComplete(status: TraineeStatus): boolean {
  return isTakingPart({ status }) && status !== 'completed';
}

/**
 * A trainee is finished with the year when completed, or not taking part in it (withdrawn, or an
 * applicant never selected); a year closes when everyone is.
 */
export function isFinished(status: TraineeStatus): boolean {
  return status === 'completed' || !isTakingPart({ status });
}

/** The first day a completion may carry: the fiscal year's first day (1 April). */
export function yearStart(fiscalYear: number): string {
  return `${fiscalYear}-04-01`;
}

/**
 * What undoing a completion goes back to: the status and its date the trainee had before their
 * latest completion, from their record's log (so a completion made on another PC undoes the same
 * way); a trainee entered as completed goes back to 受入自治体で研修中 on the completion day.
 */
export function statusBeforeCompletion(
  log: ReadonlyArray<{ changes: readonly LoggedChange[] }>,
  completedOn: string,
): { status: TraineeStatus; statusChangedOn: string } {
  for (let i = log.length - 1; i >= 0; i--) {
    const changes = log[i]!.changes;
    const status = changes.find(([field, , after]) => field === 'status' && after === 'completed');
    if (!status || typeof status[1] !== 'string') continue;
    const date = changes.find(([field]) => field === 'status_changed_on');
    return { status: status[1] as TraineeStatus, statusChangedOn: typeof date?.[1] === 'string' ? date[1] : completedOn };
  }
  return { status: 'at_host', statusChangedOn: completedOn };
}

/** Until Settings says otherwise, CLAIR's head signs (the name left for the office to fill in). */
export const DEFAULT_SIGNER: CertificateSigner = {
  organizationJa: '一般財団法人自治体国際化協会',
  titleJa: '理事長',
  nameJa: '',
  organizationEn: 'Council of Local Authorities for International Relations (CLAIR)',
  titleEn: 'President',
  nameEn: null,
};
