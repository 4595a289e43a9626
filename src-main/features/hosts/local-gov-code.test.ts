import { describe, expect, it } from 'vitest';
import reference from '../../../resources/reference/municipalities.json';
import { checkDigit, isValidLocalGovCode, withCheckDigit } from './local-gov-code';

describe('local government code check digit', () => {
  it('matches published codes', () => {
    expect(withCheckDigit('44211')).toBe('442119'); // 大分県宇佐市
    expect(withCheckDigit('13101')).toBe('131016'); // 東京都千代田区
    expect(withCheckDigit('01100')).toBe('011002'); // 北海道札幌市
    expect(withCheckDigit('25201')).toBe('252018'); // 滋賀県大津市
  });

  it('holds for every code of the bundled reference list', () => {
    const all = reference as Array<{ code: string }>;
    expect(all.length).toBeGreaterThan(1900);
    expect(all.filter((m) => !isValidLocalGovCode(m.code))).toEqual([]);
  });

  it('refuses a wrong check digit or a malformed code', () => {
    expect(isValidLocalGovCode('442119')).toBe(true);
    expect(isValidLocalGovCode('442118')).toBe(false);
    expect(isValidLocalGovCode('442135')).toBe(true); // well-formed, though no such body: the reference list decides that
    expect(isValidLocalGovCode('44213')).toBe(false);
    expect(isValidLocalGovCode('44213a')).toBe(false);
    expect(() => checkDigit('4421')).toThrow();
  });
});
