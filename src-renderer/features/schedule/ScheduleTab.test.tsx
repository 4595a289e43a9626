import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { backendApi, renderWithApp } from '../../test/render';
import { ScheduleTab } from './ScheduleTab';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

describe('ScheduleTab', { timeout: 30_000 }, () => {
  it('offers last year’s schedule to an empty year', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2023 });
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    renderWithApp(<ScheduleTab yearId={year.id} />, { backend });
    expect(await screen.findByRole('button', { name: /2023/ })).toBeInTheDocument();
  });

  it('says the years could not be read where the copy from last year would be', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2023 });
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const real = backendApi(backend);
    const api: Api = { call: (channel, input) => (channel === 'years:list' ? Promise.resolve({ ok: false, error: { code: 'internal' } }) : real.call(channel, input)) as never };
    renderWithApp(<ScheduleTab yearId={year.id} />, { backend, api });
    expect(await screen.findByTestId('query-error')).toHaveTextContent('予期しないエラーが発生しました');
    expect(screen.getByTestId('schedule-range')).toBeInTheDocument();
  });
});
