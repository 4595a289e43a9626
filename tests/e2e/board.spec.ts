import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test, valueOf } from './fixtures';
import { sampleWithFlights } from './pages/arrivals-data';

/** Whether an element shows all of its text: nothing cut at its right edge. */
async function isWhole(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
}

/** Presses Tab until the focus is inside `target` (as a person with only a keyboard would). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.contains(document.activeElement))) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe('on a tablet (1024 × 768, touch)', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false });

  test('the airport board at 1024×768 by touch: the menu folds, names and badges whole, a delay marked once holds for the whole flight', async ({ app, host, page }, info) => {
    const { yearId } = await sampleWithFlights(host);
    await valueOf(host.call('pickup-groups:create', { yearId, name: '成田 第1便', airport: 'NRT', terminal: '1', meetingPoint: '南ウイング 到着口' }));
    await valueOf(host.call('pickup-groups:place', { yearId }));
    await page.clock.setFixedTime(new Date('2024-05-20T09:00:00+09:00'));
    await app.page.reload();

    // The menu is behind the burger; a tap opens it, a tap on an entry goes there and folds it again.
    const menu = page.getByRole('navigation');
    await expect(menu).not.toBeInViewport();
    await page.getByRole('button', { name: 'メインメニュー' }).tap();
    await menu.getByRole('link', { name: '空港ボード' }).tap();
    await expect(page.getByRole('heading', { name: '空港ボード' })).toBeVisible();
    await expect(menu).not.toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    const main = await page.getByRole('main').boundingBox();
    expect(main!.x).toBeLessThan(10);

    const section = page.getByTestId('board-section').filter({ has: page.getByRole('heading', { name: /^成田 第1便/ }) });
    const card = (name: string) => section.getByTestId('arrival-card').filter({ hasText: name });
    for (const c of await page.getByTestId('arrival-card').all()) {
      await expect(c.getByTestId('arrival-status')).toHaveText('到着予定');
      expect(await isWhole(c.getByTestId('arrival-status'))).toBe(true);
      expect(await isWhole(c.getByTestId('arrival-name'))).toBe(true);
    }
    expect(await isWhole(card('José Luis PEÑA QUISPE').getByTestId('arrival-latin-name'))).toBe(true);

    // RA 411 from Kathmandu carries both Nepali trainees: a delay tapped on one card holds for both.
    await card('अनिता श्रेष्ठ').getByRole('button', { name: '遅延…' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新しい到着日時').fill('2024-05-20T12:10');
    await dialog.getByRole('button', { name: '保存' }).tap();
    await expect(card('राजेश अधिकारी').getByTestId('arrival-status')).toHaveText('遅延');
    await expect(card('राजेश अधिकारी').getByTestId('expected-landing')).toHaveText('12:10着');
    await expect(card('अनिता श्रेष्ठ').getByTestId('arrival-status')).toHaveText('遅延');
    await expect(card('이서연').getByTestId('arrival-status')).toHaveText('到着予定');
    expect(await isWhole(card('राजेश अधिकारी').getByTestId('arrival-status'))).toBe(true);
    await page.screenshot({ path: info.outputPath('airport-board-tablet-ja.png') });
    if (process.env.KAKEHASHI_DOCS) fs.copyFileSync(info.outputPath('airport-board-tablet-ja.png'), 'docs/screenshots/airport-board-tablet-ja.png');

    // Met is one person's; then one undo of the delay, from the other card, takes it back for both.
    await card('अनिता श्रेष्ठ').getByRole('button', { name: '合流', exact: true }).tap();
    await expect(card('अनिता श्रेष्ठ').getByTestId('arrival-status')).toHaveText('合流済み');
    await expect(card('राजेश अधिकारी').getByTestId('arrival-status')).toHaveText('遅延');
    await card('राजेश अधिकारी').getByRole('button', { name: '取消し' }).tap();
    await expect(card('राजेश अधिकारी').getByTestId('arrival-status')).toHaveText('到着予定');
    await expect(card('राजेश अधिकारी').getByTestId('expected-landing')).toHaveText('10:30着');
    await expect(card('अनिता श्रेष्ठ').getByTestId('arrival-status')).toHaveText('合流済み');
    await expect(card('अनिता श्रेष्ठ').getByTestId('expected-landing')).toHaveText('10:30着');
  });
});

test('the matching board assigns a trainee with the keyboard only: Tab to the card, Enter to pick, Tab to 割当て, Enter', async ({ app, host, page }) => {
  const year = await valueOf(host.call('years:create', { fiscalYear: 2024 }));
  const [general] = await valueOf(host.call('training-fields:list', {}));
  const gyeongju = await valueOf(host.call('sending-governments:create', { country: 'KR', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' }));
  await valueOf(
    host.call('trainees:create', {
      yearId: year.id, status: 'selected', trainingFieldId: general!.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee',
      givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', sendingGovernmentId: gyeongju.id,
    }),
  );
  const usa = await valueOf(host.call('hosts:create', { code: '442119' }));
  await valueOf(host.call('survey:save', { yearId: year.id, hostId: usa.id, requestedCount: 1, preferredCountry: 'KR', status: 'accepted' }));
  await page.reload();
  await app.go('assignments');

  const trainee = page.getByTestId('board-trainee').filter({ hasText: '이서연' });
  const usaCard = page.getByTestId('board-host').filter({ hasText: '宇佐市' });
  await tabTo(page, trainee);
  await expect(trainee.getByRole('button').first()).toBeFocused();
  // The focus is seen: an outline on the card in focus.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(trainee.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  const assign = usaCard.getByRole('button', { name: '割当て' });
  await tabTo(page, assign);
  await expect(assign).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('受入開始日')).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'この内容で決定' }));
  await page.keyboard.press('Enter');
  await expect(app.flash()).toHaveText('이서연さんの受入先を大分県宇佐市に決定しました。');
  expect(await valueOf(host.call('assignments:list', {}))).toHaveLength(1);
});
