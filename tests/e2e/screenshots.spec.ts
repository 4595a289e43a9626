import path from 'node:path';
import { expect, test } from './fixtures';
import { TraineesPage } from './pages/trainees-page';

// `npm run screenshots` refreshes docs/screenshots/ (not part of `npm test`).
const OUT = path.resolve(import.meta.dirname, '../../docs/screenshots');

test('@screenshots trainee list in Japanese and English', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  const trainees = new TraineesPage(app);
  await app.go('trainees');
  await expect(trainees.rows()).toHaveCount(11);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'trainees-ja.png'), fullPage: true });

  await app.switchLanguage('en');
  await expect(page.getByRole('columnheader', { name: 'Name (romanised)' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'trainees-en.png'), fullPage: true });
});
