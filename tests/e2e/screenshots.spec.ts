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

test('@screenshots dashboard, a trainee and the matching board', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  const [year] = (await host.call('years:list', {})).ok ? ((await host.call('years:list', {})) as { ok: true; value: Array<{ id: string }> }).value : [];
  // A board mid-way: no host decided yet, three hosts asking, 宇佐市 tied to 慶州市.
  const hosts = await host.call('hosts:list', {});
  const assignments = await host.call('assignments:list', {});
  const governments = await host.call('sending-governments:list', {});
  if (hosts.ok && assignments.ok && governments.ok && year) {
    for (const a of assignments.value) await host.call('assignments:delete', { id: a.id });
    const usa = hosts.value.find((h) => h.nameJa === '宇佐市')!;
    const gyeongju = governments.value.find((g) => g.nameEn === 'Gyeongju')!;
    await host.call('sister-ties:create', { hostId: usa.id, sendingGovernmentId: gyeongju.id, kind: 'sister', since: '2005' });
    for (const h of [usa, ...hosts.value.filter((x) => x.id !== usa.id).slice(0, 2)]) {
      await host.call('survey:save', { yearId: year.id, hostId: h.id, requestedCount: 1, preferredCountry: h === usa ? 'KR' : null, status: 'accepted' });
    }
  }
  await page.reload();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'dashboard-ja.png'), fullPage: true });

  await app.go('trainees');
  await page.getByRole('link', { name: 'अनिता श्रेष्ठ' }).click();
  await expect(page.getByRole('heading', { name: 'अनिता श्रेष्ठ' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'trainee-ja.png') });

  await app.switchLanguage('en');
  await page.getByRole('navigation').getByRole('link', { name: 'Assignments' }).click();
  await page.getByTestId('board-trainee').filter({ hasText: '이서연' }).click();
  await expect(page.getByTestId('board-host').first()).toContainText('大分県宇佐市');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'board-en.png') });
});
