import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { AssignmentList } from './AssignmentList';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

describe('AssignmentList', { timeout: 30_000 }, () => {
  it('asks before removing an assignment, naming whose it is and that it cannot be undone; the trainee and the host stay', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    const trainee = await value(backend, 'trainees:create', {
      yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon',
      nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
    });
    const host = await value(backend, 'hosts:create', { code: '442119' });
    await value(backend, 'assignments:create', { yearId: year.id, traineeId: trainee.id, hostId: host.id });
    renderWithApp(<AssignmentList yearId={year.id} />, { backend, withLayout: true });

    const row = await screen.findByTestId('assignment-row');
    fireEvent.click(within(row).getByRole('button', { name: '이서연さんの受入決定を取消し' }));
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('「이서연さんの大分県宇佐市での受入決定」を削除しますか？');
    expect(within(dialog).getByTestId('confirm-body')).toHaveTextContent('削除すると元に戻せません。');
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tableCount(backend, 'host_assignments')).toBe(1);

    fireEvent.click(within(row).getByRole('button', { name: '이서연さんの受入決定を取消し' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('受入決定を取り消しました。'));
    expect(tableCount(backend, 'host_assignments')).toBe(0);
    expect(tableCount(backend, 'trainees')).toBe(1);
    expect(tableCount(backend, 'hosts')).toBe(1);
  });
});
