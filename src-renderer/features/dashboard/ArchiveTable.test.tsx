import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import type { TraineeStatus } from '@shared/contract/trainees';
import { ArchiveTable } from './ArchiveTable';

/** 2022: Korea and 台湾, who came; 2024: a Korean at the host, and three who have not come (withdrawn before, applicant, selected). */
async function records() {
  const backend = memoryBackend();
  const y2022 = await value(backend, 'years:create', { fiscalYear: 2022 });
  const y2024 = await value(backend, 'years:create', { fiscalYear: 2024 });
  const make = (yearId: string, nationality: string, status: TraineeStatus, extra: Record<string, unknown> = {}) =>
    value(backend, 'trainees:create', { yearId, familyNameLatin: `N${nationality}${status}`, givenNameLatin: 'A', nameLang: 'en', nameOrder: 'given_first', nationality, status, ...extra });
  await make(y2022.id, 'KR', 'completed');
  await make(y2022.id, 'TW', 'completed');
  await make(y2024.id, 'KR', 'at_host');
  // Withdrew in March, before the year's arrival in May: never came.
  await make(y2024.id, 'VN', 'withdrawn', { statusChangedOn: '2024-03-01', withdrawnReason: '辞退' });
  // An applicant never selected, and a selected trainee who has not come yet.
  await make(y2024.id, 'PE', 'applicant');
  await make(y2024.id, 'NP', 'selected');
  return backend;
}

describe('ArchiveTable', () => {
  it('counts only the trainees who came, by country and year with the empty year between, and says so', async () => {
    renderWithApp(<ArchiveTable />, { backend: await records() });
    const table = await screen.findByTestId('archive-table');
    expect(screen.getByTestId('archive-rule')).toHaveTextContent('来日した研修員を数えています');
    const rows = within(table).getAllByRole('row').map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['', '2022年度', '2023年度', '2024年度', '合計'],
      ['韓国', '1', '', '1', '2'],
      ['台湾', '1', '', '', '1'],
      ['合計', '2', '0', '1', '3'],
    ]);
    expect(table).not.toHaveTextContent('ベトナム');
    expect(table).not.toHaveTextContent('ペルー');
    expect(table).not.toHaveTextContent('ネパール');
  });

  it('says there is no record yet when no one has come', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    await value(backend, 'trainees:create', { yearId: year.id, familyNameLatin: 'PENA', givenNameLatin: 'Jose', nameLang: 'es', nameOrder: 'given_first', nationality: 'PE', status: 'applicant' });
    renderWithApp(<ArchiveTable />, { backend });
    expect(await screen.findByText('まだ記録がありません。')).toBeInTheDocument();
    expect(screen.queryByTestId('archive-table')).toBeNull();
  });
});
