import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { makeArchiveWorkbook } from '../../scripts/make-archive-workbook.mjs';
import { expect, test, valueOf } from './fixtures';
import { sheetPdf } from './pages/pdf';

test.describe('the archive (Japanese)', () => {
  test('the generated 30-year archive through the dry run (new hosts and sending governments listed), then the statistics page shows 42カ国と1地域から1,213人', async ({ app, page, host }, info) => {
    test.setTimeout(180_000);
    const file = info.outputPath('受入実績_1996-2025.xlsx');
    fs.writeFileSync(file, await makeArchiveWorkbook());

    await app.go('statistics');
    await page.getByTestId('archive-import-open').click();
    const dialog = page.getByRole('dialog', { name: '過去の記録の取り込み（複数年度のExcel）' });
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await expect(dialog.getByTestId('import-counts')).toContainText('新規 1213件・更新 0件・変更なし 0件・エラー 0件', { timeout: 60_000 });
    await expect(dialog.getByTestId('archive-years')).toContainText('1996年度～2025年度（30年度分）');
    await expect(dialog.getByTestId('archive-years')).toContainText('うち30年度は新しく作成します（日程は不明として扱います）。');
    await expect(dialog.getByTestId('archive-new-hosts')).toContainText('大分県宇佐市');
    await expect(dialog.getByTestId('import-counts')).toContainText('경주시 / Gyeongju / 慶州市');
    await dialog.getByRole('button', { name: '1213件の取り込み' }).click();
    await expect(app.flash()).toHaveText('取り込みました（新規1213件・更新0件）。', { timeout: 60_000 });
    await dialog.getByRole('button', { name: '閉じる' }).last().click();

    await expect(page.getByTestId('statistics-headline')).toHaveText('42カ国と1地域から1,213人');
    await expect(page.getByTestId('statistics-range')).toHaveText('1996～2025');
    await expect(page.getByTestId('statistics-byCountry-total')).toHaveText('1213');
    const korea = page.getByTestId('statistics-byCountry').getByRole('row', { name: /^韓国/ });
    await expect(korea).toBeVisible();

    // To Excel: the three tables.
    const download = page.waitForEvent('download');
    await page.getByTestId('statistics-export').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^受入実績_1996-2025_\d{8}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await saved.path())!);
    expect(book.worksheets.map((w) => w.name)).toEqual(['国・地域別', '受入団体の都道府県別', '研修分野別']);

    // A year it made has its milestones unknown, not defaulted.
    const years = await valueOf(host.call('years:list', {}));
    expect(years.every((y) => y.milestonesUnknown)).toBe(true);

    // The print: A4 landscape (30 years), the headline computed, the tables.
    const ja = await sheetPdf(page, host.origin, '/print/statistics?lang=ja', info.outputPath('statistics-ja.pdf'));
    const text = ja.text();
    for (const expected of ['自治体職員協力交流事業 研修員受入実績', '42カ国と1地域から1,213人', '国・地域別', '受入団体の都道府県別', '研修分野別', '台湾', '合計']) expect(text).toContain(expected);
    const en = await sheetPdf(page, host.origin, '/print/statistics?lang=en', info.outputPath('statistics-en.pdf'));
    expect(en.text()).toContain('1,213 trainees from 42 countries and 1 region');
    if (process.env.KAKEHASHI_DOCS) {
      ja.firstPagePng('docs/screenshots/prints/statistics-ja.png');
      en.firstPagePng('docs/screenshots/prints/statistics-en.png');
    }
  });
});

test.describe('the statistics (English)', () => {
  test('the statistics page in English: headline, counting rule and tables, countries in alphabetical order', async ({ app, page, host }) => {
    const data = (await makeArchiveWorkbook({ trainees: 120 })).toString('base64');
    await valueOf(host.call('imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: data }));
    const stats = await valueOf(host.call('statistics:summary', {}));
    await page.reload();
    await app.switchLanguage('en');
    await app.go('statistics');
    await expect(page.getByRole('heading', { name: 'Trainees received', level: 2 })).toBeVisible();
    await expect(page.getByTestId('statistics-headline')).toHaveText(`120 trainees from ${stats.headline.countries} countries and 1 region`);
    await expect(page.getByTestId('statistics-rule')).toContainText('Counts the trainees who came to Japan');
    await expect(page.getByRole('heading', { name: 'By country or region' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By host prefecture' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By training field' })).toBeVisible();
    const names = await page.getByTestId('statistics-byCountry').getByTestId('statistics-row').locator('th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).toContain('Taiwan');
    await page.getByTestId('statistics-from').selectOption('2010');
    await expect(page.getByTestId('statistics-range')).toHaveText('2010–2025');
  });
});
