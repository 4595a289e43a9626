import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { DisposalRecordRoute } from './DisposalRecordSheet';

// The backend's clock is 2026-11-26T03:00Z (12:00 in Japan); FY2018 is past five years.
async function closedOut() {
  const backend = memoryBackend();
  await value(backend, 'settings:update', { staffName: '山田 花子' });
  const year = await value(backend, 'years:create', { fiscalYear: 2018 });
  const trainee = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameLatin: 'SILVA', givenNameLatin: 'Ana', nameLang: 'pt', nameOrder: 'given_first', nationality: 'BR', status: 'completed',
    passportNumber: 'FT1234567', religiousNeeds: '金曜の礼拝',
  });
  const record = await value(backend, 'retention:close-out', { yearId: year.id, traineeIds: [trainee.id] });
  return { backend, record };
}

describe('DisposalRecordSheet', () => {
  // jsdom loads no fonts (the test setup gives `ready`); the page footer asks for its glyphs.
  beforeAll(() => {
    Object.assign(document.fonts, { load: () => Promise.resolve([]) });
  });

  it('prints the record as an official document: the year and dates in 和暦 with the 西暦, each kind with its class and count, the checker boxes', async () => {
    const { backend, record } = await closedOut();
    renderWithApp(<DisposalRecordRoute id={record.id} language="ja" />, { backend });
    await waitFor(() => expect(document.querySelector('[data-print-ready]')).toHaveAttribute('data-print-ready', 'true'));
    const sheet = screen.getByTestId('sheet');
    for (const text of ['個人情報廃棄記録', '一般財団法人自治体国際化協会（CLAIR）', '平成30年度（2018年度）', '研修員 1人', '保存期間（研修員の帰国後5年）の経過', '令和8年11月26日 12:00（2026年11月26日）', '山田 花子', '確認者', '印']) {
      expect(sheet, text).toHaveTextContent(text);
    }
    const items = screen.getAllByTestId('disposal-item').map((row) => row.textContent);
    expect(items).toEqual(['旅券番号個人識別符号1人', '宗教上の配慮要配慮個人情報1人']);
    expect(sheet).not.toHaveTextContent('FT1234567');
  });

  it('prints in English too', async () => {
    const { backend, record } = await closedOut();
    renderWithApp(<DisposalRecordRoute id={record.id} language="en" />, { backend });
    const sheet = await screen.findByTestId('sheet');
    for (const text of ['Record of Disposal of Personal Information', 'FY2018', '1 trainee', '26 November 2026, 12:00', 'Passport number', 'Individual identification code', 'Confirmed by']) {
      expect(sheet, text).toHaveTextContent(text);
    }
  });
});
