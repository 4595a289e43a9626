import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TraineeCreateInput } from '@shared/contract/trainees';
import { createTrainee } from '../../../src-main/features/trainees/trainees.service';
import { memoryBackend, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { backendApi, renderWithApp } from '../../test/render';
import { useSettings } from '../settings/settings.store';
import { useYearSelection } from '../years/years.store';
import { TraineesPage } from './TraineesPage';
import { NO_FILTERS, useTraineeFilters } from './trainee-filters.store';

async function sampleBackend() {
  const backend = memoryBackend();
  await value(backend, 'sample:load', {});
  return backend;
}

/** One year of `count` trainees named Kim Minji0000 … in order, over several pages of the list. */
async function bigYear(count: number) {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  backend.ctx.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const input = TraineeCreateInput.parse({
        yearId: year.id, familyNameLatin: 'Kim', givenNameLatin: `Minji${String(i).padStart(4, '0')}`, nameLang: 'ko',
        nameOrder: 'family_first', nationality: 'KR', status: 'completed',
      });
      createTrainee(backend.ctx, input as Parameters<typeof createTrainee>[1]);
    }
  })();
  return backend;
}

function scrollTo(row: number) {
  const scroller = screen.getByTestId('trainee-scroll');
  Object.defineProperty(scroller, 'clientHeight', { value: 600, configurable: true });
  scroller.scrollTop = 56 * row;
  fireEvent.scroll(scroller);
}

const COLUMNS = useSettings.getState().traineeColumns;

beforeEach(() => {
  useTraineeFilters.setState({ ...NO_FILTERS, sort: null });
  useYearSelection.setState({ selectedYearId: null });
});

afterEach(() => useSettings.setState({ traineeColumns: COLUMNS }));

describe('TraineesPage', () => {
  it('lists the year\'s trainees with names marked by their language', async () => {
    renderWithApp(<TraineesPage />, { backend: await sampleBackend() });
    const rows = await screen.findAllByTestId('trainee-row');
    expect(rows).toHaveLength(11);
    const lee = rows.find((r) => r.textContent?.includes('LEE Seoyeon'))!;
    expect(within(lee).getByText('이서연')).toHaveAttribute('lang', 'ko');
    expect(within(lee).getByText('韓国')).toBeInTheDocument();
    expect(within(lee).getByText('경주시')).toHaveAttribute('lang', 'ko');
    expect(within(lee).getByText('大分県宇佐市')).toBeInTheDocument();
    expect(screen.getByText('अनिता श्रेष्ठ')).toHaveAttribute('lang', 'ne');
    expect(screen.getByText('王晓燕')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByTestId('trainee-count')).toHaveTextContent('11人');
  });

  it('speaks English when asked', async () => {
    renderWithApp(<TraineesPage />, { backend: await sampleBackend(), language: 'en' });
    await waitFor(() => expect(screen.getAllByTestId('trainee-row')).toHaveLength(11));
    expect(screen.getByRole('columnheader', { name: 'Name (romanised)' })).toBeInTheDocument();
    expect(within(screen.getByTestId('trainee-table')).getAllByText('South Korea')).toHaveLength(2);
    expect(screen.getByTestId('trainee-count')).toHaveTextContent('11 trainees');
  });

  it('narrows as a person types, in any script, with the count', async () => {
    renderWithApp(<TraineesPage />, { backend: await sampleBackend() });
    await screen.findAllByTestId('trainee-row');
    fireEvent.change(screen.getByRole('searchbox', { name: '氏名で検索' }), { target: { value: '서연' } });
    await waitFor(() => expect(screen.getByTestId('trainee-count')).toHaveTextContent(/^1人$/));
    expect(screen.getAllByTestId('trainee-row')).toHaveLength(1);
    expect(screen.getByTestId('trainee-row')).toHaveTextContent('LEE Seoyeon');

    fireEvent.change(screen.getByRole('searchbox', { name: '氏名で検索' }), { target: { value: 'nobody at all' } });
    expect(await screen.findByText('条件に合う研修員はいません。')).toBeInTheDocument();
    expect(screen.getByTestId('trainee-count')).toHaveTextContent(/^0人$/);
    expect(screen.queryAllByTestId('trainee-row')).toHaveLength(0);
  });

  it('reads the rows a page at a time as the person scrolls, with the whole count from the start', async () => {
    renderWithApp(<TraineesPage />, { backend: await bigYear(450) });
    await waitFor(() => expect(screen.getByTestId('trainee-count')).toHaveTextContent('450人'));
    const first = screen.getAllByTestId('trainee-row');
    expect(first.length).toBeLessThan(60);
    expect(first[0]).toHaveTextContent('KIM Minji0000');

    scrollTo(440);
    // Rows not read yet hold their place until their page comes.
    expect(screen.getAllByTestId('trainee-row-loading').length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getAllByTestId('trainee-row').at(-1)).toHaveTextContent('KIM Minji0449'));
    expect(screen.queryAllByText('KIM Minji0000')).toHaveLength(0);
    expect(screen.getByTestId('trainee-count')).toHaveTextContent('450人');
  });

  it('sorts by a column over the whole list, not only the rows read', async () => {
    renderWithApp(<TraineesPage />, { backend: await bigYear(450) });
    await waitFor(() => expect(screen.getAllByTestId('trainee-row')[0]).toHaveTextContent('KIM Minji0000'));
    fireEvent.click(screen.getByRole('button', { name: '氏名（ローマ字）' }));
    fireEvent.click(await screen.findByRole('button', { name: '氏名（ローマ字） ▲' }));
    await waitFor(() => expect(screen.getAllByTestId('trainee-row')[0]).toHaveTextContent('KIM Minji0449'));
    expect(screen.getByRole('columnheader', { name: '氏名（ローマ字） ▼' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('says so when the list cannot be read, never an empty table', async () => {
    const backend = await sampleBackend();
    const real = backendApi(backend);
    const api = { call: ((channel, input) => (channel === 'trainees:page' ? Promise.resolve({ ok: false, error: { code: 'internal' } }) : real.call(channel, input))) as typeof real.call };
    renderWithApp(<TraineesPage />, { backend, api });
    expect(await screen.findByTestId('query-error')).toHaveTextContent('予期しないエラーが発生しました');
    expect(screen.queryByTestId('trainee-table')).not.toBeInTheDocument();
    expect(screen.queryByTestId('trainee-count')).not.toBeInTheDocument();
  });
  it('keeps a later column change shown when an earlier one fails to be saved', async () => {
    const backend = await sampleBackend();
    const real = backendApi(backend);
    // Each save of the columns waits until the test answers it: the first fails, the second is saved.
    const held: Array<(ok: boolean) => void> = [];
    const api: Api = {
      call: ((channel, input) =>
        channel === 'settings:update'
          ? new Promise((resolve) => held.push((ok) => void (ok ? real.call(channel, input).then(resolve) : resolve({ ok: false, error: { code: 'internal' } }))))
          : real.call(channel, input)) as Api['call'],
    };
    renderWithApp(<TraineesPage />, { backend, api });
    await screen.findAllByTestId('trainee-row');
    fireEvent.click(screen.getByRole('button', { name: '表示する列' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '研修分野' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '年度' }));
    await waitFor(() => expect(held).toHaveLength(2));

    await act(async () => held[0]!(false));
    expect(screen.getByRole('columnheader', { name: '年度' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '研修分野' })).toBeInTheDocument();
    expect(useSettings.getState().traineeColumns).toEqual([...COLUMNS, 'trainingField', 'year']);

    held[1]!(true);
    await waitFor(async () => expect((await real.call('settings:get', {})) as unknown).toMatchObject({ value: { traineeColumns: [...COLUMNS, 'trainingField', 'year'] } }));
    expect(screen.getByRole('columnheader', { name: '年度' })).toBeInTheDocument();
  });
});
