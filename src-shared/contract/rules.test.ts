import { describe, expect, it } from 'vitest';
import { optionalId, uuid } from './rules';

const ID = '01900000-0000-7000-8000-000000000001';

function ruleOf(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? null);
}

describe('ids chosen in a form', () => {
  it('calls an empty choice required and a malformed one a wrong id', () => {
    expect(ruleOf(uuid.safeParse(''))).toBe('required');
    expect(ruleOf(uuid.safeParse(undefined))).toBe('required');
    expect(ruleOf(uuid.safeParse('not-an-id'))).toBe('invalid_id');
    expect(uuid.parse(ID)).toBe(ID);
  });

  it('reads an empty optional choice as none', () => {
    expect(optionalId.parse('')).toBeNull();
    expect(optionalId.parse(undefined)).toBeNull();
    expect(optionalId.parse(ID)).toBe(ID);
    expect(ruleOf(optionalId.safeParse('x'))).toBe('invalid_id');
  });
});
