import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
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
  });
});
