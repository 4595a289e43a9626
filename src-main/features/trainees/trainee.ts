import type { TraineeStatus, TraineeWarning } from '@shared/contract/trainees';

export interface WarningInput {
  status: TraineeStatus;
  passportExpiry: string | null;
  emergencyName: string | null;
  emergencyPhone: string | null;
  emergencyEmail: string | null;
  hasPhoto: boolean;
}

/** Trainees still to come or still here need a valid passport, an emergency contact and a photo. */
const ACTIVE: ReadonlySet<TraineeStatus> = new Set(['applicant', 'selected', 'arrived', 'at_jiam', 'at_host']);

/**
 * What a person should fix: a passport that expires before the trainee's program ends,
 * no way to reach anyone in an emergency, no photo for the sheets.
 */
export function traineeWarnings(t: WarningInput, programEndsOn: string | null): TraineeWarning[] {
  if (!ACTIVE.has(t.status)) return [];
  const warnings: TraineeWarning[] = [];
  if (t.passportExpiry && programEndsOn && t.passportExpiry < programEndsOn) warnings.push('passport_expires');
  if (!t.emergencyName || !(t.emergencyPhone || t.emergencyEmail)) warnings.push('no_emergency_contact');
  if (!t.hasPhoto) warnings.push('no_photo');
  return warnings;
}

/** How long a deleted trainee stays in the trash. */
export const TRASH_DAYS = 30;
