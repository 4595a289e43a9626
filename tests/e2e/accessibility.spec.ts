import type { Page } from '@playwright/test';
import { expect, test, valueOf } from './fixtures';
import { scanScreen } from './axe-scan';
import type { Language } from './pages/app-page';

// The accessibility scan runs in every spec (fixtures.ts); this one makes sure it sees every screen of the menu, in
// both languages, with the sample data in, each screen's tabs, its main dialog and the record pages behind its lists.

const ADD = { ja: /^(.*(追加|新規|作成|登録))$/, en: /^(Add|New|Create)\b/ } as const;
const DETAIL: Record<string, string> = { trainees: '#/trainees/', hosts: '#/hosts/', years: '#/years/' };

async function settle(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await scanScreen(page);
}

async function openMainDialog(page: Page, language: Language): Promise<void> {
  const add = page.getByRole('main').getByRole('button', { name: ADD[language] }).first();
  if (!(await add.isVisible()) || !(await add.isEnabled())) return;
  const before = page.url();
  await add.click();
  const dialog = page.getByRole('dialog');
  // Some add buttons add a row in place (a room to a hotel): then there is no dialog to see.
  await expect
    .poll(async () => (await dialog.count()) > 0 || page.url() !== before, { timeout: 3000 })
    .toBe(true)
    .catch(() => {});
  await settle(page);
  if ((await dialog.count()) > 0) {
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
}

async function walkTabs(page: Page): Promise<void> {
  const tabs = page.getByRole('main').getByRole('tab');
  const count = await tabs.count();
  for (let i = 1; i < count; i++) {
    await tabs.nth(i).click();
    await settle(page);
  }
}

async function walkMenu(page: Page, language: Language): Promise<void> {
  const links = page.getByRole('navigation').getByRole('link');
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    await page.getByRole('navigation').locator(`a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
    await settle(page);
    await walkTabs(page);
    await openMainDialog(page, language);
    const detail = DETAIL[href.replace('#/', '')];
    if (detail) {
      const first = page.getByRole('main').locator(`a[href^="${detail}"]`).first();
      if (await first.isVisible()) {
        await first.click();
        await settle(page);
        await walkTabs(page);
      }
    }
  }
}

test('every screen of the menu, its tabs and main dialogs, in Japanese and English, passes the accessibility scan', async ({ app, host, page }) => {
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'サンプルデータの読み込み' }).click();
  await expect.poll(async () => (await valueOf(host.call('app:info', {}))).isEmpty).toBe(false);
  await walkMenu(page, 'ja');
  await app.switchLanguage('en');
  await walkMenu(page, 'en');
});
