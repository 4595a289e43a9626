import { execFileSync } from 'node:child_process';
import { expect, test, valueOf } from './fixtures';
import { sheetPdf } from './pages/pdf';

const PASSPORT = 'PZ9988776';

test('the close-out of an old year previews, erases, and prints its disposal record (Japanese)', async ({ app, host, page }, info) => {
  // FY2018: the year's trainees went home by 31 May 2019, so five years have passed.
  await valueOf(host.call('settings:update', { staffName: '山田 花子' }));
  const year = await valueOf(host.call('years:create', { fiscalYear: 2018 }));
  const wang = await valueOf(
    host.call('trainees:create', {
      yearId: year.id, familyNameLatin: 'WANG', givenNameLatin: 'Xiaoyan', familyNameNative: '王', givenNameNative: '晓燕', nameLang: 'zh-Hans', nameOrder: 'family_first',
      nationality: 'CN', status: 'completed', passportNumber: PASSPORT, medicalNotes: '喘息（吸入薬を携帯）', religiousNeeds: null,
    }),
  );
  await valueOf(
    host.call('trainees:create', {
      yearId: year.id, familyNameLatin: 'SHRESTHA', givenNameLatin: 'Anita', familyNameNative: 'श्रेष्ठ', givenNameNative: 'अनिता', nameLang: 'ne', nameOrder: 'given_first',
      nationality: 'NP', status: 'completed', passportNumber: 'PA1234567', allergies: 'そば',
    }),
  );

  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  await page.evaluate((id) => (window.location.hash = `#/years/${id}`), year.id);
  const section = page.getByTestId('close-out');
  await expect(section.getByTestId('close-out-count')).toHaveText('消去の対象：2人');
  const kinds = section.getByTestId('close-out-kinds');
  for (const kind of ['旅券番号', '健康上の注意', 'アレルギー']) await expect(kinds).toContainText(kind);
  await expect(section.getByTestId('close-out-trainee')).toHaveCount(2);
  await expect(section.getByTestId('close-out-trainee').first()).toContainText('2019年5月31日');
  await expect(section).toContainText('王晓燕');
  await expect(section).toContainText('この年度の廃棄記録はまだありません。');

  await section.getByRole('button', { name: '2人分を消去' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('2人分の個人情報を消去しますか？');
  await expect(dialog).toContainText('旅券番号、健康上の注意、アレルギー');
  await dialog.getByRole('button', { name: '消去', exact: true }).click();
  await expect(app.flash()).toHaveText('2人分の個人情報を消去し、廃棄記録を作成しました。');
  await expect(section.getByTestId('close-out-nothing')).toContainText('2人は消去済みです。');

  // The passport number and the health notes are gone; the name and country stay.
  const after = await valueOf(host.call('trainees:get', { id: wang.id }));
  expect(after).toMatchObject({ passportNumber: null, medicalNotes: null, familyNameNative: '王', nationality: 'CN' });
  const [record] = await valueOf(host.call('retention:records', { yearId: year.id }));
  expect(record).toMatchObject({ traineeCount: 2, carriedOutBy: '山田 花子' });

  // The record, listed on the year, opens as a sheet to print.
  const row = section.getByTestId('disposal-record');
  await expect(row).toContainText('2人');
  await expect(row).toContainText('山田 花子');
  await row.getByRole('button', { name: '印刷' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'PDFで保存' })).toBeVisible();

  const pdf = await sheetPdf(page, host.origin, `/print/disposal/${record!.id}?lang=ja`, info.outputPath('disposal-ja.pdf'));
  expect(pdf.pages()).toBe(1);
  const text = pdf.text();
  for (const expected of ['個人情報廃棄記録', '一般財団法人自治体国際化協会（CLAIR）', '平成30年度（2018年度）', '研修員 2人', '旅券番号', '個人識別符号', '健康上の注意', '要配慮個人情報', '廃棄の方法', '復元不可能な方法', '山田 花子', '確認者', '印']) {
    expect(text, expected).toContain(expected);
  }
  expect(text).toMatch(/令和\d+年\d+月\d+日 \d\d:\d\d（20\d\d年\d+月\d+日）/);
  expect(text).not.toContain(PASSPORT);
  expect(pdf.fonts().every((f) => /^Noto ?Sans ?JP/.test(f)), pdf.fonts().join(', ')).toBe(true);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf.file, info.outputPath('disposal-ja')]);
});
