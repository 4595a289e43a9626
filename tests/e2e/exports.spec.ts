import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

test('the trainee list exports to Excel as on screen, and the year to one workbook', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  await page.reload();
  await app.go('trainees');
  await page.getByRole('button', { name: '出力' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel（.xlsx）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^研修員_2024年度_\d{8}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  expect((sheet.getRow(1).values as string[]).slice(1)).toEqual([
    '氏名（現地表記）', '氏名（ローマ字）', 'カタカナ', '国・地域', '状況', '受入自治体', '派遣元自治体', '確認事項',
  ]);
  expect(sheet.rowCount).toBe(12);
  await expect(app.flash()).toContainText('を出力しました。');

  await app.go('years');
  await page.getByRole('link', { name: '2024年度' }).click();
  const [yearFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'この年度をまとめて出力（Excel）' }).click()]);
  const year = new ExcelJS.Workbook();
  await year.xlsx.load(fs.readFileSync(await yearFile.path()) as unknown as ArrayBuffer);
  expect(year.worksheets.map((s) => s.name)).toEqual(['研修員', '受入自治体', '利用要望調査', '受入決定', '航空便', '送迎グループ', '部屋割り', '日程表']);
});
