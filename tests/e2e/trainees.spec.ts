import { expect, test, valueOf, type Host } from './fixtures';
import type { AppPage } from './pages/app-page';
import { TraineesPage } from './pages/trainees-page';

async function withYear(host: Host, app: AppPage): Promise<string> {
  const year = await valueOf(host.call('years:create', { fiscalYear: 2024 }));
  await app.page.reload();
  await app.page.getByRole('navigation').waitFor();
  return year.id;
}

const kim = {
  familyLatin: 'Kim',
  givenLatin: 'Sihyeon',
  familyNative: '김',
  givenNative: '시현',
  kana: 'キム シヒョン',
  birthDate: '1993/4/1',
};

test.describe('trainees', () => {
  test('add a trainee with a Hangul name, edit and delete (Japanese)', async ({ app, host }) => {
    const yearId = await withYear(host, app);
    const trainees = new TraineesPage(app);
    await trainees.openNew();
    await trainees.fill({ ...kim, nationality: '韓国' });
    await trainees.save();
    await expect(app.flash()).toHaveText('김시현さんを登録しました。');
    await expect(app.page.getByRole('heading', { name: '김시현' })).toBeVisible();
    const [stored] = await valueOf(host.call('trainees:list', { yearId }));
    expect(stored).toMatchObject({ birthDate: '1993-04-01', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR' });

    await trainees.setStatus('来日済み');
    await app.page.getByLabel('役職').fill('国際交流課 主事');
    // Ctrl+S saves from the field being typed in.
    await app.page.getByLabel('役職').press('Control+s');
    await expect(app.flash()).toHaveText('김시현さんの情報を保存しました。');
    await expect.poll(async () => (await valueOf(host.call('trainees:list', { yearId })))[0]?.status).toBe('arrived');
    await expect(app.page.getByTestId('status-badge')).toHaveText('来日済み');
    await app.go('trainees');
    const row = trainees.row('KIM Sihyeon');
    await expect(row).toContainText('韓国');
    await expect(row).toContainText('来日済み');
    await expect(row.getByText('김시현')).toHaveAttribute('lang', 'ko');

    await trainees.open('김시현');
    await trainees.delete();
    await expect(app.flash()).toHaveText('김시현さんを削除しました。');
    await expect(trainees.rows()).toHaveCount(0);
    expect(await valueOf(host.call('trainees:list', { yearId }))).toEqual([]);
  });

  test('add a trainee with a Hangul name, edit and delete (English)', async ({ app, host }) => {
    const yearId = await withYear(host, app);
    await app.switchLanguage('en');
    const trainees = new TraineesPage(app);
    await trainees.openNew();
    await trainees.fill({ ...kim, nationality: 'South Korea' });
    await trainees.save();
    await expect(app.flash()).toHaveText('김시현 added.');
    await trainees.setStatus('At JIAM');
    await trainees.save();
    await expect(app.page.getByTestId('status-badge')).toHaveText('At JIAM');
    await app.go('trainees');
    await expect(trainees.row('KIM Sihyeon')).toContainText('South Korea');

    await trainees.open('김시현');
    await trainees.delete();
    await expect(app.flash()).toHaveText('김시현 deleted.');
    expect(await valueOf(host.call('trainees:list', { yearId }))).toEqual([]);
  });

  test('an empty name and an impossible date get clear messages and change nothing', async ({ app, host }) => {
    const yearId = await withYear(host, app);
    const trainees = new TraineesPage(app);
    await trainees.openNew();
    await trainees.fill({ familyNative: '김', birthDate: '2023-02-30', nationality: '韓国' });
    await trainees.save();
    await expect(app.errorAlert()).toContainText('「名（ローマ字・旅券どおり）」または姓（ローマ字）のどちらかを入力してください。');
    await expect(app.errorAlert()).toContainText('「生年月日」は存在する日付で入力してください（例：2024-05-20）。');
    await expect(app.page.getByLabel('生年月日')).toHaveAttribute('aria-invalid', 'true');
    expect(await valueOf(host.call('trainees:list', { yearId }))).toEqual([]);

    // The same in English, on an existing record: the stored values stay as they were.
    const saved = await valueOf(host.call('trainees:create', {
      yearId, familyNameLatin: 'Kim', givenNameLatin: 'Sihyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
    }));
    await app.page.reload();
    await app.switchLanguage('en');
    await app.go('trainees');
    await trainees.open('KIM Sihyeon');
    await trainees.fill({ familyLatin: '', givenLatin: '', birthDate: '1993-13-01' });
    await trainees.save();
    await expect(app.errorAlert()).toContainText('Enter “Given name (as in passport)” or the family name (as in passport).');
    await expect(app.errorAlert()).toContainText('“Date of birth” must be a real date');
    expect(await valueOf(host.call('trainees:get', { id: saved.id }))).toEqual(saved);
  });

  test('leaving a form with unsaved changes asks first', async ({ app, host }) => {
    await withYear(host, app);
    const trainees = new TraineesPage(app);
    await trainees.openNew();
    await trainees.fill({ familyLatin: 'Kim' });
    await app.go('years');
    await expect(app.page.getByRole('dialog')).toContainText('保存していない変更があります');
    await app.page.getByRole('button', { name: 'このページに残る' }).click();
    await expect(trainees.field(trainees.text.familyLatin)).toHaveValue('Kim');
  });

  test('a long list counts every trainee, reads rows as it scrolls and narrows as one types', async ({ app, host }) => {
    const yearId = await withYear(host, app);
    const older = await valueOf(host.call('years:create', { fiscalYear: 2010 }));
    const create = (i: number) =>
      valueOf(host.call('trainees:create', {
        yearId: i % 2 ? yearId : older.id, familyNameLatin: 'Kim', givenNameLatin: `Minji${String(i).padStart(3, '0')}`,
        familyNameNative: '김', givenNameNative: '민지', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
      }));
    for (let i = 0; i < 500; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => create(i + j)));
    await valueOf(host.call('trainees:create', {
      yearId: older.id, familyNameNative: 'श्रेष्ठ', givenNameNative: 'अनिता', familyNameLatin: 'Shrestha', givenNameLatin: 'Anita',
      nameLang: 'ne', nameOrder: 'given_first', nationality: 'NP', status: 'completed',
    }));

    const trainees = new TraineesPage(app);
    await app.go('trainees');
    await expect(trainees.count()).toHaveText('250人');
    await app.page.getByRole('combobox', { name: '年度を選択' }).selectOption({ label: '全年度' });
    await expect(trainees.count()).toHaveText('501人');
    expect(await trainees.rows().count()).toBeLessThan(60);
    await trainees.scrollToEnd();
    // In the list's own order (newest year first, then country and name) the last two are FY2010's last Kim and its one Nepali.
    await expect(trainees.rows().last()).toContainText('Anita SHRESTHA');
    await expect(trainees.rows().nth(-2)).toContainText('KIM Minji498');

    await trainees.search('अनिता');
    await expect(trainees.count()).toHaveText('1人');
    await expect(trainees.rows()).toHaveCount(1);
    await expect(trainees.row('Anita SHRESTHA').getByText('अनिता श्रेष्ठ')).toHaveAttribute('lang', 'ne');
    await trainees.search('민');
    await expect(trainees.count()).toHaveText('500人');
  });
});
