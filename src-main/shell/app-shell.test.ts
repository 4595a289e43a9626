import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_SAVE_PDF } from '@shared/contract/bridge';
import { migrations } from '../db/migrations';
import { createFakeContents, createFakeElectron } from '../test/fake-electron';
import { isTrustedSender, startApp, type ElectronModule } from './app-shell';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

async function started(prepare: (userData: string) => void = () => undefined) {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-shell-'));
  dirs.push(userData);
  prepare(userData);
  const fake = createFakeElectron(userData);
  const paths = { preload: '/app/build/main/preload.cjs', rendererIndex: '/app/build/renderer/index.html' };
  startApp(fake.electron as unknown as ElectronModule, paths, {});
  await fake.ready();
  const rendererUrl = pathToFileURL(paths.rendererIndex).href;
  return { ...fake, userData, rendererUrl };
}

describe('Electron shell', () => {
  it('opens one isolated, sandboxed window without Node, with the preload', async () => {
    const { windows, rendererUrl } = await started();
    expect(windows).toHaveLength(1);
    const prefs = windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/build/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(windows[0]!.loadURL).toHaveBeenCalledWith(rendererUrl);
  });

  it('keeps the database in the userData folder', async () => {
    const { userData } = await started();
    expect(fs.existsSync(path.join(userData, 'kakehashi.sqlite'))).toBe(true);
  });

  it('explains in Japanese, and opens no window, when the database is from a newer version', async () => {
    const { electron, windows } = await started((userData) => {
      const db = new Database(path.join(userData, 'kakehashi.sqlite'));
      db.pragma('user_version = 990');
      db.close();
    });
    expect(windows).toHaveLength(0);
    expect(electron.app.quit).toHaveBeenCalled();
    const [title, body] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('懸け橋を起動できません');
    expect(body).toContain(`新しいバージョンの懸け橋で作成されています（データベースの版 990、このアプリは ${migrations.at(-1)!.version} まで）`);
  });

  it('refuses every permission request', async () => {
    const { permissions } = await started();
    let granted: boolean | undefined;
    permissions.request!({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(permissions.check!({}, 'notifications')).toBe(false);
  });

  it('denies new windows, navigation elsewhere and webviews', async () => {
    const { emitApp, rendererUrl } = await started();
    const contents = createFakeContents();
    emitApp('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emitPreventable('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emitPreventable('will-navigate', `${rendererUrl}#/trainees`)).toBe(false);
    expect(contents.emitPreventable('will-attach-webview')).toBe(true);
  });

  it('answers IPC calls from its own page only', async () => {
    const { ipcHandlers, rendererUrl } = await started();
    const handler = ipcHandlers.get(IPC_CALL)!;
    const own = await handler({ senderFrame: { url: `${rendererUrl}#/years` } }, 'years:create', { fiscalYear: 2024 });
    expect(own).toMatchObject({ ok: true, value: { fiscalYear: 2024 } });
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/' } }, 'years:list', {});
    expect(foreign).toEqual({ ok: false, error: { code: 'forbidden', params: { reason: 'sender' } } });
    const gone = await handler({ senderFrame: null }, 'years:list', {});
    expect(gone).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const list = await handler({ senderFrame: { url: rendererUrl } }, 'years:list', {});
    expect(list).toMatchObject({ ok: true, value: [{ fiscalYear: 2024 }] });
  });

  it('saves the page as PDF where the person chooses, for its own page only', async () => {
    const { ipcHandlers, rendererUrl, electron, userData } = await started();
    const handler = ipcHandlers.get(IPC_SAVE_PDF)!;
    const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 sheet')) };
    const target = path.join(userData, 'arrival.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = await handler({ senderFrame: { url: `${rendererUrl}#/prints` }, sender }, '到着便一覧:2024?.pdf');
    expect(saved).toEqual({ saved: true, path: target });
    expect(sender.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: '到着便一覧_2024_.pdf' });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 sheet');

    const cancelled = await handler({ senderFrame: { url: rendererUrl }, sender }, 'x.pdf');
    expect(cancelled).toEqual({ saved: false, path: null });
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/' }, sender }, 'x.pdf');
    expect(foreign).toEqual({ saved: false, path: null });
    expect(sender.printToPDF).toHaveBeenCalledTimes(2);
  });

  it('checks senders by protocol, host and path', () => {
    const own = 'file:///app/build/renderer/index.html';
    expect(isTrustedSender({ url: `${own}#/x` }, own)).toBe(true);
    expect(isTrustedSender({ url: 'file:///app/build/renderer/other.html' }, own)).toBe(false);
    expect(isTrustedSender({ url: 'not a url' }, own)).toBe(false);
  });
});
