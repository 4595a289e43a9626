import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Backup } from '@shared/contract/backups';
import { formatDateTime } from '@shared/text/date-format';
import { memoryBackend, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { createI18n } from '../../i18n';
import { backendApi, failingApi, renderWithApp } from '../../test/render';
import { useFlash } from '../../app/flash.store';
import { BackupsSection } from './BackupsSection';
import { SettingsPage } from './SettingsPage';
import { useSettings } from './settings.store';

/** Makes every screen read again, as a write elsewhere (or a sync) would. */
function ReadAgain() {
  const client = useQueryClient();
  return <Button onClick={() => void client.invalidateQueries()}>read again</Button>;
}

describe('SettingsPage', () => {
  it('refuses an office phone that is not one, in words, and saves one that is', async () => {
    const backend = memoryBackend();
    renderWithApp(<SettingsPage />, { backend });
    const field = within(await screen.findByTestId('setting-officePhone'));
    fireEvent.change(field.getByLabelText('事務所の電話番号'), { target: { value: 'CLAIR office' } });
    fireEvent.click(field.getByRole('button', { name: '保存' }));
    expect(await field.findByText('「事務所の電話番号」は数字・+・-・括弧で入力してください。')).toBeInTheDocument();
    expect((await value(backend, 'settings:get', {})).officePhone).toBeNull();

    fireEvent.change(field.getByLabelText('事務所の電話番号'), { target: { value: '03-5213-1733' } });
    fireEvent.click(field.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(useFlash.getState().message).toBe('事務所の電話番号を保存しました。'));
    expect((await value(backend, 'settings:get', {})).officePhone).toBe('03-5213-1733');
    await waitFor(() => expect(field.getByRole('button', { name: '保存' })).toBeDisabled());
  });

  it('adds a training field and shows it in the list', async () => {
    const backend = memoryBackend();
    renderWithApp(<SettingsPage />, { backend });
    await waitFor(() => expect(screen.getAllByTestId('training-field-row').length).toBeGreaterThan(1));
    const before = screen.getAllByTestId('training-field-row').length;
    const adding = within(screen.getAllByTestId('training-field-row').at(-1)!);
    fireEvent.change(adding.getByLabelText('研修分野（日本語）'), { target: { value: '防災' } });
    fireEvent.change(adding.getByLabelText('研修分野（英語）'), { target: { value: 'Disaster prevention' } });
    fireEvent.click(adding.getByRole('button', { name: '追加' }));
    await waitFor(() => expect(screen.getAllByTestId('training-field-row')).toHaveLength(before + 1));
    expect(screen.getAllByTestId('training-field-row').at(-2)!.querySelector('input')).toHaveValue('防災');
    expect(adding.getByLabelText('研修分野（日本語）')).toHaveValue('');
  });
});

describe('settings forms when reading again fails', { timeout: 30_000 }, () => {
  it('keep what was typed in the office phone, this PC\'s name and a training field, under the error', async () => {
    const backend = memoryBackend();
    const real = backendApi(backend);
    let isFailing = false;
    const reads = new Set(['settings:get', 'sync:status', 'training-fields:list']);
    const api: Api = {
      call: (channel, input) => (isFailing && reads.has(channel) ? Promise.resolve({ ok: false, error: { code: 'internal' } }) : real.call(channel, input)),
    };
    renderWithApp(
      <>
        <ReadAgain />
        <SettingsPage />
      </>,
      { backend, api },
    );
    const phone = within(await screen.findByTestId('setting-officePhone')).getByLabelText('事務所の電話番号');
    fireEvent.change(phone, { target: { value: '03-5213-1733' } });
    fireEvent.change(await screen.findByLabelText('このPCの名前'), { target: { value: '空港ノートPC' } });
    await waitFor(() => expect(screen.getAllByTestId('training-field-row').length).toBeGreaterThan(1));
    const adding = () => within(screen.getAllByTestId('training-field-row').at(-1)!);
    fireEvent.change(adding().getByLabelText('研修分野（日本語）'), { target: { value: '防災' } });

    isFailing = true;
    fireEvent.click(screen.getByRole('button', { name: 'read again' }));
    await waitFor(() => expect(within(screen.getByTestId('sync-section')).getByTestId('query-error')).toBeInTheDocument());
    // The settings, this PC's sync status and the training fields (read by more than one section) each say so.
    expect(screen.getAllByTestId('query-error').length).toBeGreaterThanOrEqual(3);
    expect(within(screen.getByTestId('setting-officePhone')).getByLabelText('事務所の電話番号')).toHaveValue('03-5213-1733');
    expect(screen.getByLabelText('このPCの名前')).toHaveValue('空港ノートPC');
    expect(adding().getByLabelText('研修分野（日本語）')).toHaveValue('防災');
  });
});

describe('backups', { timeout: 30_000 }, () => {
  it('asks in the app\'s one question dialog before restoring, and restores only when confirmed', async () => {
    const backend = memoryBackend();
    const real = backendApi(backend);
    const backup: Backup = { file: 'kakehashi-20240520T021500Z-manual.sqlite', createdAt: '2024-05-20T02:15:00.000Z', sizeBytes: 4096, reason: 'manual' };
    const restored: unknown[] = [];
    const api: Api = {
      call: (channel, input) => {
        if (channel === 'backups:list') return Promise.resolve({ ok: true, value: [backup] }) as never;
        if (channel === 'backups:restore') {
          restored.push(input);
          return Promise.resolve({ ok: true, value: { restoredFrom: backup, safetyBackup: { ...backup, reason: 'before-restore' } } }) as never;
        }
        return real.call(channel, input);
      },
    };
    renderWithApp(<BackupsSection />, { backend, api, withLayout: true });
    const time = formatDateTime(backup.createdAt, 'ja');
    const row = within(await screen.findByTestId('backup-row'));

    fireEvent.click(row.getByRole('button', { name: 'このバックアップから復元' }));
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`${time}のバックアップから復元しますか？`);
    expect(dialog).toHaveTextContent('今のデータは復元の前にバックアップされるので、あとで元に戻せます。');
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(restored).toEqual([]);

    fireEvent.click(row.getByRole('button', { name: 'このバックアップから復元' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'このバックアップから復元' }));
    await waitFor(() => expect(useFlash.getState().message).toBe(`${time}のバックアップから復元しました。`));
    expect(restored).toEqual([{ file: backup.file }]);
  });
});

describe('settings store', () => {
  it('says so when the settings cannot be read, rather than keeping quiet', async () => {
    await expect(useSettings.getState().load(failingApi('internal'), createI18n('ja'))).rejects.toMatchObject({ body: { code: 'internal' } });
  });

  it('puts the language back when it cannot be remembered', async () => {
    useSettings.setState({ language: 'ja' });
    await expect(useSettings.getState().setLanguage(failingApi('internal'), createI18n('ja'), 'en')).rejects.toMatchObject({ body: { code: 'internal' } });
    expect(useSettings.getState().language).toBe('ja');
  });
});
