import { describe, expect, it } from 'vitest';
import { traineeWarnings, type WarningInput } from './trainee';

const complete: WarningInput = {
  status: 'selected',
  passportExpiry: '2030-01-01',
  emergencyName: '김영희',
  emergencyPhone: '+82 10 1234 5678',
  emergencyEmail: null,
  hasPhoto: true,
  heldScopes: [],
  healthConsentOn: null,
  religionConsentOn: null,
};

describe('trainee warnings', () => {
  it('has none for a complete record', () => {
    expect(traineeWarnings(complete, '2025-05-31')).toEqual([]);
  });

  it('flags a passport expiring before the program ends', () => {
    expect(traineeWarnings({ ...complete, passportExpiry: '2025-03-01' }, '2025-05-31')).toEqual(['passport_expires']);
    expect(traineeWarnings({ ...complete, passportExpiry: '2025-05-31' }, '2025-05-31')).toEqual([]);
  });

  it('flags a missing emergency contact or a contact with no phone or e-mail', () => {
    expect(traineeWarnings({ ...complete, emergencyName: null }, null)).toEqual(['no_emergency_contact']);
    expect(traineeWarnings({ ...complete, emergencyPhone: null }, null)).toEqual(['no_emergency_contact']);
    expect(traineeWarnings({ ...complete, emergencyPhone: null, emergencyEmail: 'a@b.kr' }, null)).toEqual([]);
  });

  it('flags a missing photo, and nothing for trainees who are gone', () => {
    expect(traineeWarnings({ ...complete, hasPhoto: false }, null)).toEqual(['no_photo']);
    expect(traineeWarnings({ ...complete, hasPhoto: false, status: 'withdrawn' }, null)).toEqual([]);
    expect(traineeWarnings({ ...complete, hasPhoto: false, status: 'completed' }, null)).toEqual([]);
  });

  it('flags 要配慮 items held without a consent that covers them, whatever the status', () => {
    expect(traineeWarnings({ ...complete, heldScopes: ['health'] }, null)).toEqual(['no_consent']);
    expect(traineeWarnings({ ...complete, heldScopes: ['health'], healthConsentOn: '2024-04-01' }, null)).toEqual([]);
    // Consent to health data does not cover religious needs.
    expect(traineeWarnings({ ...complete, heldScopes: ['health', 'religion'], healthConsentOn: '2024-04-01' }, null)).toEqual(['no_consent']);
    expect(traineeWarnings({ ...complete, heldScopes: ['religion'], religionConsentOn: '2024-04-01' }, null)).toEqual([]);
    expect(traineeWarnings({ ...complete, status: 'completed', heldScopes: ['religion'] }, null)).toEqual(['no_consent']);
    // A consent with nothing held is no warning either.
    expect(traineeWarnings({ ...complete, healthConsentOn: '2024-04-01' }, null)).toEqual([]);
  });
});
