import { expect, test, valueOf } from './fixtures';
import { sampleWithFlights } from './pages/arrivals-data';
import { TraineesPage } from './pages/trainees-page';

// What a walk through the 2024 cohort found in the way (issue 20): each is done here as a person does it.
test.use({ viewport: { width: 1280, height: 800 } });

test('an airport picked from its own suggestions, found by its Japanese name, saves the flight', async ({ app, host, page }) => {
  const { yearId } = await sampleWithFlights(host, ['LEE Seoyeon']);
  await page.reload();
  await app.go('arrivals');
  const lee = page.getByTestId('flight-row').filter({ hasText: '이서연' });
  await lee.getByRole('button', { name: '便を追加' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('便名').fill('KE703');
  await dialog.getByRole('combobox', { name: '出発空港' }).fill('仁川');
  await page.getByRole('option', { name: 'ICN Incheon International Airport（Seoul）' }).click();
  await expect(dialog.getByRole('combobox', { name: '出発空港' })).toHaveValue('ICN');
  await dialog.getByLabel('出発日時').fill('2024-05-20T09:10');
  await dialog.getByLabel('到着日時').fill('2024-05-20T11:35');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(app.flash()).toHaveText('이서연さんのKE 703便を保存しました。');
  await expect(lee).toContainText('ICN → NRT');
  expect(await valueOf(host.call('flights:list', { yearId }))).toHaveLength(11);
});

test('a second 김시현 with the same name, birth date and passport number (typed full width) is warned of, and saves once confirmed', async ({ app, host, page }) => {
  const year = await valueOf(host.call('years:create', { fiscalYear: 2024 }));
  const first = await valueOf(host.call('trainees:create', {
    yearId: year.id, familyNameNative: '김', givenNameNative: '시현', familyNameLatin: 'KIM', givenNameLatin: 'Sihyeon', nameLang: 'ko',
    nameOrder: 'family_first', birthDate: '1993-04-01', nationality: 'KR', passportNumber: 'TK1234567', status: 'selected',
  }));
  await page.reload();
  await page.getByRole('navigation').waitFor();
  const trainees = new TraineesPage(app);
  await trainees.openNew();
  await trainees.fill({ familyLatin: 'Kim', givenLatin: 'Sihyeon', familyNative: '김', givenNative: '시현', birthDate: '1993/4/1', nationality: '韓国' });
  await trainees.tab('documents');
  await page.getByLabel('旅券番号').fill('ＴＫ１２３４５６７');
  await trainees.save();

  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText('同一人物の可能性がある研修員が登録されています');
  await expect(warning.getByRole('link', { name: '김시현（KIM Sihyeon）・2024年度' })).toHaveAttribute('href', `#/trainees/${first.id}`);
  expect(await valueOf(host.call('trainees:list', { yearId: year.id }))).toHaveLength(1);

  await warning.getByRole('button', { name: '別人として登録する' }).click();
  await expect(app.flash()).toHaveText('김시현さんを登録しました。');
  expect(await valueOf(host.call('trainees:list', { yearId: year.id }))).toHaveLength(2);

  // The list shows them both as possible duplicates.
  await app.go('trainees');
  await page.getByLabel('重複の可能性がある研修員のみ').check();
  await expect(trainees.rows()).toHaveCount(2);
});

test('王暁燕 (the Japanese form) finds 王晓燕 in the trainee list', async ({ app, host, page }) => {
  await valueOf(host.call('sample:load', {}));
  await page.reload();
  await page.getByRole('navigation').waitFor();
  await app.go('trainees');
  const trainees = new TraineesPage(app);
  await trainees.search('王暁燕');
  await expect(trainees.rows()).toHaveCount(1);
  await expect(trainees.row('王晓燕')).toBeVisible();
});
