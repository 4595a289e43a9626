import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { useFlash } from '../../app/flash.store';
import { backendApi, renderWithApp } from '../../test/render';
import { useYearSelection } from '../years/years.store';
import { DashboardPage } from './DashboardPage';

describe('DashboardPage', () => {
  it('says the sample data loaded and shows its year, though the years read again (and the button went) before the other reads', async () => {
    useFlash.getState().clear();
    const backend = memoryBackend();
    const direct = backendApi(backend);
    // Over HTTP the reads come back one by one: here the years list (which hides the button) before all the others.
    let isLoaded = false;
    const api: Api = {
      call: async (channel, input) => {
        if (isLoaded && channel !== 'years:list') await new Promise((resolve) => setTimeout(resolve, 300));
        const result = await direct.call(channel, input);
        if (channel === 'sample:load') isLoaded = true;
        return result;
      },
    };
    renderWithApp(<DashboardPage />, { backend, api });
    fireEvent.click(await screen.findByRole('button', { name: 'サンプルデータの読み込み' }));
    await waitFor(() => expect(useFlash.getState().message).toBe('サンプルデータを読み込みました（研修員11人）。'), { timeout: 3000 });
    expect(screen.queryByRole('button', { name: 'サンプルデータの読み込み' })).toBeNull();
    const [year] = await value(backend, 'years:list', {});
    expect(useYearSelection.getState().selectedYearId).toBe(year!.id);
  });
});
