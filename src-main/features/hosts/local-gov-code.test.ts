import { describe, expect, it } from 'vitest';
import { checkDigit, isValidLocalGovCode, withCheckDigit } from './local-gov-code';

describe('local government code check digit', () => {
  it('matches published codes', () => {
    expect(withCheckDigit('44213')).toBe('442135'); // 大分県宇佐市
    expect(withCheckDigit('13101')).toBe('131016'); // 東京都千代田区
    expect(withCheckDigit('01100')).toBe('011002'); // 北海道札幌市
    expect(withCheckDigit('25201')).toBe('252018'); // 滋賀県大津市
  });

  it('refuses a wrong check digit or a malformed code', () => {
    expect(isValidLocalGovCode('442135')).toBe(true);
    expect(isValidLocalGovCode('442136')).toBe(false);
    expect(isValidLocalGovCode('44213')).toBe(false);
    expect(isValidLocalGovCode('44213a')).toBe(false);
    expect(() => checkDigit('4421')).toThrow();
  });
});
