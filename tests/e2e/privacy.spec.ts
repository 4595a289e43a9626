import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test, valueOf } from './fixtures';

const PASSPORT = 'PZ9988776';

/** The text of every cell of a downloaded workbook. */
async function cellsOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).map((v) => String(v)));
}

async function exportYear(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'この年度をまとめて出力（Excel）' }).click()]);
  return cellsOf(await download.path());
}

test('an export with passport numbers asks first, and is listed in the export record; without the choice they are masked', async ({ app, host, page }) => {
  const { yearId } = await valueOf(host.call('sample:load', {}));
  await valueOf(host.call('settings:update', { staffName: '山田 花子' }));
  const [first] = await valueOf(host.call('trainees:list', { yearId }));
  const full = await valueOf(host.call('trainees:get', { id: first!.id }));
  await valueOf(host.call('trainees:update', { ...full, passportNumber: PASSPORT }));
  await page.reload();

  await app.go('years');
  await page.getByRole('link', { name: '2024年度' }).click();

  // Without the choice: the number is masked, and nothing is asked or recorded.
  const masked = await exportYear(page);
  expect(masked).toContain('PZ99•••76');
  expect(masked.join('\n')).not.toContain(PASSPORT);
  expect(await valueOf(host.call('privacy:export-records', {}))).toEqual([]);

  // Chosen: the app asks first; only the confirmation writes the file with the full number.
  await page.getByLabel('旅券番号・在留カード番号を伏せずに含める').check();
  await page.getByRole('button', { name: 'この年度をまとめて出力（Excel）' }).click();
  const question = page.getByRole('dialog', { name: '旅券番号を含めますか' });
  await expect(question).toContainText('出力記録に残ります');
  const [download] = await Promise.all([page.waitForEvent('download'), question.getByRole('button', { name: '含めて出力' }).click()]);
  expect(await cellsOf(await download.path())).toContain(PASSPORT);

  await app.go('settings');
  const row = page.getByTestId('export-record-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('山田 花子');
  await expect(row).toContainText('2024年度 年度まとめ（全一覧）');
  await expect(row).toContainText('旅券番号、在留カード番号');
  await expect(row).toContainText(download.suggestedFilename());
});

test('the trainee list shows passport numbers masked until 番号を表示, and exports them in full only after asking', async ({ app, host, page }) => {
  const { yearId } = await valueOf(host.call('sample:load', {}));
  await valueOf(host.call('settings:update', { traineeColumns: ['nativeName', 'latinName', 'passportNumber'] }));
  const [first] = await valueOf(host.call('trainees:list', { yearId }));
  const full = await valueOf(host.call('trainees:get', { id: first!.id }));
  await valueOf(host.call('trainees:update', { ...full, passportNumber: PASSPORT }));
  await page.reload();
  await app.go('trainees');
  await expect(page.getByText('PZ99•••76')).toBeVisible();
  await expect(page.getByText(PASSPORT)).toHaveCount(0);

  const csv = async () => {
    await page.getByRole('button', { name: '出力', exact: true }).click();
    await page.getByRole('menuitem', { name: 'CSV（UTF-8）' }).click();
  };
  const [masked] = await Promise.all([page.waitForEvent('download'), csv()]);
  expect(fs.readFileSync(await masked.path(), 'utf8')).not.toContain(PASSPORT);

  await page.getByLabel('番号を表示').check();
  await expect(page.getByText(PASSPORT)).toBeVisible();
  await csv();
  const question = page.getByRole('dialog', { name: '旅券番号を含めますか' });
  const [download] = await Promise.all([page.waitForEvent('download'), question.getByRole('button', { name: '含めて出力' }).click()]);
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain(PASSPORT);
  expect(await valueOf(host.call('privacy:export-records', {}))).toMatchObject([{ list: 'trainees', columns: ['passportNumber'] }]);
});
