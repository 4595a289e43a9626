import type { z } from 'zod';
import { contract, isChannel, type Channel, type ChannelOutput, type ParsedInput } from '@shared/contract/channels';
import { fail, ok, type FieldIssue, type Result } from '@shared/contract/result';
import { AppError } from './app-error';

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Logger = (message: string, error?: unknown) => void;

const RULE_CODE = /^[a-z_]+$/;

/** Turns zod issues into field issues whose rule the renderer can translate. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // A rule may carry what its message names (a file's limit in MB).
    const params = issue.code === 'custom' && issue.params ? (issue.params as Record<string, string | number>) : undefined;
    if (RULE_CODE.test(issue.message)) return params ? { field, rule: issue.message, params } : { field, rule: issue.message };
    switch (issue.code) {
      case 'invalid_type':
        return { field, rule: 'invalid_type' };
      case 'invalid_value':
        return { field, rule: 'invalid_choice' };
      case 'too_big':
        return { field, rule: 'too_long' };
      default:
        return { field, rule: 'invalid' };
    }
  });
}

/**
 * The one loop every call goes through, from IPC or HTTP: parse the input against the
 * contract, run the handler, and answer a Result. Bad input never reaches a handler, and no
 * exception escapes.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  log: Logger = (message, error) => console.error(message, error),
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', { channel });
  const def = contract[channel];
  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success) return fail('validation', { issues: toFieldIssues(parsed.error.issues) });
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return ok(def.output.parse(value));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.params);
    log(`[kakehashi] ${channel} failed`, error);
    return fail('internal');
  }
}
