import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, keyFileOf, ROOT, startHost, test } from './fixtures';
import { AppPage } from './pages/app-page';

const HOST = path.join(ROOT, 'build/main/host.cjs');

/** Starts the built host and answers its start lines once it listens; the caller stops it. */
function start(env: Record<string, string>): Promise<{ lines: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [HOST], { env: { ...process.env, PORT: '0', KAKEHASHI_TOKEN: 't', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let lines = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      lines += chunk.toString();
      if (/data in .*\n/.test(lines)) resolve({ lines, stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) });
    });
    child.stderr!.on('data', (chunk: Buffer) => (lines += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${lines}`)));
  });
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('the host says where its key is, keeps a key file of mode 0600 outside the data, and refuses a wrong key without changing anything', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-key-'));
  const keyFile = keyFileOf(dataDir);
  try {
    const first = await start({ KAKEHASHI_DATA_DIR: dataDir, KAKEHASHI_KEY_FILE: keyFile });
    expect(first.lines).toContain(`(encrypted; the key from ${keyFile})`);
    await first.stop();
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir)).not.toContain(path.basename(keyFile));
    const file = path.join(dataDir, 'kakehashi.sqlite');
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const before = sha(file);

    const refused = spawnSync(process.execPath, [HOST], {
      env: { ...process.env, PORT: '0', KAKEHASHI_DATA_DIR: dataDir, KAKEHASHI_DB_KEY: 'a-key-that-is-not-this-database-s-key-00000' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("cannot be opened with this PC's key");
    expect(sha(file)).toBe(before);

    // The right key from the environment opens it, and the start line says so.
    const { databaseKey } = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { databaseKey: string };
    const again = await start({ KAKEHASHI_DATA_DIR: dataDir, KAKEHASHI_DB_KEY: databaseKey, KAKEHASHI_KEY_FILE: keyFile });
    expect(again.lines).toContain('(encrypted; the key from KAKEHASHI_DB_KEY)');
    await again.stop();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(keyFile, { force: true });
  }
});

test('a copy for a new PC shows its transfer code once; the new PC asks for it, opens the copy and keeps it under its own key', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  await page.reload();
  await app.go('settings');
  const newPc = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-newpc-'));
  try {
    await page.getByLabel('データベースを別のファイルにコピー（別のPCへの移行用）').fill(path.join(newPc, 'kakehashi.sqlite'));
    await page.getByRole('button', { name: 'コピー', exact: true }).click();
    const shown = page.getByTestId('transfer-code');
    await expect(shown).toContainText('移行用コード');
    const code = (await shown.locator('p').first().textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    await expect(page.getByTestId('key-storage')).toContainText(keyFileOf(host.dataDir));

    const { child, url } = await startHost(newPc, 'newpc');
    try {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: '別のPCからコピーしたデータベース' })).toBeVisible();
      const field = page.getByLabel('移行用コード');
      await field.fill('AAAAA-AAAAA-AAAAA-AAAAA-AAAAA');
      await page.getByRole('button', { name: '開く' }).click();
      await expect(page.getByTestId('error-alert')).toContainText('移行用コードが一致しません');
      await field.fill(code.toLowerCase());
      await page.getByRole('button', { name: '開く' }).click();
      const opened = new AppPage(page);
      await page.getByRole('navigation').waitFor();
      await expect(opened.flash()).toHaveText('データベースを開き、このPCの鍵で暗号化し直しました。');
      await opened.go('trainees');
      await expect(page.getByRole('main').getByText('11人', { exact: true })).toBeVisible();
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    fs.rmSync(newPc, { recursive: true, force: true });
    fs.rmSync(keyFileOf(newPc), { force: true });
  }
});
