import { describe, expect, it, vi } from 'vitest';
import { AppError } from './app-error';
import { dispatch, type Handlers } from './dispatch';
import { call, memoryBackend, tableCount } from '../test/backend';

describe('dispatch', () => {
  it('answers unknown_channel for a name outside the contract', async () => {
    const backend = memoryBackend();
    expect(await dispatch(backend.handlers, 'years:drop-all', {})).toEqual({
      ok: false,
      error: { code: 'unknown_channel', params: { channel: 'years:drop-all' } },
    });
  });

  it('names every invalid field and never runs the handler', async () => {
    const backend = memoryBackend();
    const create = vi.fn();
    const handlers = { ...backend.handlers, 'trainees:create': create } as Handlers;
    const result = await dispatch(handlers, 'trainees:create', {
      yearId: 'not-an-id',
      givenNameLatin: '  ',
      birthDate: '2024-02-30',
      nameKana: 'kim',
      nameLang: 'ko',
      nameOrder: 'family_first',
      nationality: 'XX',
      status: 'selected',
    });
    expect(create).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        params: {
          issues: expect.arrayContaining([
            { field: 'yearId', rule: 'invalid_id' },
            { field: 'birthDate', rule: 'invalid_date' },
            { field: 'nameKana', rule: 'katakana_only' },
            { field: 'nationality', rule: 'invalid_choice' },
            { field: 'givenNameLatin', rule: 'name_required' },
          ]),
        },
      },
    });
  });

  it('rejects input that is not an object at all', async () => {
    const backend = memoryBackend();
    const result = await dispatch(backend.handlers, 'years:create', 'DROP TABLE trainees');
    expect(result.ok).toBe(false);
    expect(tableCount(backend, 'program_years')).toBe(0);
  });

  it('turns an AppError into its code and an unexpected error into internal', async () => {
    const backend = memoryBackend();
    const log = vi.fn();
    const handlers = {
      ...backend.handlers,
      'years:list': () => {
        throw new AppError('not_found', { entity: 'year' });
      },
      'settings:get': () => {
        throw new Error('disk on fire');
      },
    } as Handlers;
    expect(await dispatch(handlers, 'years:list', {}, log)).toEqual({ ok: false, error: { code: 'not_found', params: { entity: 'year' } } });
    expect(await dispatch(handlers, 'settings:get', {}, log)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('checks what a handler returns against the contract', async () => {
    const backend = memoryBackend();
    const handlers = { ...backend.handlers, 'settings:get': () => ({ language: 'fr' }) } as unknown as Handlers;
    expect(await dispatch(handlers, 'settings:get', {}, () => undefined)).toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('remembers the language setting', async () => {
    const backend = memoryBackend();
    expect(await call(backend, 'settings:get', {})).toMatchObject({ ok: true, value: { language: 'ja', staffName: null } });
    await call(backend, 'settings:update', { language: 'en' });
    await call(backend, 'settings:update', { staffName: '早日渡 暁子' });
    expect(await call(backend, 'settings:get', {})).toMatchObject({ ok: true, value: { language: 'en', staffName: '早日渡 暁子' } });
    expect((await call(backend, 'settings:update', { language: 'de' as 'en' })).ok).toBe(false);
  });
});
