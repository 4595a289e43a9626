import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, toFieldIssues, type Handlers } from './dispatch';
import { memoryBackend } from '../test/backend';

const spies: Array<{ mockRestore(): void }> = [];
afterEach(() => spies.splice(0).forEach((s) => s.mockRestore()));

describe('dispatch without a logger of its own', () => {
  it('writes an unexpected failure to the console (the channel named, the error itself), and answers internal', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    spies.push(consoleError);
    const backend = memoryBackend();
    const broken = new Error('disk on fire');
    const handlers = {
      ...backend.handlers,
      'years:list': () => {
        throw broken;
      },
    } as Handlers;
    try {
      expect(await dispatch(handlers, 'years:list', {})).toEqual({ ok: false, error: { code: 'internal' } });
      expect(consoleError).toHaveBeenCalledWith('[kakehashi] years:list failed', broken);
    } finally {
      backend.close();
    }
  });
});

describe('the params of a rule', () => {
  it('reach the renderer only from a custom rule: params put on a built-in issue (too_big added by hand) are dropped, the rule kept', () => {
    const sheet = z.object({ title: z.string() }).superRefine((value, ctx) => {
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum: 1, input: value.title, path: ['title'], message: 'too_long_for_sheet', params: { max: 1 } });
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'file_too_large', params: { limitMb: 20 } });
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'katakana_only' });
    });
    const parsed = sheet.safeParse({ title: 'abc' });
    expect(parsed.success).toBe(false);
    // zod keeps what was added: the built-in issue does carry params...
    expect(parsed.error!.issues[0]).toMatchObject({ code: 'too_big', params: { max: 1 } });
    // ...but only the custom rule's go on.
    expect(toFieldIssues(parsed.error!.issues)).toEqual([
      { field: 'title', rule: 'too_long_for_sheet' },
      { field: 'title', rule: 'file_too_large', params: { limitMb: 20 } },
      { field: 'title', rule: 'katakana_only' },
    ]);
  });
});
