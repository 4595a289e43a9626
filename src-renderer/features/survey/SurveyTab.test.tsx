import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { useYearSelection } from '../years/years.store';
import { SurveyTab } from './SurveyTab';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

/** Usa answered in 2023, Nara in 2024. */
async function twoYearsOfAnswers() {
  const backend = memoryBackend();
  const y2023 = await value(backend, 'years:create', { fiscalYear: 2023 });
  const y2024 = await value(backend, 'years:create', { fiscalYear: 2024 });
  const usa = await value(backend, 'hosts:create', { code: '442119' });
  const nara = await value(backend, 'hosts:create', { code: '292010' });
  await value(backend, 'survey:save', { yearId: y2023.id, hostId: usa.id, requestedCount: 1, status: 'received' });
  await value(backend, 'survey:save', { yearId: y2024.id, hostId: nara.id, requestedCount: 2, status: 'received' });
  return { backend, y2023, y2024 };
}

describe('SurveyTab', { timeout: 30_000 }, () => {
  beforeEach(() => useYearSelection.setState({ selectedYearId: null }));

  it('shows the year chosen on the other screens, and a year chosen here is theirs too', async () => {
    const { backend, y2023, y2024 } = await twoYearsOfAnswers();
    useYearSelection.getState().select(y2023.id);
    renderWithApp(<SurveyTab />, { backend });
    expect(await screen.findByTestId('survey-row')).toHaveTextContent('宇佐市');
    fireEvent.change(screen.getByLabelText('年度を選択'), { target: { value: y2024.id } });
    await waitFor(() => expect(screen.getByTestId('survey-row')).toHaveTextContent('奈良市'));
    expect(useYearSelection.getState().selectedYearId).toBe(y2024.id);
  });

  it('reads full-width digits typed as the number requested', async () => {
    const { backend, y2024 } = await twoYearsOfAnswers();
    renderWithApp(<SurveyTab />, { backend });
    fireEvent.click(within(await screen.findByTestId('survey-row')).getByRole('button', { name: '編集' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/希望人数/), { target: { value: '　３ ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await value(backend, 'survey:list', { yearId: y2024.id }))[0]!.requestedCount).toBe(3));
  });
});
