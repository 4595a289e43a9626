import { CONSENT_FIELDS, type ConsentScope } from '@shared/contract/field-classes';
import type { TraineeStatus, TraineeWarning } from '@shared/contract/trainees';

export interface WarningInput {
  status: TraineeStatus;
  passportExpiry: string | null;
  emergencyName: string | null;
  emergencyPhone: string | null;
  emergencyEmail: string | null;
  hasPhoto: boolean;
  /** The 要配慮 scopes the record holds something in (a medical note or allergy: health; religious needs: religion). */
  heldScopes: readonly ConsentScope[];
  healthConsentOn: string | null;
  religionConsentOn: string | null;
}

/** Trainees still to come or still here need a valid passport, an emergency contact and a photo. */
const ACTIVE: ReadonlySet<TraineeStatus> = new Set(['applicant', 'selected', 'arrived', 'at_jiam', 'at_host']);

/** Whether the record holds a 要配慮 item that no recorded consent covers. */
export function lacksConsent(t: Pick<WarningInput, 'heldScopes' | 'healthConsentOn' | 'religionConsentOn'>): boolean {
  return t.heldScopes.some((scope) => !t[CONSENT_FIELDS[scope].field]);
}

/**
 * What a person should fix: a passport that expires before the trainee's program ends,
 * no way to reach anyone in an emergency, no photo for the sheets; and, whatever the status
 * (the data is held all the same), a 要配慮 item held without a consent that covers it.
 */
export function traineeWarnings(t: WarningInput, programEndsOn: string | null): TraineeWarning[] {
  const warnings: TraineeWarning[] = [];
  if (ACTIVE.has(t.status)) {
    if (t.passportExpiry && programEndsOn && t.passportExpiry < programEndsOn) warnings.push('passport_expires');
    if (!t.emergencyName || !(t.emergencyPhone || t.emergencyEmail)) warnings.push('no_emergency_contact');
    if (!t.hasPhoto) warnings.push('no_photo');
  }
  if (lacksConsent(t)) warnings.push('no_consent');
  return warnings;
}

/** How long a deleted trainee stays in the trash. */
export const TRASH_DAYS = 30;
