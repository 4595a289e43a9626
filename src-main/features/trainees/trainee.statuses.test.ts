import { describe, expect, it } from 'vitest';
import { TRAINEE_STATUSES, type TraineeStatus } from '@shared/contract/trainees';
import { traineeWarnings, type WarningInput } from './trainee';

/** Everything missing that can be: a passport that expires before the program ends, no contact, no photo, no consent. */
const incomplete: Omit<WarningInput, 'status'> = {
  passportExpiry: '2025-02-28',
  emergencyName: null,
  emergencyPhone: null,
  emergencyEmail: null,
  hasPhoto: false,
  heldScopes: ['health'],
  healthConsentOn: null,
  religionConsentOn: null,
};

/** Every status, with the warnings a record missing everything gets in it. */
const EXPECTED: Record<TraineeStatus, string[]> = {
  applicant: ['passport_expires', 'no_emergency_contact', 'no_photo', 'no_consent'],
  selected: ['passport_expires', 'no_emergency_contact', 'no_photo', 'no_consent'],
  arrived: ['passport_expires', 'no_emergency_contact', 'no_photo', 'no_consent'],
  at_jiam: ['passport_expires', 'no_emergency_contact', 'no_photo', 'no_consent'],
  // The case the passport rule exists for: still training at the host when the passport runs out.
  at_host: ['passport_expires', 'no_emergency_contact', 'no_photo', 'no_consent'],
  // Gone: only the data held without consent is still a problem.
  completed: ['no_consent'],
  withdrawn: ['no_consent'],
};

describe('trainee warnings in every status', () => {
  it('covers every status there is', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...TRAINEE_STATUSES].sort());
  });

  it.each(TRAINEE_STATUSES.map((status) => [status, EXPECTED[status]] as const))('%s: warns for %j', (status, expected) => {
    expect(traineeWarnings({ ...incomplete, status }, '2025-05-31')).toEqual(expected);
  });

  it.each(['applicant', 'selected', 'arrived', 'at_jiam', 'at_host'] as const)(
    '%s: a passport expiring before the program ends is flagged, one valid to its last day is not',
    (status) => {
      const complete = { ...incomplete, emergencyName: 'María Quispe', emergencyEmail: 'maria@example.pe', hasPhoto: true, heldScopes: [] };
      expect(traineeWarnings({ ...complete, status, passportExpiry: '2025-05-30' }, '2025-05-31')).toEqual(['passport_expires']);
      expect(traineeWarnings({ ...complete, status, passportExpiry: '2025-05-31' }, '2025-05-31')).toEqual([]);
      expect(traineeWarnings({ ...complete, status, passportExpiry: null }, '2025-05-31')).toEqual([]);
      expect(traineeWarnings({ ...complete, status, passportExpiry: '2025-05-30' }, null)).toEqual([]);
    },
  );
});
