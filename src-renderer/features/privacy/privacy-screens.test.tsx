import ExcelJS from 'exceljs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import { useConfirmStore } from '../../app/confirm.store';
import { renderWithApp } from '../../test/render';
import { ExportRecordSection } from '../settings/ExportRecordSection';
import { useSettings } from '../settings/settings.store';
import { TraineeDetailPage } from '../trainees/TraineeDetailPage';
import { TraineesPage } from '../trainees/TraineesPage';
import { NO_FILTERS, useTraineeFilters } from '../trainees/trainee-filters.store';
import { TraineeHistory } from '../trainees/TraineeHistory';
import { YearDetailPage } from '../years/YearDetailPage';

const PASSPORT = 'PZ9988776';

/** The files handed to the browser to save, with their bytes. */
let saved: Array<{ name: string; bytes: Promise<Buffer> }>;
let blobs: Blob[];

beforeEach(() => {
  saved = [];
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs[Number(this.href.split(':').pop()) - 1]!;
    saved.push({ name: this.download, bytes: blob.arrayBuffer().then((b) => Buffer.from(b)) });
  });
});
const COLUMNS = useSettings.getState().traineeColumns;
afterEach(() => {
  vi.restoreAllMocks();
  useSettings.setState({ traineeColumns: COLUMNS });
});

/** The sample year, a staff name, and one trainee whose passport number changed once. */
async function withNumbers() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  await value(backend, 'settings:update', { staffName: '山田 花子' });
  const [first] = await value(backend, 'trainees:list', { yearId });
  const full = await value(backend, 'trainees:get', { id: first!.id });
  await value(backend, 'trainees:update', { ...full, passportNumber: 'TK1234578' });
  await value(backend, 'trainees:update', { ...full, passportNumber: PASSPORT });
  return { backend, yearId, id: first!.id };
}

async function cells(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).map((v) => String(v)));
}

/** The question the page asked (the layout shows it), answered as the person would. */
async function answerQuestion(yes: boolean) {
  await waitFor(() => expect(useConfirmStore.getState().request).not.toBeNull());
  const question = useConfirmStore.getState().request!;
  useConfirmStore.getState().answer(yes);
  return `${question.title}\n${question.body}`;
}

describe('privacy on screen', { timeout: 30_000 }, () => {
  it('exports the year with numbers masked by default, and in full only when chosen and confirmed, then recorded', async () => {
    const { backend, yearId } = await withNumbers();
    renderWithApp(<YearDetailPage id={yearId} />, { backend });
    const exportButton = await screen.findByRole('button', { name: 'この年度をまとめて出力（Excel）' });
    fireEvent.click(exportButton);
    await waitFor(() => expect(saved).toHaveLength(1));
    const masked = await cells(await saved[0]!.bytes);
    expect(masked).toContain('PZ99•••76');
    expect(masked.join('\n')).not.toContain(PASSPORT);
    expect(useConfirmStore.getState().request).toBeNull();
    expect(tableCount(backend, 'export_records')).toBe(0);

    // Chosen, then asked: a No writes nothing and records nothing.
    fireEvent.click(screen.getByLabelText('旅券番号・在留カード番号を伏せずに含める'));
    fireEvent.click(exportButton);
    const question = await answerQuestion(false);
    expect(question).toContain('旅券番号を含めますか');
    expect(question).toContain('出力記録に残ります');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toHaveLength(1);
    expect(tableCount(backend, 'export_records')).toBe(0);

    fireEvent.click(exportButton);
    await answerQuestion(true);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(await cells(await saved[1]!.bytes)).toContain(PASSPORT);
    expect(await value(backend, 'privacy:export-records', {})).toMatchObject([{ author: '山田 花子', list: 'year', fiscalYear: 2024, fileName: saved[1]!.name }]);
  });

  it('shows passport numbers in the list masked until 番号を表示, and an export of them in full asks first and is recorded', async () => {
    const { backend } = await withNumbers();
    useTraineeFilters.setState({ ...NO_FILTERS, sort: null });
    useSettings.setState({ traineeColumns: ['nativeName', 'latinName', 'passportNumber'] });
    renderWithApp(<TraineesPage />, { backend });
    expect(await screen.findByText('PZ99•••76')).toBeInTheDocument();
    expect(screen.queryByText(PASSPORT)).toBeNull();

    // Masked on screen: the file is masked too, and nothing is asked.
    fireEvent.click(screen.getByRole('button', { name: '出力' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'CSV（UTF-8）' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((await saved[0]!.bytes).toString('utf8')).toContain('PZ99•••76');
    expect(useConfirmStore.getState().request).toBeNull();

    fireEvent.click(screen.getByLabelText('番号を表示'));
    expect(await screen.findByText(PASSPORT)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '出力' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'CSV（UTF-8）' }));
    expect(await answerQuestion(true)).toContain('旅券番号を含めますか');
    await waitFor(() => expect(saved).toHaveLength(2));
    expect((await saved[1]!.bytes).toString('utf8')).toContain(PASSPORT);
    expect(await value(backend, 'privacy:export-records', {})).toMatchObject([{ list: 'trainees', columns: ['passportNumber'], fileName: saved[1]!.name }]);
  });

  it('lists the export record in Settings: when, who, which list, which columns, how many people', async () => {
    const { backend, yearId } = await withNumbers();
    renderWithApp(<ExportRecordSection />, { backend });
    expect(await screen.findByText('記録はありません。')).toBeInTheDocument();
    await value(backend, 'exports:year', { yearId, language: 'ja', includeIdentifiers: true });
    renderWithApp(<ExportRecordSection />, { backend });
    const row = await screen.findByTestId('export-record-row');
    expect(row).toHaveTextContent('山田 花子');
    expect(row).toHaveTextContent('2024年度 年度まとめ（全一覧）');
    expect(row).toHaveTextContent('旅券番号、在留カード番号');
    expect(row).toHaveTextContent('1人');
    expect(row).toHaveTextContent(/^2026/);
  });

  it('shows the history with numbers masked, and in full when 番号を表示 is turned on', async () => {
    const { backend, id } = await withNumbers();
    renderWithApp(<TraineeHistory id={id} />, { backend });
    const table = await screen.findByTestId('history-table');
    expect(within(table).getByText('TK12•••78 → PZ99•••76')).toBeInTheDocument();
    expect(table).not.toHaveTextContent(PASSPORT);
    fireEvent.click(screen.getByLabelText('番号を表示'));
    expect(await within(table).findByText(`TK1234578 → ${PASSPORT}`)).toBeInTheDocument();
  });

  it('warns of a 要配慮 item held without consent, and the warning goes once the consent date is saved', async () => {
    const { backend, id } = await withNumbers();
    const full = await value(backend, 'trainees:get', { id });
    await value(backend, 'trainees:update', { ...full, allergies: 'そば' });
    renderWithApp(<TraineeDetailPage id={id} />, { backend });
    const warnings = await screen.findByTestId('trainee-warnings');
    fireEvent.click(within(warnings).getByText('要配慮個人情報（健康・宗教）を保有していますが、本人の同意を得た記録がありません'));
    const consent = await screen.findByTestId('sensitive-consent');
    expect(consent).toHaveTextContent('要配慮個人情報の取扱いへの同意');
    fireEvent.change(within(consent).getByLabelText('同意取得日（健康）'), { target: { value: '令和6年4月1日' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await value(backend, 'trainees:get', { id })).healthConsentOn).toBe('2024-04-01'));
    await waitFor(() => expect(screen.queryByText(/本人の同意を得た記録がありません/)).toBeNull());
    // The form holds the stored consent: saving another change keeps it.
    fireEvent.change(screen.getByLabelText('アレルギー'), { target: { value: 'そば、えび' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await value(backend, 'trainees:get', { id })).allergies).toBe('そば、えび'));
    expect(await value(backend, 'trainees:get', { id })).toMatchObject({ healthConsentOn: '2024-04-01', warnings: expect.not.arrayContaining(['no_consent']) as unknown });
  });
});
