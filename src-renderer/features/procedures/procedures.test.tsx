import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { ProceduresPage } from './ProceduresPage';
import { ProceduresTemplateSection } from './ProceduresTemplateSection';
import { TraineeProcedures } from './TraineeProcedures';
import { TraineeHistory } from '../trainees/TraineeHistory';

configure({ asyncUtilTimeout: 10_000 });

/** A 2027 year (today 2027-02-20) with a trainee hosted by 宇佐市 and one by 府中市. */
async function yearWithTwoHosts() {
  const backend = memoryBackend(() => new Date('2027-02-20T03:00:00Z'));
  const year = await value(backend, 'years:create', { fiscalYear: 2027 });
  const lee = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
  });
  const ram = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameLatin: 'SHRESTHA', givenNameLatin: 'Ram', nameLang: 'en', nameOrder: 'given_first', nationality: 'NP', status: 'selected',
  });
  const usa = await value(backend, 'hosts:create', { code: '442119' });
  const fuchu = await value(backend, 'hosts:create', { code: '132063' });
  await value(backend, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: usa.id });
  await value(backend, 'assignments:create', { yearId: year.id, traineeId: ram.id, hostId: fuchu.id });
  return { backend, year, lee, ram };
}

const rows = () => screen.findAllByTestId('procedure-row');

describe('ProceduresPage', { timeout: 30_000 }, () => {
  it('makes the checklist, filters by the host that must act, and changes a status with one click in its menu', async () => {
    const { backend, lee } = await yearWithTwoHosts();
    renderWithApp(<ProceduresPage />, { backend, withLayout: true });
    fireEvent.click(await screen.findByTestId('procedure-start'));
    expect(await rows()).toHaveLength(2);
    expect(screen.getByTestId('procedure-warnings')).toHaveTextContent('期限');

    fireEvent.change(screen.getByTestId('procedure-filter-who'), { target: { value: `host:${(await value(backend, 'trainees:get', { id: lee.id })).hostId}` } });
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    const row = (await rows())[0]!;
    expect(row).toHaveTextContent('이서연');
    // Only the host's items: 研修実施予定表 and 保険加入.
    expect(within(row).getAllByTestId('procedure-cell')).toHaveLength(2);

    const cell = within(row).getAllByTestId('procedure-cell')[0]!;
    expect(cell).toHaveAttribute('data-overdue', 'true');
    fireEvent.click(cell);
    fireEvent.click(await screen.findByTestId('procedure-status-requested'));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('「研修実施予定表」を「依頼済み」にしました。'));
    await waitFor(() => expect(within((screen.getAllByTestId('procedure-row'))[0]!).getAllByTestId('procedure-cell')[0]).toHaveAttribute('data-status', 'requested'));
  });

  it('says why a scan that is not a PDF or image is refused, naming the field', async () => {
    const { backend, year, lee } = await yearWithTwoHosts();
    await value(backend, 'procedures:start-year', { yearId: year.id });
    renderWithApp(<TraineeProcedures traineeId={lee.id} traineeName="이서연" />, { backend, withLayout: true });
    const list = await screen.findByTestId('trainee-procedure-list');
    fireEvent.click(within(list).getAllByTestId('procedure-cell')[1]!);
    fireEvent.click(await screen.findByTestId('procedure-details'));
    const dialog = await screen.findByTestId('procedure-detail');
    const input = dialog.parentElement!.parentElement!.querySelector('input[type="file"]') ?? document.querySelector('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [new File(['PK\u0003\u0004zip'], 'scan.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('「受領したファイル」はPDF、JPEG、PNGのいずれかのファイルを選んでください。');
  });
});

describe('ProceduresTemplateSection', { timeout: 30_000 }, () => {
  it("adds an item in English that every trainee's list of the year shows", async () => {
    const { backend, year, lee, ram } = await yearWithTwoHosts();
    await value(backend, 'procedures:start-year', { yearId: year.id });
    renderWithApp(<ProceduresTemplateSection />, { backend, withLayout: true, language: 'en' });
    fireEvent.click(await screen.findByTestId('procedure-template-add'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Item name (Japanese)'), { target: { value: '住居の手配' } });
    fireEvent.change(within(dialog).getByLabelText('Item name (English)'), { target: { value: 'Housing arranged' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getAllByTestId('procedure-template-row').at(-1)).toHaveTextContent('Housing arranged'));
    for (const t of [lee, ram]) expect((await value(backend, 'procedures:trainee', { traineeId: t.id })).items.map((i) => i.nameEn)).toContain('Housing arranged');
  });

  it('saves the warning weeks, and shows the saved weeks again when they change under what was typed', async () => {
    const { backend } = await yearWithTwoHosts();
    const saved = (await value(backend, 'procedures:template', {})).options.entryWarningWeeks;
    renderWithApp(<ProceduresTemplateSection />, { backend, withLayout: true, language: 'en' });
    const weeks = () => screen.getByLabelText('COE and visa warning (weeks before arrival)');
    await waitFor(() => expect(weeks()).toHaveValue(String(saved)));
    fireEvent.change(weeks(), { target: { value: String(saved + 2) } });
    fireEvent.click(within(screen.getByTestId('procedure-template')).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('Warning setting saved.'));
    expect((await value(backend, 'procedures:template', {})).options.entryWarningWeeks).toBe(saved + 2);
    expect(weeks()).toHaveValue(String(saved + 2));

    // Typed but not saved, while the weeks change elsewhere; the next read of the template (after adding an item) brings them.
    fireEvent.change(weeks(), { target: { value: '9' } });
    await value(backend, 'procedures:set-options', { entryWarningWeeks: 3 });
    fireEvent.click(screen.getByTestId('procedure-template-add'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Item name (Japanese)'), { target: { value: '住居の手配' } });
    fireEvent.change(within(dialog).getByLabelText('Item name (English)'), { target: { value: 'Housing arranged' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getAllByTestId('procedure-template-row').at(-1)).toHaveTextContent('Housing arranged'));
    await waitFor(() => expect(weeks()).toHaveValue('3'));
  });
});

describe("the trainee's history", { timeout: 30_000 }, () => {
  it('lists a change of an entry procedure by its item, with the status by its name', async () => {
    const { backend, year, lee } = await yearWithTwoHosts();
    const grid = await value(backend, 'procedures:start-year', { yearId: year.id });
    const plan = grid.items.find((i) => i.nameJa === '研修実施予定表')!;
    await value(backend, 'procedures:set-status', { traineeId: lee.id, itemId: plan.id, status: 'requested', note: null });
    await value(backend, 'procedures:set-status', { traineeId: lee.id, itemId: plan.id, status: 'received', note: null });
    renderWithApp(<TraineeHistory id={lee.id} />, { backend });
    const table = await screen.findByTestId('history-table');
    const rows = within(table).getAllByTestId('history-row');
    expect(rows[0]).toHaveTextContent('来日手続き「研修実施予定表」の状況');
    expect(rows[0]).toHaveTextContent('依頼済み → 受領');
    expect(rows[1]).toHaveTextContent('未依頼 → 依頼済み');
  });

  it('opens the item a warning pointed to when the page is reached from it', async () => {
    const { backend, year, lee } = await yearWithTwoHosts();
    const grid = await value(backend, 'procedures:start-year', { yearId: year.id });
    const visa = grid.items.find((i) => i.key === 'visa')!;
    renderWithApp(<TraineeProcedures traineeId={lee.id} traineeName="이서연" openItemId={visa.id} />, { backend, withLayout: true });
    expect(await screen.findByRole('dialog', { name: /査証発給/ })).toContainElement(screen.getByTestId('procedure-detail'));
  });
});
