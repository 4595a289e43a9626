import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_SAVE_PDF } from '@shared/contract/bridge';
import { applyKey } from '../db/cipher';
import { DatabaseKeyError } from '../db/open';
import { migrations } from '../db/migrations';
import { createFakeContents, createFakeElectron, fakeSafeStorage } from '../test/fake-electron';
import { environmentOverrides, isTrustedEvent, isTrustedSender, RENDERER_URL, serveRenderer, startApp, type ElectronModule } from './app-shell';
import { CONTENT_SECURITY_POLICY } from './security';
import { startupErrorMessage } from './startup-error';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A built app: build/renderer with its page and an asset, and build/main beside it (not to be served). */
function builtApp(): { buildDir: string; rendererDir: string } {
  const buildDir = tempDir('kk-build-');
  const rendererDir = path.join(buildDir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(buildDir, 'main'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kakehashi</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(buildDir, 'main', 'main.cjs'), 'secret main');
  return { buildDir, rendererDir };
}

async function started(
  prepare: (userData: string) => void = () => undefined,
  options: { isPackaged?: boolean; env?: NodeJS.ProcessEnv; answer?: number } = {},
) {
  const userData = tempDir('kk-shell-');
  prepare(userData);
  const fake = createFakeElectron(userData, { isPackaged: options.isPackaged });
  if (options.answer !== undefined) fake.electron.dialog.showMessageBoxSync.mockReturnValue(options.answer);
  const { rendererDir } = builtApp();
  const paths = { preload: '/app/build/main/preload.cjs', rendererDir };
  startApp(fake.electron as unknown as ElectronModule, paths, options.env ?? {});
  const schemeBeforeReady = fake.electron.protocol.registerSchemesAsPrivileged.mock.calls.length;
  await fake.ready();
  return { ...fake, userData, rendererDir, schemeBeforeReady };
}

/** An IPC event as Electron gives it: the frame that sent it, and its page's main frame. */
function fromFrame(url: string, options: { isMainFrame?: boolean; sender?: Record<string, unknown> } = {}) {
  const frame = { url, processId: 4, routingId: 1 };
  const mainFrame = options.isMainFrame === false ? { url, processId: 4, routingId: 2 } : frame;
  return { senderFrame: frame, sender: { mainFrame, ...options.sender } };
}

function sealedSecrets(userData: string, values: Record<string, string>): void {
  fs.writeFileSync(path.join(userData, 'kakehashi-secrets.bin'), fakeSafeStorage.encryptString(JSON.stringify(values)));
}

function encryptedDatabase(userData: string, key: string): string {
  const file = path.join(userData, 'kakehashi.sqlite');
  const db = new Database(file);
  applyKey(db, key);
  db.exec('CREATE TABLE t (x)');
  db.close();
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

const digestOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('Electron shell', () => {
  it('opens one isolated, sandboxed window without Node, with the preload', async () => {
    const { windows } = await started();
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
    expect(windows[0]!.loadURL).toHaveBeenCalledWith('app://kakehashi/index.html');
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
    const { emitApp } = await started();
    const contents = createFakeContents();
    emitApp('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emitPreventable('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emitPreventable('will-navigate', 'file:///app/build/renderer/index.html')).toBe(true);
    expect(contents.emitPreventable('will-navigate', 'app://other/index.html')).toBe(true);
    expect(contents.emitPreventable('will-navigate', `${RENDERER_URL}#/trainees`)).toBe(false);
    expect(contents.emitPreventable('will-attach-webview')).toBe(true);
  });

  it('answers IPC calls from the main frame of its own page only', async () => {
    const { ipcHandlers } = await started();
    const handler = ipcHandlers.get(IPC_CALL)!;
    const own = await handler(fromFrame(`${RENDERER_URL}#/years`), 'years:create', { fiscalYear: 2024 });
    expect(own).toMatchObject({ ok: true, value: { fiscalYear: 2024 } });
    const refused = { ok: false, error: { code: 'forbidden', params: { reason: 'sender' } } };
    expect(await handler(fromFrame('https://evil.example/'), 'years:list', {})).toEqual(refused);
    // Our own page inside a frame (of our page or another) is not the main frame.
    expect(await handler(fromFrame(RENDERER_URL, { isMainFrame: false }), 'years:list', {})).toEqual(refused);
    // The built page opened from the disk is not our origin.
    expect(await handler(fromFrame('file:///app/build/renderer/index.html'), 'years:list', {})).toEqual(refused);
    expect(await handler({ senderFrame: null, sender: { mainFrame: null } }, 'years:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: { url: RENDERER_URL } }, 'years:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const list = await handler(fromFrame(RENDERER_URL), 'years:list', {});
    expect(list).toMatchObject({ ok: true, value: [{ fiscalYear: 2024 }] });
  });

  it('saves the page as PDF where the person chooses, for its own page only', async () => {
    const { ipcHandlers, electron, userData } = await started();
    const handler = ipcHandlers.get(IPC_SAVE_PDF)!;
    const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 sheet')) };
    const target = path.join(userData, 'arrival.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = await handler(fromFrame(`${RENDERER_URL}#/prints`, { sender }), '到着便一覧:2024?.pdf');
    expect(saved).toEqual({ saved: true, path: target });
    expect(sender.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(electron.dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: '到着便一覧_2024_.pdf' });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 sheet');

    const cancelled = await handler(fromFrame(RENDERER_URL, { sender }), 'x.pdf');
    expect(cancelled).toEqual({ saved: false, path: null });
    const foreign = await handler(fromFrame('https://evil.example/', { sender }), 'x.pdf');
    expect(foreign).toEqual({ saved: false, path: null });
    const framed = await handler(fromFrame(RENDERER_URL, { sender, isMainFrame: false }), 'x.pdf');
    expect(framed).toEqual({ saved: false, path: null });
    expect(sender.printToPDF).toHaveBeenCalledTimes(2);
  });

  it('checks senders by protocol, host and path, and that they are the main frame', () => {
    expect(isTrustedSender({ url: `${RENDERER_URL}#/x` })).toBe(true);
    expect(isTrustedSender({ url: 'app://kakehashi/other.html' })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html' })).toBe(false);
    expect(isTrustedSender({ url: 'not a url' })).toBe(false);
    const frame = { url: RENDERER_URL };
    expect(isTrustedEvent({ senderFrame: frame, sender: { mainFrame: frame } })).toBe(true);
    expect(isTrustedEvent({ senderFrame: frame, sender: { mainFrame: { url: RENDERER_URL } } })).toBe(false);
  });
});

describe('the app scheme', () => {
  it('is registered as standard and secure before the app is ready, and handled once it is', async () => {
    const { electron, protocolHandlers, schemeBeforeReady } = await started();
    expect(schemeBeforeReady).toBe(1);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(protocolHandlers.has('app')).toBe(true);
    const page = await protocolHandlers.get('app')!({ url: RENDERER_URL });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Kakehashi</title>');
  });

  it('serves the built renderer with its type and the Content-Security-Policy', async () => {
    const { rendererDir } = builtApp();
    const page = await serveRenderer(rendererDir, 'app://kakehashi/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await serveRenderer(rendererDir, 'app://kakehashi/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await serveRenderer(rendererDir, 'app://kakehashi/')).status).toBe(200);
  });

  it('serves nothing outside the renderer folder, nor for another host', async () => {
    const { rendererDir } = builtApp();
    for (const url of [
      'app://kakehashi/%2e%2e/main/main.cjs',
      'app://kakehashi/%2E%2E%2Fmain%2Fmain.cjs',
      'app://kakehashi/assets/..%2f..%2fmain%2fmain.cjs',
      'app://kakehashi/..%5cmain%5cmain.cjs',
      'app://kakehashi/index.html%00.js',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const response = await serveRenderer(rendererDir, url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('secret main');
    }
    // Dots the URL itself resolves stay inside: /../main/main.cjs is /main/main.cjs of the renderer, which is not there.
    expect((await serveRenderer(rendererDir, 'app://kakehashi/../main/main.cjs')).status).toBe(404);
    expect((await serveRenderer(rendererDir, 'app://kakehashi/assets')).status).toBe(404);
    expect((await serveRenderer(rendererDir, 'app://kakehashi/missing.js')).status).toBe(404);
    expect((await serveRenderer(rendererDir, 'app://kakehashi/%E0%A4%A')).status).toBe(400);
  });
});

describe('environment overrides', () => {
  it('are honoured in development and ignored by the installed (packaged) app', async () => {
    const env = { KAKEHASHI_DATA_DIR: '/tmp/elsewhere', KAKEHASHI_SQLITE_BINDING: '/tmp/evil.node' };
    expect(environmentOverrides({ isPackaged: false }, env)).toEqual({ dataDir: '/tmp/elsewhere', nativeBinding: '/tmp/evil.node' });
    expect(environmentOverrides({ isPackaged: true }, env)).toEqual({});

    const elsewhere = tempDir('kk-elsewhere-');
    const packaged = await started(undefined, { isPackaged: true, env: { KAKEHASHI_DATA_DIR: elsewhere, KAKEHASHI_SQLITE_BINDING: '/nonexistent/evil.node' } });
    expect(packaged.windows).toHaveLength(1);
    expect(fs.existsSync(path.join(packaged.userData, 'kakehashi.sqlite'))).toBe(true);
    expect(fs.readdirSync(elsewhere)).toEqual([]);

    const development = await started(undefined, { env: { KAKEHASHI_DATA_DIR: elsewhere } });
    expect(development.windows).toHaveLength(1);
    expect(fs.existsSync(path.join(elsewhere, 'kakehashi.sqlite'))).toBe(true);
  });
});

describe('a database this PC\'s key does not open', () => {
  it('is explained in Japanese, changes nothing, and opens no window when the person quits', async () => {
    let before = '';
    const { electron, windows, userData } = await started((dir) => {
      before = encryptedDatabase(dir, 'another-pcs-key');
      sealedSecrets(dir, { databaseKey: 'this-pcs-key' });
    }, { answer: 1 });
    expect(windows).toHaveLength(0);
    expect(electron.app.quit).toHaveBeenCalled();
    const box = electron.dialog.showMessageBoxSync.mock.calls[0]![0] as { title: string; message: string; buttons: string[] };
    expect(box.title).toBe('懸け橋を起動できません');
    expect(box.message).toContain('このPCに保管されている鍵では、データベースを開けません。');
    expect(box.message).toContain('ファイルは変更していません。');
    expect(box.message).toContain(path.join(userData, 'kakehashi.sqlite'));
    expect(box.buttons).toEqual(['移行用コードの入力', '終了']);
    expect(digestOf(path.join(userData, 'kakehashi.sqlite'))).toBe(before);
    expect(fs.readdirSync(userData).sort()).toEqual(['kakehashi-secrets.bin', 'kakehashi.sqlite']);
  });

  it('opens the window on the locked backend, which waits for the transfer code, when the person asks to enter it', async () => {
    let before = '';
    const { windows, ipcHandlers, userData } = await started((dir) => {
      before = encryptedDatabase(dir, 'another-pcs-key');
    });
    expect(windows).toHaveLength(1);
    const handler = ipcHandlers.get(IPC_CALL)!;
    expect(await handler(fromFrame(RENDERER_URL), 'vault:status', {})).toMatchObject({ ok: true, value: { locked: true } });
    expect(await handler(fromFrame(RENDERER_URL), 'years:list', {})).toMatchObject({ ok: false, error: { code: 'database_locked' } });
    expect(digestOf(path.join(userData, 'kakehashi.sqlite'))).toBe(before);
  });

  it('has its own message for a missing key and for a wrong one, in both languages', () => {
    const file = '/data/kakehashi.sqlite';
    expect(startupErrorMessage(new DatabaseKeyError(file, 'no_key'), file, 'ja').body).toContain('このPCには開くための鍵がありません');
    expect(startupErrorMessage(new DatabaseKeyError(file, 'wrong_key'), file, 'ja-JP').body).toContain('このPCに保管されている鍵では');
    expect(startupErrorMessage(new DatabaseKeyError(file, 'wrong_key'), file, 'en-US').body).toContain('The key kept on this PC does not open the database.');
    expect(startupErrorMessage(new DatabaseKeyError(file, 'no_key'), file, 'en').body).toContain(file);
  });
});
