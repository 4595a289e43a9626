import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, test, valueOf } from './fixtures';
import { TraineesPage } from './pages/trainees-page';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name);

async function chooseFile(page: Page, button: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

test('import a Shift_JIS CSV from Japanese Excel: dry run, apply, then undo as a whole', async ({ app, host, page }) => {
  await host.call('years:create', { fiscalYear: 2024 });
  await page.reload();
  const trainees = new TraineesPage(app);
  await app.go('trainees');
  await page.getByRole('button', { name: '取り込み' }).click();
  await chooseFile(page, 'ファイルの選択（.xlsx / .csv）', fixture('trainees-sjis.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('新規 3件・更新 0件・変更なし 0件・エラー 0件');
  await expect(page.getByTestId('import-row').first()).toContainText('Kim Minji');
  await page.getByRole('button', { name: '3件の取り込み' }).click();
  await expect(app.flash()).toHaveText('取り込みました（新規3件・更新0件）。');
  await page.getByRole('button', { name: 'この取り込みの取消し' }).click();
  await expect(app.flash()).toHaveText('取り込みを取り消しました。');
  expect(await valueOf(host.call('trainees:list', {}))).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).last().click();
  await expect(trainees.rows()).toHaveCount(0);
});

test('bad rows are shown with their row, column and reason (English)', async ({ app, host, page }) => {
  await host.call('years:create', { fiscalYear: 2024 });
  await page.reload();
  await app.switchLanguage('en');
  await app.go('trainees');
  await page.getByRole('button', { name: 'Import' }).click();
  await chooseFile(page, 'Choose a file (.xlsx / .csv)', fixture('trainees-bad-rows.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('1 new · 0 updated · 0 unchanged · 5 with errors');
  const rows = page.getByTestId('import-row');
  await expect(rows.filter({ hasText: 'Bad Date' })).toContainText('生年月日: “生年月日” must be a real date');
  await expect(rows.filter({ hasText: 'Unknown Country' })).toContainText('The country or region in “国籍” is not known.');
  await chooseFile(page, 'Choose a file (.xlsx / .csv)', fixture('encrypted.xlsx'));
  await expect(page.getByRole('dialog').getByTestId('error-alert')).toContainText('password-protected');
});

test("a travel agent's flight list (Shift_JIS CSV) comes in on the Arrivals screen; the same list again changes nothing", async ({ app, host, page }) => {
  await valueOf(host.call('sample:load', {}));
  await page.reload();
  await app.go('arrivals');
  await page.getByRole('button', { name: '航空便一覧の取り込み' }).click();
  await chooseFile(page, 'ファイルの選択（.xlsx / .csv）', fixture('flights-sjis.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('新規 3件・更新 0件・変更なし 0件・エラー 1件');
  await expect(page.getByTestId('import-row').filter({ hasText: 'Nobody Here' })).toContainText('「氏名」に該当する研修員がこの年度にいません。');
  await page.getByRole('button', { name: '3件の取り込み' }).click();
  await expect(app.flash()).toHaveText('取り込みました（新規3件・更新0件）。');
  await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).last().click();
  await expect(page.getByTestId('flight-row').filter({ hasText: 'José Luis PEÑA QUISPE' })).toContainText('MEX → NRT');
  const [year] = await valueOf(host.call('years:list', {}));
  expect(await valueOf(host.call('flights:list', { yearId: year!.id }))).toHaveLength(3);

  await page.getByRole('button', { name: '航空便一覧の取り込み' }).click();
  await chooseFile(page, 'ファイルの選択（.xlsx / .csv）', fixture('flights-sjis.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('新規 0件・更新 0件・変更なし 3件・エラー 1件');
});

test('the demand survey tally (xlsx) makes hosts and answers on the Hosts screen (English)', async ({ app, host, page }) => {
  await valueOf(host.call('years:create', { fiscalYear: 2025 }));
  await page.reload();
  await app.switchLanguage('en');
  await page.getByRole('navigation').getByRole('link', { name: 'Hosts' }).click();
  await page.getByRole('tab', { name: 'Demand survey' }).click();
  await page.getByRole('button', { name: 'Import a survey tally' }).click();
  await chooseFile(page, 'Choose a file (.xlsx / .csv)', fixture('survey-tally.xlsx'));
  await expect(page.getByTestId('import-counts')).toContainText('2 new');
  await expect(page.getByTestId('import-row').filter({ hasText: '府中市' })).toContainText('names more than one municipality');
  await page.getByRole('button', { name: /Import 2/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
  const [year] = await valueOf(host.call('years:list', {}));
  const answers = await valueOf(host.call('survey:list', { yearId: year!.id }));
  expect(answers.map((a) => [a.hostName, a.requestedCount])).toEqual([['滋賀県東近江市', 2], ['大分県宇佐市', 1]]);
});

test("a sending office's list with its own headers maps every column without help, and the trainee has every field", async ({ app, host, page }) => {
  await host.call('years:create', { fiscalYear: 2024 });
  await page.reload();
  await app.go('trainees');
  await page.getByRole('button', { name: '取り込み' }).click();
  await chooseFile(page, 'ファイルの選択（.xlsx / .csv）', fixture('trainees-office-headers.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('新規 1件・更新 0件・変更なし 0件・エラー 0件');
  const dialog = page.getByRole('dialog');
  const guessed = {
    '氏名（英字）姓': 'familyNameLatin',
    '氏名（英字）名': 'givenNameLatin',
    '母国語表記（姓）': 'familyNameNative',
    '母国語表記（名）': 'givenNameNative',
    生年月日: 'birthDate',
    国籍: 'nationality',
    派遣元: 'sendingGovernmentId',
    職名: 'position',
    食事制限: 'diet',
    備考: 'notes',
  };
  for (const [header, field] of Object.entries(guessed)) await expect(dialog.getByLabel(header, { exact: true })).toHaveValue(field);
  await page.getByRole('button', { name: '1件の取り込み' }).click();
  await expect(app.flash()).toHaveText('取り込みました（新規1件・更新0件）。');
  const [park] = await valueOf(host.call('trainees:list', {}));
  expect(await valueOf(host.call('trainees:get', { id: park!.id }))).toMatchObject({
    familyNameLatin: 'PARK', givenNameLatin: 'Jiwoo', familyNameNative: '박', givenNameNative: '지우',
    birthDate: '1994-04-12', nationality: 'KR', position: '主事', diet: 'no_pork', notes: '日本語初級',
    sendingGovernment: { nameLocal: 'Busan', nameEn: 'Busan' },
  });
});
