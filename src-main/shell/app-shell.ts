import fs from 'node:fs';
import path from 'node:path';
import type * as Electron from 'electron';
import { IPC_CALL, IPC_SAVE_PDF, type SavedPdf } from '@shared/contract/bridge';
import { fail } from '@shared/contract/result';
import { openBackend, restoreNewestBackup, type Backend } from '../backend';
import { openLockedBackend } from '../locked-backend';
import type { SecretStore } from '../secrets/secret-store';
import { DamagedDatabaseError } from '../db/damage';
import { newestSoundBackup } from '../features/backups';
import { DATABASE_FILE, DatabaseKeyError } from '../db/open';
import { fill } from '../i18n';
import { startupErrorMessage, startupTexts } from './startup-error';
import { CONTENT_SECURITY_POLICY, RENDERER_MIME } from './security';
import { safeStorageSecretStore } from './safe-storage-secret-store';
import { dispatch, type Handlers } from '../ipc/dispatch';

/** The parts of the `electron` module the shell uses; tests pass a fake one. */
export type ElectronModule = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'protocol' | 'session' | 'safeStorage'>;

/**
 * The renderer is served from its own scheme, not file://: a standard, secure origin of its
 * own (`app://kakehashi`), so 'self' in the CSP means the app's files alone, and a page from
 * anywhere else on the disk is never "our" page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kakehashi';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Options of the one window: an isolated, sandboxed renderer without Node. */
export function mainWindowOptions(preloadPath: string): Electron.BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Kakehashi',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** True for a URL of our own renderer page (any route after the #). */
export function isTrustedSender(frame: { url: string } | null | undefined, rendererUrl: string = RENDERER_URL): boolean {
  if (!frame) return false;
  try {
    const actual = new URL(frame.url);
    const expected = new URL(rendererUrl);
    return actual.protocol === expected.protocol && actual.host === expected.host && actual.pathname === expected.pathname;
  } catch {
    return false;
  }
}

type FrameLike = { url: string; processId?: number; routingId?: number };
type IpcEventLike = { senderFrame: FrameLike | null; sender?: { mainFrame?: FrameLike | null } };

/** The call comes from the main frame of our own page: not an iframe, not another page, not a frame gone since. */
export function isTrustedEvent(event: IpcEventLike, rendererUrl: string = RENDERER_URL): boolean {
  const frame = event.senderFrame;
  const main = event.sender?.mainFrame;
  if (!frame || !main) return false;
  const isMain = frame === main || (frame.processId !== undefined && frame.processId === main.processId && frame.routingId === main.routingId);
  return isMain && isTrustedSender(frame, rendererUrl);
}

/** One IPC entry point for every channel; a call from any other frame is refused. */
export function registerIpc(ipcMain: Electron.IpcMain, handlers: Handlers, rendererUrl: string = RENDERER_URL): void {
  ipcMain.handle(IPC_CALL, (event, channel: unknown, input: unknown) => {
    if (!isTrustedEvent(event, rendererUrl)) return fail('forbidden', { reason: 'sender' });
    if (typeof channel !== 'string') return fail('unknown_channel', { channel: String(channel) });
    return dispatch(handlers, channel, input);
  });
}

/**
 * Save as PDF: the sender's page rendered with its print stylesheet (A4, the sheet alone,
 * page numbers from the CSS), then a save dialog. Only our own page may ask.
 */
export function registerSavePdf(electron: Pick<ElectronModule, 'ipcMain' | 'dialog' | 'BrowserWindow'>, rendererUrl: string = RENDERER_URL): void {
  electron.ipcMain.handle(IPC_SAVE_PDF, async (event, fileName: unknown): Promise<SavedPdf> => {
    if (!isTrustedEvent(event, rendererUrl)) return { saved: false, path: null };
    const safeName = String(fileName).replace(/[\\/:*?"<>|]/g, '_').slice(0, 120) || 'kakehashi.pdf';
    const pdf = await event.sender.printToPDF({ printBackground: true, preferCSSPageSize: true });
    const owner = electron.BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: safeName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const choice = owner ? await electron.dialog.showSaveDialog(owner, options) : await electron.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, path: null };
    fs.writeFileSync(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  });
}

/** Every permission (camera, notifications, geolocation …) is refused. */
export function denyPermissions(session: Electron.Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No navigation away from the app, no new windows, no webviews. */
export function lockDownContents(contents: Electron.WebContents, rendererUrl: string = RENDERER_URL): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedSender({ url }, rendererUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface ShellPaths {
  preload: string;
  /** The built renderer (index.html and assets): the only files the app scheme serves. */
  rendererDir: string;
}

export function shellPaths(buildDir: string): ShellPaths {
  return {
    preload: path.join(buildDir, 'main', 'preload.cjs'),
    rendererDir: path.join(buildDir, 'renderer'),
  };
}

/** Before the app is ready: the app scheme is standard (relative URLs, an origin) and secure (like https). */
export function registerAppScheme(protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

function plainResponse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * Answers a request of the app scheme with a file of the built renderer, and nothing else: another
 * host, a path out of the folder (`..`, encoded or not), a folder or a missing file is refused.
 */
export async function serveRenderer(rendererDir: string, requestUrl: string): Promise<Response> {
  const root = path.resolve(rendererDir);
  let url: URL;
  let relative: string;
  try {
    url = new URL(requestUrl);
    relative = decodeURIComponent(url.pathname);
  } catch {
    return plainResponse(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plainResponse(403);
  if (relative.includes('\0') || relative.includes('\\')) return plainResponse(403);
  const file = path.resolve(root, '.' + (relative === '/' ? '/index.html' : relative));
  if (!file.startsWith(root + path.sep)) return plainResponse(403);
  let body: Buffer;
  try {
    body = await fs.promises.readFile(file);
  } catch {
    return plainResponse(404);
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': RENDERER_MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

/**
 * What the environment may change, for development and tests only: an installed app (packaged)
 * ignores KAKEHASHI_DATA_DIR and KAKEHASHI_SQLITE_BINDING, so nothing set around it can point it
 * at other data or load another native library into it.
 */
export function environmentOverrides(app: Pick<Electron.App, 'isPackaged'>, env: NodeJS.ProcessEnv): { dataDir?: string; nativeBinding?: string } {
  if (app.isPackaged) return {};
  return { dataDir: env.KAKEHASHI_DATA_DIR || undefined, nativeBinding: env.KAKEHASHI_SQLITE_BINDING || undefined };
}

/**
 * A damaged database: the person is asked before anything is replaced; the damaged file is
 * moved aside, never deleted. Answers the opened backend, or null to quit.
 */
function offerRestore(electron: ElectronModule, dataDir: string, key: string | null, reopen: () => Backend): Backend | null {
  const { app, dialog } = electron;
  const text = startupTexts(app.getLocale());
  const file = path.join(dataDir, DATABASE_FILE);
  const backup = newestSoundBackup(file, key);
  if (!backup) {
    dialog.showErrorBox(text.title, fill(text.damagedNoBackup, { path: file }));
    return null;
  }
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: text.title,
    message: fill(text.damaged, { path: file, backup: backup.createdAt }),
    buttons: [text.restore, text.quit],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return null;
  restoreNewestBackup(dataDir, key);
  return reopen();
}

/**
 * A database this PC's key does not open: the person is told so (nothing was changed), and may
 * enter the transfer code of a copy made for a new PC — the window then opens on the locked
 * backend, which answers nothing but the code until the copy is open. Null to quit.
 */
function offerTransferCode(electron: ElectronModule, error: DatabaseKeyError, options: Parameters<typeof openLockedBackend>[0]): Served | null {
  const { app, dialog } = electron;
  const text = startupTexts(app.getLocale());
  const { title, body } = startupErrorMessage(error, error.file, app.getLocale());
  const choice = dialog.showMessageBoxSync({ type: 'error', title, message: body, buttons: [text.enterTransferCode, text.quit], defaultId: 0, cancelId: 1 });
  return choice === 0 ? openLockedBackend(options) : null;
}

/** What the window is served by: the backend, or the locked one that waits for a transfer code. */
type Served = Pick<Backend, 'handlers' | 'close'>;

function openServed(electron: ElectronModule, dataDir: string, secrets: SecretStore, nativeBinding: string | undefined): Served | null {
  const options = { dataDir, nativeBinding, autoBackup: true, secrets };
  try {
    return openBackend(options);
  } catch (error) {
    if (error instanceof DatabaseKeyError) return offerTransferCode(electron, error, options);
    if (!(error instanceof DamagedDatabaseError)) throw error;
    return offerRestore(electron, dataDir, secrets.read('databaseKey'), () => openBackend(options));
  }
}

/**
 * Starts the desktop app: one instance, one window, the backend on the data folder
 * (Electron's userData; KAKEHASHI_DATA_DIR only when not packaged). Call before the app is ready.
 */
export function startApp(electron: ElectronModule, paths: ShellPaths, env: NodeJS.ProcessEnv = process.env): void {
  const { app, BrowserWindow, dialog, ipcMain, protocol, session } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);
  const overrides = environmentOverrides(app, env);
  let backend: Served | null = null;
  let window: Electron.BrowserWindow | null = null;

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());

  void app.whenReady().then(() => {
    denyPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveRenderer(paths.rendererDir, request.url));
    const dataDir = overrides.dataDir ?? app.getPath('userData');
    try {
      // The sealed secrets sit in userData, beside the data only as noise without the Windows account.
      const secrets = safeStorageSecretStore(electron.safeStorage, path.join(app.getPath('userData'), 'kakehashi-secrets.bin'));
      backend = openServed(electron, dataDir, secrets, overrides.nativeBinding);
      if (!backend) {
        app.quit();
        return;
      }
    } catch (error) {
      backend = null;
      const { title, body } = startupErrorMessage(error, path.join(dataDir, DATABASE_FILE), app.getLocale());
      dialog.showErrorBox(title, body);
      app.quit();
      return;
    }
    registerIpc(ipcMain, backend.handlers);
    registerSavePdf(electron);
    window = new BrowserWindow(mainWindowOptions(paths.preload));
    window.once('ready-to-show', () => window?.show());
    void window.loadURL(RENDERER_URL);
  });
}
