import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { folderBackend, memoryBackend, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { useFlash } from '../../app/flash.store';
import { backendApi, renderWithApp } from '../../test/render';
import { BackupsSection } from './BackupsSection';

describe('BackupsSection', () => {
  it('names the backups an erasure could not rewrite, which may still hold what was erased', async () => {
    const backend = memoryBackend();
    backend.ctx.db
      .prepare("INSERT INTO erasure_runs (erasure_id, carried_at, failed) VALUES ('e1', '2026-11-26T03:00:00Z', ?)")
      .run(JSON.stringify(['kakehashi-20260101T000000Z-manual.sqlite']));
    renderWithApp(<BackupsSection />, { backend });
    expect(await screen.findByText('消去が反映されていないバックアップがあります')).toBeInTheDocument();
    expect(screen.getByTestId('erasure-backups-failed')).toHaveTextContent('kakehashi-20260101T000000Z-manual.sqlite');
  });

  it('says nothing when every erasure reached the backups', async () => {
    renderWithApp(<BackupsSection />, { backend: memoryBackend() });
    expect(await screen.findByText('鍵の保管場所', { exact: false })).toBeInTheDocument();
    expect(screen.queryByTestId('erasure-backups-failed')).toBeNull();
    expect(screen.queryByTestId('erasure-pending')).toBeNull();
  });

  it('says an erasure is not finished when its vacuum is still to be done, though no backup failed', async () => {
    const backend = memoryBackend();
    backend.ctx.db.prepare("INSERT INTO erasure_runs (erasure_id, carried_at) VALUES ('value-rules', '2026-11-26T03:00:00Z')").run();
    renderWithApp(<BackupsSection />, { backend });
    expect(await screen.findByTestId('erasure-pending')).toHaveTextContent('消去の仕上げが終わっていません');
    expect(screen.queryByTestId('erasure-backups-failed')).toBeNull();
  });

  it('says the backup was made though the person left the section before the backup answered', async () => {
    useFlash.getState().clear();
    const backend = folderBackend(mkdtempSync(join(tmpdir(), 'kk-backups-'))); // a backup needs a data folder
    const direct = backendApi(backend);
    let answer: (() => void) | null = null;
    const api: Api = {
      call: async (channel, input) => {
        if (channel === 'backups:create') await new Promise<void>((resolve) => (answer = resolve));
        return direct.call(channel, input);
      },
    };
    renderWithApp(<Leavable><BackupsSection /></Leavable>, { backend, api });
    fireEvent.click(await screen.findByRole('button', { name: '今すぐバックアップ' }));
    fireEvent.click(screen.getByRole('button', { name: 'leave' }));
    expect(screen.queryByRole('button', { name: '今すぐバックアップ' })).toBeNull();
    await waitFor(() => expect(answer).not.toBeNull()); // the backup is asked for, and waits
    answer!();
    await waitFor(() => expect(useFlash.getState().message).toBe('バックアップを作成しました。'));
    expect(await value(backend, 'backups:list', {})).toHaveLength(1);
  });

  it('shows a failed backup beside its button and says nothing was made', async () => {
    useFlash.getState().clear();
    const backend = memoryBackend();
    const direct = backendApi(backend);
    const api: Api = { call: async (channel, input) => (channel === 'backups:create' ? { ok: false, error: { code: 'internal' } } : direct.call(channel, input)) as never };
    renderWithApp(<BackupsSection />, { backend, api });
    fireEvent.click(await screen.findByRole('button', { name: '今すぐバックアップ' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('予期しないエラーが発生しました');
    expect(useFlash.getState().message).toBeNull();
  });
});

/** Shows its children until "leave" is pressed: the person going to another screen, the app's providers staying. */
function Leavable({ children }: { children: ReactNode }) {
  const [isShown, setShown] = useState(true);
  return (
    <>
      {isShown && children}
      <button onClick={() => setShown(false)}>leave</button>
    </>
  );
}
