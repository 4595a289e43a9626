import { expect, test, valueOf } from './fixtures';
import { YearsPage } from './pages/years-page';

test.describe('program years', () => {
  test('create FY2024 and see its milestones (Japanese)', async ({ app, host }) => {
    const years = new YearsPage(app);
    await years.createYear('2024');
    await expect(app.flash()).toHaveText('2024年度を作成しました。');
    await expect(app.page.getByRole('heading', { name: '2024年度' })).toBeVisible();
    await expect(app.page.getByText('2024年4月1日〜2025年3月31日')).toBeVisible();
    await expect(years.milestone('survey_open')).toContainText('利用要望調査開始');
    await expect(years.milestone('survey_open')).toContainText('2023年8月1日');
    await expect(years.milestone('arrival')).toContainText('研修員来日（一斉渡航）');
    await expect(years.milestone('jiam_training')).toContainText('2024年5月23日〜2024年6月21日');

    await years.setMilestoneStart('arrival', '2024-05-21');
    await expect(app.flash()).toHaveText('「研修員来日（一斉渡航）」の日付を保存しました。');
    await expect(years.milestone('arrival')).toContainText('2024年5月21日');
    const [stored] = await valueOf(host.call('years:list', {}));
    const detail = await valueOf(host.call('years:get', { id: stored!.id }));
    expect(detail.milestones.find((m) => m.kind === 'arrival')?.startsOn).toBe('2024-05-21');
  });

  test('create FY2025 and see its milestones (English)', async ({ app }) => {
    await app.switchLanguage('en');
    const years = new YearsPage(app);
    await years.createYear('2025');
    await expect(app.flash()).toHaveText('FY2025 created.');
    await expect(app.page.getByRole('heading', { name: 'FY2025' })).toBeVisible();
    await expect(app.page.getByText('1 April 2025 – 31 March 2026')).toBeVisible();
    await expect(years.milestone('survey_open')).toContainText('Demand survey opens');
    await expect(years.milestone('survey_open')).toContainText('1 August 2024');
    await expect(years.milestone('host_move')).toContainText('Move to host municipality');
  });

  test('a bad fiscal year gets a clear message and creates nothing', async ({ app, host }) => {
    const years = new YearsPage(app);
    await years.createYear('1990');
    await expect(app.page.getByRole('dialog')).toContainText('「年度（西暦）」は1996〜2100の範囲で入力してください。');
    await app.page.getByRole('dialog').getByLabel('年度（西暦）').fill('にせん');
    await app.page.getByRole('dialog').getByRole('button', { name: '作成', exact: true }).click();
    await expect(app.page.getByRole('dialog')).toContainText('「年度（西暦）」は整数で入力してください。');
    expect(await valueOf(host.call('years:list', {}))).toEqual([]);
  });

  test('a second FY2024 is refused by name', async ({ app, host }) => {
    await valueOf(host.call('years:create', { fiscalYear: 2024 }));
    await app.page.reload();
    await app.switchLanguage('en');
    await new YearsPage(app).createYear('2024');
    await expect(app.page.getByRole('dialog')).toContainText('FY2024 already exists.');
    expect(await valueOf(host.call('years:list', {}))).toHaveLength(1);
  });
});
