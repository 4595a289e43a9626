import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from './dispatch';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return toFieldIssues(parsed.error.issues);
};

describe('zod issues as field issues the renderer translates', () => {
  it('names the field by its path, nested with dots', () => {
    const schema = z.object({ rows: z.array(z.object({ name: z.string() })) });
    expect(issuesOf(schema, { rows: [{ name: 'a' }, { name: 1 }] })).toEqual([{ field: 'rows.1.name', rule: 'invalid_type' }]);
  });

  it('maps zod codes to rules: invalid_type, invalid_choice, too_long, and invalid for the rest', () => {
    expect(issuesOf(z.object({ n: z.number() }), { n: 'x' })).toEqual([{ field: 'n', rule: 'invalid_type' }]);
    expect(issuesOf(z.object({ c: z.enum(['a', 'b']) }), { c: 'z' })).toEqual([{ field: 'c', rule: 'invalid_choice' }]);
    expect(issuesOf(z.object({ c: z.literal('a') }), { c: 'z' })).toEqual([{ field: 'c', rule: 'invalid_choice' }]);
    expect(issuesOf(z.object({ s: z.string().max(2) }), { s: 'abc' })).toEqual([{ field: 's', rule: 'too_long' }]);
    expect(issuesOf(z.object({ s: z.string().min(2) }), { s: 'a' })).toEqual([{ field: 's', rule: 'invalid' }]);
    expect(issuesOf(z.object({ e: z.email() }), { e: 'nope' })).toEqual([{ field: 'e', rule: 'invalid' }]);
  });

  it('keeps a rule the contract names in its message (snake case only), with the params it carries', () => {
    expect(issuesOf(z.object({ s: z.string().refine(() => false, 'katakana_only') }), { s: 'a' })).toEqual([{ field: 's', rule: 'katakana_only' }]);
    const withParams = z.object({ f: z.string() }).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['f'], message: 'file_too_large', params: { limitMb: 20 } });
    });
    expect(issuesOf(withParams, { f: 'x' })).toEqual([{ field: 'f', rule: 'file_too_large', params: { limitMb: 20 } }]);
    // A message that is prose, not a rule code, does not leak out as a rule.
    expect(issuesOf(z.object({ s: z.string().max(1, 'Too long!') }), { s: 'ab' })).toEqual([{ field: 's', rule: 'too_long' }]);
    expect(issuesOf(z.object({ s: z.string().refine(() => false, 'Bad value') }), { s: 'a' })).toEqual([{ field: 's', rule: 'invalid' }]);
    expect(issuesOf(z.object({ s: z.string().refine(() => false, 'rule2') }), { s: 'a' })).toEqual([{ field: 's', rule: 'invalid' }]);
    expect(issuesOf(z.object({ s: z.string().refine(() => false, 'x_katakana_only_y') }), { s: 'a' })).toEqual([{ field: 's', rule: 'x_katakana_only_y' }]);
  });
});
