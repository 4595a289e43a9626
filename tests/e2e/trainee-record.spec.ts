import { expect, test, valueOf, type Host } from './fixtures';
import type { AppPage } from './pages/app-page';
import { TraineesPage } from './pages/trainees-page';

async function withYear(host: Host, app: AppPage): Promise<string> {
  const year = await valueOf(host.call('years:create', { fiscalYear: 2026 }));
  await app.page.reload();
  await app.page.getByRole('navigation').waitFor();
  return year.id;
}

test.describe('the complete trainee record', () => {
  test('a complete trainee with a Devanagari name and a photo; warnings come and go (Japanese)', async ({ app, host, page }) => {
    const yearId = await withYear(host, app);
    const trainees = new TraineesPage(app);
    await trainees.openNew();
    await trainees.fill({
      familyLatin: 'Shrestha', givenLatin: 'Sita', familyNative: 'श्रेष्ठ', givenNative: 'सीता', kana: 'シタ シュレスタ',
      birthDate: '1996年7月3日', nationality: 'ネパール',
    });
    await expect(trainees.field('氏名の言語・文字')).toHaveValue('ne');
    await page.getByRole('button', { name: '派遣元を追加' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^自治体名（現地表記）/).fill('ललितपुर महानगरपालिका');
    await dialog.getByLabel(/^自治体名（英語）/).fill('Lalitpur');
    await dialog.getByLabel('自治体名（日本語）').fill('ラリトプル市');
    // Ctrl+S in the dialog saves the dialog, not the trainee form behind it.
    await dialog.getByLabel('自治体名（日本語）').press('Control+s');
    await expect(app.flash()).toHaveText('ललितपुर महानगरपालिकाを派遣元に追加しました。');
    expect(await valueOf(host.call('trainees:list', { yearId }))).toEqual([]);
    await expect(page.getByRole('combobox', { name: '派遣元自治体' })).toHaveValue('ललितपुर महानगरपालिका / Lalitpur / ラリトプル市');
    await trainees.field('研修分野').selectOption({ label: '環境・廃棄物処理' });
    await trainees.field('日本語レベル').selectOption({ label: 'N3' });
    await trainees.tab('documents');
    await trainees.field('旅券番号').fill('pa１２３４５６７');
    await trainees.field('旅券の有効期限').fill('2026-12-31');
    await trainees.tab('health');
    await trainees.field('食事の制限').selectOption({ label: 'ベジタリアン' });
    await trainees.save();
    await expect(app.flash()).toHaveText('सीता श्रेष्ठさんを登録しました。');
    await expect(page.getByRole('heading', { name: 'सीता श्रेष्ठ' }).locator('[lang="ne"]')).toBeVisible();

    const warnings = page.getByTestId('trainee-warnings');
    await expect(warnings).toContainText('旅券の有効期限が研修修了前に切れます');
    await expect(warnings).toContainText('緊急連絡先（氏名と、電話番号またはメールアドレス）がありません');
    await expect(warnings).toContainText('写真がありません');

    await trainees.addPhoto();
    await expect(app.flash()).toHaveText('写真を保存しました。');
    await expect(page.getByTestId('trainee-photo')).toBeVisible();
    await expect(warnings).not.toContainText('写真がありません');

    // Each warning leads to the section where it is fixed.
    await warnings.getByRole('button', { name: '旅券の有効期限が研修修了前に切れます' }).click();
    await trainees.field('旅券の有効期限').fill('2031-06-30');
    await warnings.getByRole('button', { name: '緊急連絡先（氏名と、電話番号またはメールアドレス）がありません' }).click();
    await trainees.field('緊急連絡先（氏名）').fill('राम श्रेष्ठ');
    await trainees.field('続柄').fill('父');
    await trainees.field('緊急連絡先（電話番号）').fill('+977 1 5550123');
    await trainees.save();
    await expect(warnings).toHaveCount(0);

    const [stored] = await valueOf(host.call('trainees:list', { yearId }));
    const record = await valueOf(host.call('trainees:get', { id: stored!.id }));
    expect(record).toMatchObject({
      passportNumber: 'PA1234567', birthDate: '1996-07-03', diet: 'vegetarian', japaneseLevel: 'N3', hasPhoto: true, warnings: [],
      sendingGovernment: { nameEn: 'Lalitpur', country: 'NP' }, trainingField: { nameJa: '環境・廃棄物処理' },
    });
    await app.go('trainees');
    await expect(trainees.row('Sita SHRESTHA').getByTestId('trainee-photo')).toBeVisible();
    await expect(trainees.row('Sita SHRESTHA').getByTestId('warning-badge')).toHaveCount(0);
  });

  test('dates as people write them: 令和6年5月20日, R6.5.20 and full-width digits are stored as one date; 2024/13/01 is refused', async ({ app, host, page }) => {
    const yearId = await withYear(host, app);
    const trainees = new TraineesPage(app);
    await trainees.openNew();
    await trainees.fill({ familyLatin: 'Kim', givenLatin: 'Minji', familyNative: '김', givenNative: '민지', birthDate: '2024/13/01', nationality: '韓国' });
    await trainees.save();
    // Refused with the field named, on the field and in the list of what to fix; nothing stored.
    await expect(page.getByTestId('error-alert')).toContainText('「生年月日」は存在する日付で入力してください（例：2024-05-20）。');
    await expect(trainees.field('生年月日')).toHaveAttribute('aria-invalid', 'true');
    expect(await valueOf(host.call('trainees:list', { yearId }))).toEqual([]);

    await trainees.field('生年月日').fill('１９９６／７／３');
    await trainees.field('状況の変更日').fill('令和6年5月20日');
    await trainees.tab('documents');
    await trainees.field('旅券の有効期限').fill('R6.5.20');
    await trainees.save();
    await expect(page.getByTestId('status-badge')).toBeVisible();
    const [stored] = await valueOf(host.call('trainees:list', { yearId }));
    expect(await valueOf(host.call('trainees:get', { id: stored!.id }))).toMatchObject({
      birthDate: '1996-07-03', statusChangedOn: '2024-05-20', passportExpiry: '2024-05-20',
    });

    await page.reload();
    await expect(page.getByTestId('status-since')).toContainText('2024年5月20日から');
    await expect(trainees.field('生年月日')).toHaveValue('1996-07-03');
    await expect(trainees.field('状況の変更日')).toHaveValue('2024-05-20');
    await trainees.tab('documents');
    await expect(trainees.field('旅券の有効期限')).toHaveValue('2024-05-20');
    await expect(page.getByTestId('trainee-warnings')).toContainText('旅券の有効期限が研修修了前に切れます');
  });

  test('searches find the right person in every script, kana, width and accent', async ({ app, host, page }) => {
    await host.call('sample:load', {});
    const [year] = await valueOf(host.call('years:list', {}));
    // A passport spelling (Gim) unlike the usual one: "kim" must find her through the katakana reading.
    await host.call('trainees:create', {
      yearId: year!.id, familyNameNative: '김', givenNameNative: '민지', familyNameLatin: 'Gim', givenNameLatin: 'Minji', nameKana: 'キム ミンジ',
      nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'applicant',
    });
    await page.reload();
    const trainees = new TraineesPage(app);
    await app.go('trainees');
    await expect(trainees.rows()).toHaveCount(12);
    const cases: Array<[string, string]> = [
      ['kim', 'GIM Minji'],
      ['きむ', 'GIM Minji'],
      ['이서연', 'LEE Seoyeon'],
      ['いそよん', 'LEE Seoyeon'],
      ['soyon', 'LEE Seoyeon'],
      ['王晓燕', 'WANG Xiaoyan'],
      ['佳', 'LIU Jia'],
      ['ＷＡＮＧ', 'WANG Xiaoyan'],
      ['Pena', 'José Luis PEÑA QUISPE'],
      ['अनिता', 'Anita SHRESTHA'],
    ];
    for (const [query, expected] of cases) {
      await trainees.search(query);
      await expect(trainees.rows(), query).toHaveCount(1);
      await expect(trainees.rows().first(), query).toContainText(expected);
    }
    await trainees.search('nobody');
    await expect(page.getByText('条件に合う研修員はいません。')).toBeVisible();
  });

  test('a status change shows in the history with who made it (English)', async ({ app, host, page }) => {
    await host.call('sample:load', {});
    await app.switchLanguage('en');
    await app.go('settings');
    await page.getByLabel('Staff name').fill('Akiko Hayahito');
    await page.getByTestId('setting-staffName').getByRole('button', { name: 'Save' }).click();
    await expect(app.flash()).toHaveText('Staff name saved.');
    const trainees = new TraineesPage(app);
    await app.go('trainees');
    await trainees.open('이서연');
    await trainees.setStatus('Arrived');
    await page.getByLabel('Training field').selectOption({ label: 'Education and childcare' });
    await trainees.save();
    await expect(page.getByTestId('status-badge')).toHaveText('Arrived');
    await trainees.tab('history');
    const change = page.getByTestId('history-row').filter({ hasText: 'Selected → Arrived' });
    await expect(change).toContainText('Akiko Hayahito');
    await expect(change).toContainText('Status');
    // Values read as on the form: a field by its name, a date as people write it.
    await expect(page.getByTestId('history-row').filter({ hasText: 'Training field' })).toContainText('General administration → Education and childcare');
    await expect(page.getByTestId('history-row').filter({ hasText: 'Status changed on' })).toContainText(/31 January 2024 → \d{1,2} \w+ \d{4}/);
  });

  test('delete a trainee and restore it from the trash (Japanese and English)', async ({ app, host, page }) => {
    await host.call('sample:load', {});
    await page.reload();
    const trainees = new TraineesPage(app);
    await app.go('trainees');
    await trainees.open('王晓燕');
    await trainees.delete();
    await expect(app.flash()).toHaveText('王晓燕さんを削除しました。');
    await expect(trainees.rows()).toHaveCount(10);
    await trainees.restoreFromTrash('王晓燕');
    await expect(app.flash()).toHaveText('王晓燕さんを復元しました。');
    await expect(page.getByText('ごみ箱は空です。')).toBeVisible();
    await app.go('trainees');
    await expect(trainees.rows()).toHaveCount(11);

    await app.switchLanguage('en');
    await trainees.open('刘佳');
    await trainees.delete();
    await trainees.restoreFromTrash('刘佳');
    await expect(app.flash()).toHaveText('刘佳 restored.');
    await app.go('trainees');
    await trainees.open('刘佳');
    await trainees.tab('history');
    await expect(page.getByTestId('history-row').filter({ hasText: 'Restored from the trash' })).toHaveCount(1);
    await expect(page.getByTestId('history-row').filter({ hasText: 'Moved to the trash' })).toHaveCount(1);
  });

  test('the dashboard counts the year and its open warnings', async ({ app, host, page }) => {
    await host.call('sample:load', {});
    await page.reload();
    await expect(page.getByTestId('dashboard-total')).toHaveText('研修員数: 11人');
    await expect(page.getByTestId('dashboard-warnings')).toContainText('写真がありません11人');
    await expect(page.getByTestId('dashboard-countries')).toContainText('中国5人');
    await expect(page.getByTestId('archive-table')).toContainText('2024年度');
    await app.switchLanguage('en');
    await expect(page.getByTestId('dashboard-fields')).toContainText('General administration4');

    // A count opens the list of those trainees; the filter stays when a person comes back from one of them.
    await page.getByTestId('dashboard-warnings').getByRole('button', { name: 'The passport expires before the training ends' }).click();
    await expect(page.getByLabel('To check')).toHaveValue('passport_expires');
    await expect(page.getByTestId('trainee-row')).toHaveCount(1);
    const [expiring] = await valueOf(host.call('trainees:list', { warning: 'passport_expires' }));
    await page.getByTestId('trainee-row').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByTestId('trainee-row')).toHaveCount(1);
    await expect(page.getByTestId('trainee-row')).toContainText(expiring!.givenNameLatin!);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('trainee-row')).toHaveCount(11);
    await app.go('dashboard');
    await page.getByTestId('dashboard-countries').getByRole('button', { name: 'Nepal' }).click();
    await expect(page.getByTestId('trainee-row')).toHaveCount(2);
  });
});

test('the training fields can be renamed and extended in Settings', async ({ app, page, host }) => {
  await app.go('settings');
  const rows = page.getByTestId('training-field-row');
  await expect(rows).toHaveCount(10);
  await rows.last().getByLabel('研修分野（日本語）').fill('防災');
  await rows.last().getByLabel('研修分野（英語）').fill('Disaster prevention');
  await rows.last().getByRole('button', { name: '追加' }).click();
  await expect(app.flash()).toHaveText('研修分野を保存しました。');
  await expect(rows).toHaveCount(11);
  await rows.nth(9).getByLabel('研修分野（日本語）').fill('防災・危機管理');
  await rows.nth(9).getByRole('button', { name: '保存' }).click();
  // The confirmation reads the same as after the first save, so wait for the stored name itself.
  await expect.poll(async () => (await valueOf(host.call('training-fields:list', {}))).at(-1)).toMatchObject({ nameJa: '防災・危機管理', nameEn: 'Disaster prevention' });
});

test('a sending government entered wrongly is corrected in Settings; its trainee and tie keep it (English)', async ({ app, page, host }) => {
  await valueOf(host.call('sample:load', {}));
  const [gyeongju] = (await valueOf(host.call('sending-governments:list', { country: 'KR' }))).filter((g) => g.nameLocal === '경주시');
  const usa = (await valueOf(host.call('hosts:list', {}))).find((h) => h.nameJa === '宇佐市')!;
  await valueOf(host.call('sister-ties:create', { hostId: usa.id, sendingGovernmentId: gyeongju!.id, kind: 'sister', since: '2005' }));
  await page.reload();
  await app.switchLanguage('en');
  await app.go('settings');
  const row = page.getByTestId('sending-government-row').filter({ hasText: '경주시' });
  await expect(row).toContainText('Usa City (Sister city)');
  await row.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/^Name \(English\)/)).toHaveValue('Gyeongju');
  await dialog.getByLabel(/^Name \(English\)/).fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('Enter “Name (English)”.');
  await dialog.getByLabel(/^Name \(English\)/).fill('Gyeongju City');
  await dialog.getByLabel(/^Province or state \(English\)/).fill('North Gyeongsang');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.flash()).toHaveText('경주시 corrected.');
  await expect(row).toContainText('경주시 / Gyeongju City');
  await expect(row).toContainText('North Gyeongsang');
  const [lee] = await valueOf(host.call('trainees:list', { query: 'seoyeon' }));
  expect(lee!.sendingGovernment).toMatchObject({ id: gyeongju!.id, nameEn: 'Gyeongju City', provinceEn: 'North Gyeongsang' });
  await app.go('trainees');
  await expect(page.getByTestId('trainee-row').filter({ hasText: 'LEE Seoyeon' })).toContainText('경주시 / Gyeongju City');
});
