import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { convertWithLibreOffice, soffice } from '../../src-main/export/libreoffice.test-helper';
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
    '氏名（母国語表記）', '氏名（ローマ字）', 'カタカナ', '国・地域', '状況', '受入自治体', '派遣元自治体', '確認事項',
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

/** The cells of a CSV line as a spreadsheet reads them (quoted fields, doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (let m = pattern.exec(line); m && m.index < line.length; m = pattern.exec(line)) {
    cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    if (pattern.lastIndex === m.index) pattern.lastIndex += 1;
  }
  return cells;
}

test('a trainee named like a formula goes out to CSV as text, not a formula', async ({ app, host, page }) => {
  const loaded = await host.call('sample:load', {});
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const formula = '=HYPERLINK("http://x","y")';
  const created = await host.call('trainees:create', {
    yearId: loaded.value.yearId, givenNameLatin: formula, nameLang: 'en', nameOrder: 'given_first', nationality: 'GB', status: 'selected',
  });
  expect(created.ok).toBe(true);
  await page.reload();
  await app.go('trainees');
  await page.getByRole('button', { name: '出力' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'CSV（UTF-8）' }).click()]);
  const file = await download.path();
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  const row = lines.map(csvCells).find((cells) => cells.some((c) => c.includes('HYPERLINK')))!;
  expect(row.filter((c) => c.includes('HYPERLINK'))).toEqual([`'${formula}`, `'${formula}`]); // native and Latin name columns

  // LibreOffice (when installed) opens the file with the text in the cell, not a formula or its result "y".
  if (soffice()) {
    const csv = path.join(path.dirname(file), 'list.csv');
    fs.copyFileSync(file, csv);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(convertWithLibreOffice(csv, 'xlsx', 'CSV:44,34,76')) as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []));
    expect(cells).toContain(`'${formula}`);
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
    expect(cells).not.toContain('y');
  }
});

test('a Shift_JIS CSV that would lose names asks first and saves UTF-8 when asked', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  await page.reload();
  await app.go('trainees');
  await page.getByRole('button', { name: '出力' }).click();
  await page.getByRole('menuitem', { name: 'CSV（Shift_JIS）' }).click();
  const dialog = page.getByRole('dialog', { name: 'Shift_JISでは保存できない文字があります' });
  await expect(dialog).toContainText('이서연（LEE Seoyeon）');
  await expect(dialog).toContainText('Jos? Luis Pe?a Quispe');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'UTF-8（BOM付き）で保存' }).click()]);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('이서연');
});
