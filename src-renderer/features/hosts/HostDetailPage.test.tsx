import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { backendApi, renderWithApp } from '../../test/render';
import { HostDetailPage } from './HostDetailPage';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

async function usaWithTie() {
  const backend = memoryBackend();
  const host = await value(backend, 'hosts:create', { code: '442119' });
  const gyeongju = await value(backend, 'sending-governments:create', { country: 'KR', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' });
  await value(backend, 'sister-ties:create', { hostId: host.id, sendingGovernmentId: gyeongju.id, kind: 'sister', since: '2005' });
  return { backend, hostId: host.id };
}

/** The page's own Delete (each tie has one too). */
async function askedToDelete() {
  const buttons = await screen.findAllByRole('button', { name: '削除' });
  fireEvent.click(buttons.find((b) => !b.closest('[data-testid="tie-table"]'))!);
  return screen.findByRole('dialog');
}

describe('HostDetailPage', { timeout: 30_000 }, () => {
  it('saves the contact person through the page form', async () => {
    const { backend, hostId } = await usaWithTie();
    renderWithApp(<HostDetailPage id={hostId} />, { backend });
    fireEvent.change(await screen.findByLabelText('担当者名'), { target: { value: '宇佐 花子' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await value(backend, 'hosts:get', { id: hostId })).host.contactName).toBe('宇佐 花子'));
  });

  it('asks before deleting a host and says its ties go with it', async () => {
    const { backend, hostId } = await usaWithTie();
    renderWithApp(<HostDetailPage id={hostId} />, { backend, withLayout: true });
    const dialog = await askedToDelete();
    expect(within(dialog).getByTestId('confirm-body')).toHaveTextContent('一緒に削除されるもの：姉妹都市・友好都市などの提携（1件）');
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    expect(tableCount(backend, 'hosts')).toBe(1);

    fireEvent.click(within(await askedToDelete()).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(tableCount(backend, 'hosts')).toBe(0));
    expect(tableCount(backend, 'sister_ties')).toBe(0);
  });

  it('says why a host that answered the survey cannot be deleted instead of asking, and keeps it', async () => {
    const { backend, hostId } = await usaWithTie();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    await value(backend, 'survey:save', { yearId: year.id, hostId, requestedCount: 1, status: 'received' });
    renderWithApp(<HostDetailPage id={hostId} />, { backend, withLayout: true });
    const buttons = await screen.findAllByRole('button', { name: '削除' });
    fireEvent.click(buttons.find((b) => !b.closest('[data-testid="tie-table"]'))!);
    expect(await screen.findByTestId('host-in-use')).toHaveTextContent('大分県宇佐市には受入決定0件・利用要望調査の回答1件があるため、削除できません。');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tableCount(backend, 'hosts')).toBe(1);
  });

  it('says so when the years cannot be read, where an answer would be added', async () => {
    const { backend, hostId } = await usaWithTie();
    const real = backendApi(backend);
    const api: Api = { call: (channel, input) => (channel === 'years:list' ? Promise.resolve({ ok: false, error: { code: 'internal' } }) : real.call(channel, input)) as never };
    renderWithApp(<HostDetailPage id={hostId} />, { backend, api });
    expect(await screen.findByTestId('query-error')).toHaveTextContent('予期しないエラーが発生しました');
    expect(screen.getByRole('button', { name: '回答を入力' })).toBeDisabled();
  });
});
