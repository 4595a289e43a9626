import fs from 'node:fs';
import path from 'node:path';
import { Button } from '@mantine/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { setReadLimits } from '../../src-main/features/imports/read-in-worker';
import { memoryBackend, tableCount, value } from '../../src-main/test/backend';
import type { Api } from '../api';
import { backendApi, renderWithApp } from '../test/render';
import { ImportModal } from './ImportModal';

const CSV = fs.readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/trainees-utf8-bom.csv'));
/** Two years of the archive, a row each. */
const ARCHIVE_CSV = '年度,姓,名,国籍,受入自治体,状況\r\nH17,LEE,Seoyeon,韓国,大分県宇佐市,研修修了\r\n2006,PARK,Minho,韓国,北海道札幌市,研修修了\r\n';

function Harness() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>open</Button>
      <ImportModal opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}

/** The backend's api, counting the dry runs it is asked for. */
function countingApi(api: Api) {
  const counts = { previews: 0 };
  const counting: Api = {
    call: (channel, input) => {
      if (channel === 'imports:preview') counts.previews += 1;
      return api.call(channel, input);
    },
  };
  return { api: counting, counts };
}

function fileInput(): HTMLInputElement {
  return screen.getByRole('dialog').querySelector('input[type=file]')!;
}

function choose(input: HTMLInputElement) {
  const file = new File([CSV], 'trainees.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** Applies the two-row preview while its file is read slowly and stops it: no error, the preview kept, nothing to undo. */
async function applyAndStop() {
  setReadLimits({ holdMs: 5000 });
  fireEvent.click(screen.getByRole('button', { name: '2件の取り込み' }));
  await screen.findByTestId('import-progress');
  fireEvent.click(screen.getByTestId('import-cancel'));
  await waitFor(() => expect(screen.queryByTestId('import-progress')).toBeNull(), { timeout: 3000 });
  expect(screen.queryByTestId('error-alert')).toBeNull();
  expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 2件');
  expect(screen.queryByRole('button', { name: 'この取り込みの取消し' })).toBeNull();
}

describe('ImportModal', () => {
  afterEach(() => setReadLimits(null));

  it('runs the dry run again for the same file, and starts clean each time it opens', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2024 });
    const { api, counts } = countingApi(backendApi(backend));
    renderWithApp(<Harness />, { backend, api });

    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(screen.getByLabelText('取り込み先の年度')).toHaveDisplayValue('2024年度'));
    choose(fileInput());
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 2件・更新 0件・変更なし 0件・エラー 0件'));
    // The input let go of the file, so a browser fires `change` for the same file again.
    expect(fileInput().value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: '2件の取り込み' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'この取り込みの取消し' })).toBeInTheDocument());
    choose(fileInput());
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 0件・更新 0件・変更なし 2件・エラー 0件'));
    expect(counts.previews).toBe(2);
    expect(screen.queryByRole('button', { name: 'この取り込みの取消し' })).toBeNull();

    // The footer's 閉じる (the header's × is named 閉じる too).
    fireEvent.click(screen.getAllByRole('button', { name: '閉じる' }).at(-1)!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await screen.findByRole('dialog');
    expect(screen.queryByTestId('import-counts')).toBeNull();
    expect(screen.queryByText('trainees.csv')).toBeNull();
    expect(screen.getByRole('button', { name: '0件の取り込み' })).toBeDisabled();
  });

  it('says so where the preview would be when the picked file cannot be read from disk', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2024 });
    const { api, counts } = countingApi(backendApi(backend));
    renderWithApp(<Harness />, { backend, api });
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(screen.getByLabelText('取り込み先の年度')).toHaveDisplayValue('2024年度'));
    choose(fileInput());
    await waitFor(() => expect(screen.getByTestId('import-counts')).toBeInTheDocument());

    // Moved or deleted after it was picked: the browser cannot read it.
    const gone = new File([CSV], 'moved.csv', { type: 'text/csv' });
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
    const input = fileInput();
    Object.defineProperty(input, 'files', { value: [gone], configurable: true });
    fireEvent.change(input);
    const alert = await within(screen.getByRole('dialog')).findByTestId('error-alert');
    expect(alert).toHaveTextContent('ファイルを読み込めませんでした。');
    // Nothing of the file before it stays to be applied.
    expect(screen.queryByTestId('import-counts')).toBeNull();
    expect(screen.getByRole('button', { name: '0件の取り込み' })).toBeDisabled();
    expect(counts.previews).toBe(1);

    choose(fileInput());
    await waitFor(() => expect(screen.getByTestId('import-counts')).toBeInTheDocument());
    expect(screen.queryByTestId('error-alert')).toBeNull();
  });

  it('names the field of a refused import in words', async () => {
    const backend = memoryBackend();
    // No year: the import has none to go into.
    renderWithApp(<Harness />, { backend });
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    choose(fileInput());
    const alert = await within(screen.getByRole('dialog')).findByTestId('error-alert');
    expect(alert).toHaveTextContent('「取り込み先の年度」');
    expect(alert).not.toHaveTextContent('yearId');
  });

  it('shows why a file cannot be read where the preview would be', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2024 });
    renderWithApp(<Harness />, { backend });
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(screen.getByLabelText('取り込み先の年度')).toHaveDisplayValue('2024年度'));
    const input = fileInput();
    Object.defineProperty(input, 'files', { value: [new File([new Uint8Array(0)], 'empty.csv', { type: 'text/csv' })], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole('dialog').querySelector('[data-testid=error-alert]')).not.toBeNull());
    expect(screen.queryByTestId('import-counts')).toBeNull();
  });

  it('shows how far a preview is, and a cancelled one goes back to choosing a file without an error', async () => {
    setReadLimits({ holdMs: 5000 });
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2024 });
    renderWithApp(<Harness />, { backend });
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(screen.getByLabelText('取り込み先の年度')).toHaveDisplayValue('2024年度'));
    choose(fileInput());
    const progress = await screen.findByTestId('import-progress');
    await waitFor(() => expect(progress).toHaveTextContent(/ファイルを読み込んでいます…（\d+ KB）/));
    expect(within(progress).getByRole('progressbar')).toBeInTheDocument();
    // Said aloud as well: the text is a live region.
    expect(within(progress).getByRole('status')).toHaveTextContent(/ファイルを読み込んでいます…（\d+ KB）/);

    fireEvent.click(screen.getByTestId('import-cancel'));
    await waitFor(() => expect(screen.queryByTestId('import-progress')).toBeNull(), { timeout: 3000 });
    expect(screen.queryByTestId('error-alert')).toBeNull();
    expect(screen.queryByTestId('import-counts')).toBeNull();
    expect(screen.queryByText('trainees.csv')).toBeNull();
    expect(tableCount(backend, 'trainees')).toBe(0);

    setReadLimits(null);
    choose(fileInput());
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 2件'));
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('another year chosen while the file is read reads it again for that year: the reading it replaced, cancelled, does not drop the file', async () => {
    setReadLimits({ holdMs: 5000 });
    const backend = memoryBackend();
    const first = await value(backend, 'years:create', { fiscalYear: 2024 });
    const second = await value(backend, 'years:create', { fiscalYear: 2025 });
    renderWithApp(<Harness />, { backend });
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    const year = await screen.findByLabelText('取り込み先の年度');
    await waitFor(() => expect(year).toHaveTextContent('2025年度'));
    fireEvent.change(year, { target: { value: first.id } });
    choose(fileInput());
    await screen.findByTestId('import-progress');

    setReadLimits(null);
    fireEvent.change(year, { target: { value: second.id } });
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 2件'), { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the cancelled reading has answered too by now
    expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 2件');
    expect(screen.getByText('trainees.csv')).toBeInTheDocument();
    expect(screen.queryByTestId('error-alert')).toBeNull();
  });

  it('an apply stopped while its file is read writes nothing and keeps the preview', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2024 });
    renderWithApp(<Harness />, { backend });
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(screen.getByLabelText('取り込み先の年度')).toHaveDisplayValue('2024年度'));
    choose(fileInput());
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 2件'));

    await applyAndStop();
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('says which file took too long and what the limit was', async () => {
    setReadLimits({ holdMs: 3000, timeLimitMs: 200 });
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2024 });
    renderWithApp(<Harness />, { backend });
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(screen.getByLabelText('取り込み先の年度')).toHaveDisplayValue('2024年度'));
    choose(fileInput());
    const alert = await within(screen.getByRole('dialog')).findByTestId('error-alert');
    expect(alert).toHaveTextContent('「trainees.csv」の読み込みが0.2秒を超えたため、中止しました。何も取り込んでいません。');
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('an archive being read shows its progress and a 中止 that stops it: a stopped dry run goes back to choosing a file, a stopped apply keeps its preview, nothing is written', async () => {
    setReadLimits({ holdMs: 5000 });
    const backend = memoryBackend();
    renderWithApp(<ImportModal what="archive" opened onClose={() => undefined} />, { backend });
    const chooseArchive = () => {
      const input = fileInput();
      Object.defineProperty(input, 'files', { value: [new File([ARCHIVE_CSV], 'archive.csv', { type: 'text/csv' })], configurable: true });
      fireEvent.change(input);
    };
    chooseArchive();
    const progress = await screen.findByTestId('import-progress');
    await waitFor(() => expect(progress).toHaveTextContent(/ファイルを読み込んでいます…（\d+ KB）/));
    expect(within(progress).getByRole('progressbar')).toBeInTheDocument();
    // Said aloud as well: the text is a live region.
    expect(within(progress).getByRole('status')).toHaveTextContent(/ファイルを読み込んでいます…（\d+ KB）/);
    fireEvent.click(within(progress).getByRole('button', { name: '読み込みを中止' }));
    await waitFor(() => expect(screen.queryByTestId('import-progress')).toBeNull(), { timeout: 3000 });
    expect(screen.queryByTestId('error-alert')).toBeNull();
    expect(screen.queryByTestId('archive-summary')).toBeNull();
    expect(screen.queryByText('archive.csv')).toBeNull();

    setReadLimits(null);
    chooseArchive();
    await waitFor(() => expect(screen.getByTestId('import-counts')).toHaveTextContent('新規 2件'));
    expect(screen.getByTestId('archive-years')).toHaveTextContent('2005年度～2006年度');

    await applyAndStop();
    for (const table of ['trainees', 'program_years', 'hosts', 'imports']) expect(tableCount(backend, table), table).toBe(0);
  });

  it('an archive that takes too long says which file and the limit', async () => {
    setReadLimits({ holdMs: 3000, timeLimitMs: 200 });
    renderWithApp(<ImportModal what="archive" opened onClose={() => undefined} />, { backend: memoryBackend() });
    const input = fileInput();
    Object.defineProperty(input, 'files', { value: [new File([ARCHIVE_CSV], '受入実績.csv', { type: 'text/csv' })], configurable: true });
    fireEvent.change(input);
    const alert = await within(screen.getByRole('dialog')).findByTestId('error-alert');
    expect(alert).toHaveTextContent('「受入実績.csv」の読み込みが0.2秒を超えたため、中止しました。何も取り込んでいません。');
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });
});
