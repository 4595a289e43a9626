import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { StatisticsSheet } from '../prints/StatisticsSheets';
import { StatisticsPage } from './StatisticsPage';

configure({ asyncUtilTimeout: 10_000 });

/** 2023: Korea, 台湾, Nepal; 2024: Korea, and a Vietnamese trainee who withdrew after arriving. */
async function twoYears() {
  const backend = memoryBackend();
  const y2023 = await value(backend, 'years:create', { fiscalYear: 2023 });
  const y2024 = await value(backend, 'years:create', { fiscalYear: 2024 });
  const make = (yearId: string, nationality: string, extra: Record<string, unknown> = {}) =>
    value(backend, 'trainees:create', { yearId, familyNameLatin: `N${nationality}`, givenNameLatin: 'A', nameLang: 'en', nameOrder: 'given_first', nationality, status: 'completed', ...extra });
  await make(y2023.id, 'KR');
  await make(y2023.id, 'TW');
  await make(y2023.id, 'NP');
  await make(y2024.id, 'KR');
  await make(y2024.id, 'VN', { status: 'withdrawn', statusChangedOn: '2024-08-01', withdrawnReason: '家庭の事情' });
  return backend;
}

describe('StatisticsPage', { timeout: 30_000 }, () => {
  // jsdom loads no fonts (the test setup gives `ready`); the page footer asks for its glyphs.
  beforeAll(() => {
    Object.assign(document.fonts, { load: () => Promise.resolve([]) });
  });

  it('shows the headline computed from the records, countries in 五十音順 and the totals, and narrows to a year', async () => {
    const backend = await twoYears();
    renderWithApp(<StatisticsPage />, { backend });
    expect(await screen.findByTestId('statistics-headline')).toHaveTextContent('3カ国と1地域から5人');
    expect(screen.getByTestId('statistics-rule')).toHaveTextContent('来日後に辞退・中止した研修員（1人）は含み');
    const table = screen.getByTestId('statistics-byCountry');
    // 韓国 (カンコク), 台湾 (タイワン), ネパール, ベトナム
    expect(within(table).getAllByTestId('statistics-row').map((r) => r.querySelector('th')!.textContent)).toEqual(['韓国', '台湾', 'ネパール', 'ベトナム']);
    expect(screen.getByTestId('statistics-byCountry-total')).toHaveTextContent('5');

    fireEvent.change(await screen.findByTestId('statistics-from'), { target: { value: '2024' } });
    await waitFor(() => expect(screen.getByTestId('statistics-headline')).toHaveTextContent('2カ国から2人'));
  });

  it('in English', async () => {
    const backend = await twoYears();
    renderWithApp(<StatisticsPage />, { backend, language: 'en' });
    expect(await screen.findByTestId('statistics-headline')).toHaveTextContent('5 trainees from 3 countries and 1 region');
    expect(within(screen.getByTestId('statistics-byCountry')).getAllByTestId('statistics-row')[0]).toHaveTextContent('Nepal');
  });

  it('prints on a landscape page when the years do not fit a portrait one', async () => {
    const backend = await twoYears();
    const stats = await value(backend, 'statistics:summary', { fromYear: null, toYear: null });
    const wide = { ...stats, years: Array.from({ length: 12 }, (_, i) => 2013 + i) };
    const { container, unmount } = renderWithApp(<StatisticsSheet stats={stats} language="ja" />, { backend });
    expect(container.querySelector('.kk-sheet-statistics-wide')).toBeNull();
    expect(screen.getByTestId('statistics-sheet-byCountry')).toHaveTextContent('3カ国と1地域から5人');
    unmount();
    const again = renderWithApp(<StatisticsSheet stats={wide} language="ja" />, { backend });
    expect(again.container.querySelector('.kk-sheet-statistics-wide')).not.toBeNull();
  });
});
