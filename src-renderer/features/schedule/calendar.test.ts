import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, weekOf } from './calendar';

describe('calendar', () => {
  it('finds the Monday of a week and its seven days across a month end', () => {
    expect(mondayOf('2024-05-20')).toBe('2024-05-20');
    expect(mondayOf('2024-05-26')).toBe('2024-05-20');
    expect(weekOf('2024-05-30')).toEqual(['2024-05-27', '2024-05-28', '2024-05-29', '2024-05-30', '2024-05-31', '2024-06-01', '2024-06-02']);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});
