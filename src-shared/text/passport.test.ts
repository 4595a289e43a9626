import { describe, expect, it } from 'vitest';
import { isPassportNumber, isResidenceCardNumber, normalizeDocumentNumber } from './passport';

describe('identity document numbers', () => {
  it('are stored half-width, upper case, without the spaces and dashes lists add for reading', () => {
    expect(normalizeDocumentNumber('ｔｋ １２３４５６７')).toBe('TK1234567');
    expect(normalizeDocumentNumber(' TK-123-4567 ')).toBe('TK1234567');
    expect(normalizeDocumentNumber('ab 1234\u30005678\tcd')).toBe('AB12345678CD');
    expect(normalizeDocumentNumber('m12345678')).toBe('M12345678');
  });

  it('passport numbers are 5 to 12 letters and digits, upper case', () => {
    expect(isPassportNumber('M1234')).toBe(true);
    expect(isPassportNumber('M123456789AB')).toBe(true);
    expect(isPassportNumber('M123')).toBe(false);
    expect(isPassportNumber('M123456789ABC')).toBe(false);
    expect(isPassportNumber('m12345')).toBe(false);
    expect(isPassportNumber('M1234-5')).toBe(false);
    expect(isPassportNumber('xM12345')).toBe(false);
    expect(isPassportNumber('M12345 ')).toBe(false);
  });

  it('residence card numbers are two letters, eight digits, two letters', () => {
    expect(isResidenceCardNumber('AB12345678CD')).toBe(true);
    expect(isResidenceCardNumber('AB1234567CD')).toBe(false);
    expect(isResidenceCardNumber('AB123456789CD')).toBe(false);
    expect(isResidenceCardNumber('A112345678CD')).toBe(false);
    expect(isResidenceCardNumber('AB12345678C1')).toBe(false);
    expect(isResidenceCardNumber('xAB12345678CD')).toBe(false);
    expect(isResidenceCardNumber('AB12345678CDx')).toBe(false);
  });
});
