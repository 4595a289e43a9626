import { describe, expect, it } from 'vitest';
import { isMasked, maskIdentifier } from './mask';

describe('maskIdentifier', () => {
  it('keeps the first 4 and last 2 of a passport or residence card number', () => {
    expect(maskIdentifier('TK1234578')).toBe('TK12•••78');
    expect(maskIdentifier('PZ9988776')).toBe('PZ99•••76');
    expect(maskIdentifier('AB12345678CD')).toBe('AB12••••••CD');
  });

  it('hides most of a shorter value, and all of a very short one', () => {
    expect(maskIdentifier('J1234567')).toBe('J••••••7');
    expect(maskIdentifier('1234567')).toBe('1•••••7');
    expect(maskIdentifier('A1234')).toBe('A•••4');
    expect(maskIdentifier('A12345')).toBe('A••••5');
    expect(maskIdentifier('AB12')).toBe('••••');
    expect(maskIdentifier('7')).toBe('•');
    for (const v of ['A1234', 'A12345', '1234567', 'J1234567', 'AB12']) {
      const hidden = [...maskIdentifier(v)].filter((c) => c === '•').length;
      expect(hidden * 2, v).toBeGreaterThanOrEqual(v.length);
    }
  });

  it('leaves nothing as nothing', () => {
    expect(maskIdentifier(null)).toBeNull();
    expect(maskIdentifier('')).toBe('');
  });

  it('tells a masked value from a number', () => {
    expect(isMasked(maskIdentifier('TK1234578'))).toBe(true);
    expect(isMasked('TK1234578')).toBe(false);
    expect(isMasked(null)).toBe(false);
  });
});
