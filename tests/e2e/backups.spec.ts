import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, keyFileOf, ROOT, startHost, test, valueOf } from './fixtures';
import { TraineesPage } from './pages/trainees-page';

test('back up now, delete a trainee, and restore the backup from Settings', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  await page.reload();
  await app.go('settings');
  await page.getByRole('button', { name: '今すぐバックアップ' }).click();
  await expect(app.flash()).toHaveText('バックアップを作成しました。');
  await expect(page.getByTestId('backup-row').first()).toContainText('手動');

  const trainees = new TraineesPage(app);
  await app.go('trainees');
  await trainees.open('王晓燕');
  await trainees.delete();
  await expect(trainees.rows()).toHaveCount(10);

  await app.go('settings');
  await page.getByTestId('backup-row').filter({ hasText: '手動' }).getByRole('button', { name: 'このバックアップから復元' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'このバックアップから復元' }).click();
  await expect(app.flash()).toContainText('のバックアップから復元しました。');
  await expect(page.getByTestId('backup-row').filter({ hasText: '復元前' })).toHaveCount(1);
  await app.go('trainees');
  await expect(trainees.rows()).toHaveCount(11);
});

test('a damaged database is refused on start; the newest sound backup is restored only when asked', async ({ host }) => {
  await host.call('sample:load', {});
  await valueOf(host.call('backups:create', {}));
  const file = path.join(host.dataDir, 'kakehashi.sqlite');
  // A second copy of the folder, stopped, with its database overwritten by junk.
  const copy = fs.mkdtempSync(path.join(path.dirname(host.dataDir), 'kk-damaged-'));
  await valueOf(host.call('backups:copy-to', { path: path.join(copy, 'kakehashi.sqlite') }));
  fs.cpSync(path.join(host.dataDir, 'backups'), path.join(copy, 'backups'), { recursive: true });
  fs.copyFileSync(keyFileOf(host.dataDir), keyFileOf(copy)); // the same key goes with the copy
  fs.writeFileSync(path.join(copy, 'kakehashi.sqlite'), Buffer.alloc(64 * 1024, 0x5a));
  expect(fs.existsSync(file)).toBe(true);

  const refused = spawnSync(process.execPath, [path.join(ROOT, 'build/main/host.cjs')], {
    env: { ...process.env, PORT: '0', KAKEHASHI_DATA_DIR: copy, KAKEHASHI_KEY_FILE: keyFileOf(copy) },
    encoding: 'utf8',
    timeout: 15_000,
  });
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('is damaged');
  expect(refused.stderr).toContain('KAKEHASHI_RESTORE_LATEST=1');
  expect(fs.readFileSync(path.join(copy, 'kakehashi.sqlite'))[0]).toBe(0x5a); // untouched

  const { child, url } = await startHost(copy, 't0k', { KAKEHASHI_RESTORE_LATEST: '1' });
  try {
    const response = await fetch(`${new URL(url).origin}/api/trainees:list`, { method: 'POST', headers: { Authorization: 'Bearer t0k' }, body: '{}' });
    expect((await response.json()).value).toHaveLength(11);
    expect(fs.readdirSync(copy).some((f) => f.startsWith('kakehashi.sqlite.damaged-'))).toBe(true);
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync(keyFileOf(copy), { force: true });
  }
});
