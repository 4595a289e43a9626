import { describe, expect, it } from 'vitest';
import { clockOf } from './clock';

describe('the host clock for tests (KAKEHASHI_CLOCK)', () => {
  it('is the real clock when unset', () => {
    expect(clockOf(undefined)).toBeUndefined();
    expect(clockOf('')).toBeUndefined();
  });

  it('starts at the given time and runs from there', () => {
    let real = 1_000_000;
    const now = clockOf('2025-03-01T09:00:00+09:00', () => real)!;
    expect(now().toISOString()).toBe('2025-03-01T00:00:00.000Z');
    real += 90_000;
    expect(now().toISOString()).toBe('2025-03-01T00:01:30.000Z');
  });

  it('refuses a time it cannot read, naming the variable', () => {
    expect(() => clockOf('next tuesday')).toThrow(/KAKEHASHI_CLOCK/);
  });
});
