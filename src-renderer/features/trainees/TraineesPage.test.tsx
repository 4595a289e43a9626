import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { useYears } from '../years/years.store';
import { TraineesPage } from './TraineesPage';

async function sampleBackend() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  useYears.setState({ years: await value(backend, 'years:list', {}), selectedYearId: yearId });
  return backend;
}

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
});
