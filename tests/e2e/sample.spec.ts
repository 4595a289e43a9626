import { expect, test, valueOf } from './fixtures';
import { TraineesPage } from './pages/trainees-page';

test.describe('sample data and language', () => {
  test('load sample data and see the 11 trainees in their own scripts', async ({ app, host }) => {
    await app.page.getByRole('button', { name: 'サンプルデータの読み込み' }).click();
    await expect(app.flash()).toHaveText('サンプルデータを読み込みました（研修員11人）。');
    const trainees = new TraineesPage(app);
    await app.go('trainees');
    await expect(trainees.rows()).toHaveCount(11);
    await expect(app.page.getByTestId('trainee-count')).toHaveText('11人');
    await expect(trainees.row('LEE Seoyeon')).toContainText('大分県宇佐市');
    await expect(app.page.getByText('अनिता श्रेष्ठ')).toHaveAttribute('lang', 'ne');
    await expect(app.page.getByText('王晓燕')).toHaveAttribute('lang', 'zh-Hans');
    await expect(app.page.getByText('José Luis PEÑA QUISPE', { exact: true })).toBeVisible();
    const info = await valueOf(host.call('app:info', {}));
    expect(info.isEmpty).toBe(false);

    await app.go('settings');
    await expect(app.page.getByRole('button', { name: 'サンプルデータの読み込み' })).toBeDisabled();
  });

  test('the chosen language is remembered', async ({ app, host, page }) => {
    await app.switchLanguage('en');
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    // The screen switches at once; the choice is saved right after, so wait for it.
    await expect.poll(async () => (await valueOf(host.call('settings:get', {}))).language).toBe('en');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the page refuses to work without the token', async ({ page, host }) => {
    await page.goto(`${host.origin}/`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    const result = await page.evaluate(async () => (await fetch('./api/years:list', { method: 'POST', body: '{}' })).status);
    expect(result).toBe(401);
  });
});
