import { describe, expect, it, vi } from 'vitest';
import { AppError } from './app-error';
import { dispatch, type Handlers } from './dispatch';
import { call, memoryBackend, tableCount, value } from '../test/backend';

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
    expect(result).toEqual({ ok: false, error: { code: 'validation', params: { issues: [{ field: '', rule: 'invalid_type' }] } } });
    expect(await dispatch(backend.handlers, 'years:create', null)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(backend.handlers, 'years:create', undefined)).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(tableCount(backend, 'program_years')).toBe(0);
  });

  it('hands the handler the parsed, normalised input, never the raw one', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const real = backend.handlers['trainees:create'];
    const create = vi.fn(real);
    const handlers = { ...backend.handlers, 'trainees:create': create } as Handlers;
    const raw = {
      yearId: year.id,
      familyNameNative: '  김 ',
      givenNameNative: '시현',
      givenNameLatin: 'Sihyeon',
      nameKana: 'キム シヒョン',
      nameLang: 'ko',
      nameOrder: 'family_first',
      nationality: 'KR',
      status: 'selected',
      birthDate: '令和6年5月20日',
      passportExpiry: '２０３０／３／３１',
      passportNumber: 'ｍ１２３４５６７８',
      department: '',
      notAField: 'dropped',
    };
    const result = await dispatch(handlers, 'trainees:create', raw);
    expect(result.ok).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    const input = create.mock.calls[0]![0] as Record<string, unknown>;
    expect(input).toMatchObject({
      familyNameNative: '김',
      birthDate: '2024-05-20',
      passportExpiry: '2030-03-31',
      passportNumber: 'M12345678',
      department: null,
    });
    expect(input).not.toHaveProperty('notAField');
    expect(input).not.toBe(raw);
    expect(raw.familyNameNative).toBe('  김 '); // the caller's object is left as it was
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
    const log = vi.fn();
    expect(await dispatch(handlers, 'settings:get', {}, log)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith('[kakehashi] settings:get failed', expect.anything());
  });

  it('remembers the language setting', async () => {
    const backend = memoryBackend();
    expect(await call(backend, 'settings:get', {})).toMatchObject({ ok: true, value: { language: 'ja', staffName: null } });
    await call(backend, 'settings:update', { language: 'en' });
    await call(backend, 'settings:update', { staffName: '早日渡 暁子' });
    expect(await call(backend, 'settings:get', {})).toMatchObject({ ok: true, value: { language: 'en', staffName: '早日渡 暁子' } });
    expect(await call(backend, 'settings:update', { language: 'de' as 'en' })).toEqual({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'language', rule: 'invalid_choice' }] } },
    });
    expect(await call(backend, 'settings:get', {})).toMatchObject({ ok: true, value: { language: 'en' } });
  });
});
