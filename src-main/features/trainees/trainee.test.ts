import { describe, expect, it } from 'vitest';
import { traineeWarnings, type WarningInput } from './trainee';

const complete: WarningInput = {
  status: 'selected',
  passportExpiry: '2030-01-01',
  emergencyName: '김영희',
  emergencyPhone: '+82 10 1234 5678',
  emergencyEmail: null,
  hasPhoto: true,
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
});
