import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { AssignModal } from './AssignModal';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

async function withTraineeAndHost() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  const trainee = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon',
    nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
  });
  const host = await value(backend, 'hosts:create', { code: '442119' });
  const pair = { traineeId: trainee.id, traineeName: '이서연', hostId: host.id, hostName: '大分県宇佐市' };
  return { backend, yearId: year.id, traineeId: trainee.id, pair };
}

describe('AssignModal', { timeout: 30_000 }, () => {
  it('starts on the year’s host training and saves dates as people write them (令和, slashes)', async () => {
    const { backend, yearId, traineeId, pair } = await withTraineeAndHost();
    const defaults = await value(backend, 'assignments:check', { yearId, traineeId, hostId: pair.hostId });
    renderWithApp(<AssignModal yearId={yearId} pair={pair} onClose={() => undefined} />, { backend });
    const startsOn = await screen.findByLabelText('受入開始日');
    await waitFor(() => expect(startsOn).toHaveValue(defaults.startsOn ?? ''));
    fireEvent.change(startsOn, { target: { value: '令和6年7月1日' } });
    fireEvent.change(screen.getByLabelText('受入終了日'), { target: { value: '2025/3/31' } });
    fireEvent.click(screen.getByRole('button', { name: 'この内容で決定' }));
    await waitFor(async () => expect(await value(backend, 'assignments:list', { traineeId })).toMatchObject([{ startsOn: '2024-07-01', endsOn: '2025-03-31' }]));
  });

  it('refuses a day that does not exist, with the message on the field, and saves nothing', async () => {
    const { backend, yearId, traineeId, pair } = await withTraineeAndHost();
    renderWithApp(<AssignModal yearId={yearId} pair={pair} onClose={() => undefined} />, { backend });
    const startsOn = await screen.findByLabelText('受入開始日');
    fireEvent.change(startsOn, { target: { value: 'R6.2.30' } });
    fireEvent.click(screen.getByRole('button', { name: 'この内容で決定' }));
    await waitFor(() => expect(startsOn).toHaveAccessibleDescription(/「受入開始日」は存在する日付で入力してください/));
    expect(await value(backend, 'assignments:list', { traineeId })).toEqual([]);
  });
});
