import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { CertificateSheet } from '../prints/CertificateSheets';
import { CompletionSettingsSection } from './CompletionSettingsSection';
import { CompletionTab } from './CompletionTab';
import { TraineeCompletion } from './TraineeCompletion';
import { DashboardPage } from '../dashboard/DashboardPage';
import { useYearSelection } from '../years/years.store';

configure({ asyncUtilTimeout: 10_000 });

/** FY2024 (today 2025-03-31): 이서연 at 宇佐市 and Ram at his host. */
async function cohort() {
  const backend = memoryBackend(() => new Date('2025-03-31T03:00:00Z'));
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  const lee = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'at_host',
  });
  const ram = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameLatin: 'SHRESTHA', givenNameLatin: 'Ram', nameLang: 'en', nameOrder: 'given_first', nationality: 'NP', status: 'at_host',
  });
  const usa = await value(backend, 'hosts:create', { code: '442119' });
  await value(backend, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: usa.id });
  return { backend, year, lee, ram };
}

describe('TraineeCompletion', { timeout: 30_000 }, () => {
  it('records the completion on a typed day, offers the certificate, records a report, and undoes the completion', async () => {
    const { backend, lee } = await cohort();
    renderWithApp(<TraineeCompletion traineeId={lee.id} traineeName="이서연" />, { backend, withLayout: true });
    fireEvent.change(await screen.findByTestId('completion-day'), { target: { value: '令和7年3月28日' } });
    fireEvent.click(screen.getByTestId('completion-complete'));
    await waitFor(() => expect(screen.getByTestId('completion-date')).toHaveTextContent('研修修了日：2025年3月28日'));
    expect(screen.getByTestId('flash')).toHaveTextContent('이서연さんを研修修了（2025年3月28日）にしました。');
    expect(screen.getByTestId('completion-certificate-ja')).toBeInTheDocument();

    const report = screen.getByTestId('completion-report-final_report');
    fireEvent.click(within(report).getByRole('checkbox', { name: '最終報告書の受領' }));
    await waitFor(() => expect(within(screen.getByTestId('completion-report-final_report')).getByText('受領（2025年3月31日）')).toBeInTheDocument());

    fireEvent.click(screen.getByTestId('completion-undo'));
    await waitFor(() => expect(screen.getByTestId('completion-complete')).toBeInTheDocument());
    expect((await value(backend, 'trainees:get', { id: lee.id })).status).toBe('at_host');
  });

  it('shows a day in the future refused, naming the field', async () => {
    const { backend, lee } = await cohort();
    renderWithApp(<TraineeCompletion traineeId={lee.id} traineeName="이서연" />, { backend });
    fireEvent.change(await screen.findByTestId('completion-day'), { target: { value: '2025-04-02' } });
    fireEvent.click(screen.getByTestId('completion-complete'));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('「研修修了日」に今日より後の日付は指定できません。');
  });
});

describe('CompletionTab', { timeout: 30_000 }, () => {
  it('refuses to close the year naming who is not finished, closes it once all are, and shows the year read only', async () => {
    const { backend, lee, ram } = await cohort();
    await value(backend, 'completion:complete', { traineeId: lee.id, completedOn: null });
    renderWithApp(<CompletionTab />, { backend, withLayout: true });
    expect(await screen.findAllByTestId('completion-row')).toHaveLength(2);
    expect(screen.getByTestId('year-not-finished')).toHaveTextContent('研修修了・辞退・中止になっていない研修員（1人）：Ram SHRESTHA');
    fireEvent.click(screen.getByTestId('year-close-button'));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('研修修了または辞退・中止になっていない研修員が1人いるため、2024年度を確定できません：Ram SHRESTHA');

    await value(backend, 'completion:complete', { traineeId: ram.id, completedOn: null });
    fireEvent.click(screen.getByTestId('year-close-button'));
    expect(await screen.findByTestId('year-closed-badge')).toHaveTextContent('確定済み（2025年3月31日）');
    expect(screen.getByTestId('year-close-history')).toHaveTextContent('確定');
    expect(screen.getByTestId('completion-print-year-ja')).toBeInTheDocument();
    expect(screen.getByTestId('completion-print-host-select')).toHaveValue((await value(backend, 'trainees:get', { id: lee.id })).hostId);
  });
});

describe('CompletionSettingsSection', { timeout: 30_000 }, () => {
  it('saves the signer and refuses an empty organisation, naming it', async () => {
    const { backend } = await cohort();
    renderWithApp(<CompletionSettingsSection />, { backend, withLayout: true });
    const name = await screen.findByLabelText('氏名（日本語）');
    fireEvent.change(name, { target: { value: '岡本 保' } });
    fireEvent.click(screen.getByTestId('signer-save'));
    await waitFor(async () => expect((await value(backend, 'completion:signer', {})).nameJa).toBe('岡本 保'));
    fireEvent.change(screen.getByLabelText('団体名（日本語）'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('signer-save'));
    expect(await screen.findByText('「団体名（日本語）」を入力してください。')).toBeInTheDocument();
  });
});

describe('the certificate', () => {
  const set = {
    fiscalYear: 2024,
    isSignerDefault: false,
    signer: { organizationJa: '一般財団法人自治体国際化協会', titleJa: '理事長', nameJa: '岡本 保', organizationEn: null, titleEn: 'President', nameEn: 'OKAMOTO Tamotsu' },
    certificates: [
      { traineeId: 'a', nativeName: '이서연', nameLang: 'ko' as const, latinName: 'LEE Seoyeon', hostId: 'h', hostName: '大分県宇佐市', hostNameEn: 'Usa City', startsOn: '2024-10-01', completedOn: '2019-05-01' },
    ],
  };

  it('in Japanese: the name in Hangul tagged ko and romanised, the host, the period and the date in 和暦 with 元年, the signer', () => {
    renderWithApp(<CertificateSheet set={set} language="ja" />);
    const page = screen.getByTestId('certificate');
    expect(page).toHaveTextContent('修了証書');
    expect(within(page).getByText('이서연')).toHaveAttribute('lang', 'ko');
    expect(page).toHaveTextContent('LEE Seoyeon');
    expect(page).toHaveTextContent('あなたは、令和6年10月1日から令和元年5月1日まで、大分県宇佐市において、令和6年度（2024年度）自治体職員協力交流事業（LGOTP）の研修を修了したことを証します。');
    expect(page).toHaveTextContent('一般財団法人自治体国際化協会');
    expect(page).toHaveTextContent('理事長 岡本 保');
  });

  it('in English: the romanised name first, the host in English, the dates in English, the signer with the Japanese organisation where no English is set', () => {
    renderWithApp(<CertificateSheet set={set} language="en" />);
    const page = screen.getByTestId('certificate');
    expect(page).toHaveTextContent('Certificate of Completion');
    expect(page).toHaveTextContent('This is to certify that LEE Seoyeon has completed the training of the Local Government Officials Training Program (LGOTP), FY2024, at Usa City from 1 October 2024 to 1 May 2019.');
    expect(page).toHaveTextContent('OKAMOTO Tamotsu, President');
    expect(page).toHaveTextContent('一般財団法人自治体国際化協会');
  });
});

describe('the dashboard after a close', { timeout: 30_000 }, () => {
  it('moves on from the closed year the person was looking at to the next one', async () => {
    const { backend, year, lee, ram } = await cohort();
    const next = await value(backend, 'years:create', { fiscalYear: 2025 });
    for (const t of [lee, ram]) await value(backend, 'completion:complete', { traineeId: t.id, completedOn: null });
    await value(backend, 'completion:close-year', { yearId: year.id });
    useYearSelection.getState().select(year.id);
    renderWithApp(<DashboardPage />, { backend });
    await waitFor(() => expect(useYearSelection.getState().selectedYearId).toBe(next.id));
    expect(await screen.findByText('2025年度')).toBeInTheDocument();

    // Picked again on the dashboard (its year select), the closed year stays shown.
    act(() => useYearSelection.getState().select(year.id));
    expect((await screen.findAllByText('2024年度')).length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(useYearSelection.getState().selectedYearId).toBe(year.id);
  });
});
