import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Electron from 'electron';
import { IPC_CALL, IPC_SAVE_PDF, type SavedPdf } from '@shared/contract/bridge';
import { fail } from '@shared/contract/result';
import { openBackend, restoreNewestBackup, type Backend } from '../backend';
import { DamagedDatabaseError } from '../db/damage';
import { newestSoundBackup } from '../features/backups';
import { DATABASE_FILE } from '../db/open';
import { fill } from '../i18n';
import { startupErrorMessage, startupTexts } from './startup-error';
import { safeStorageSecretStore } from './safe-storage-secret-store';
import { dispatch, type Handlers } from '../ipc/dispatch';

/** The parts of the `electron` module the shell uses; tests pass a fake one. */
export type ElectronModule = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'session' | 'safeStorage'>;

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

/** True only for the main frame of our own renderer page. */
export function isTrustedSender(frame: { url: string } | null | undefined, rendererUrl: string): boolean {
  if (!frame) return false;
  try {
    const actual = new URL(frame.url);
    const expected = new URL(rendererUrl);
    return actual.protocol === expected.protocol && actual.host === expected.host && actual.pathname === expected.pathname;
  } catch {
    return false;
  }
}

/** One IPC entry point for every channel; a call from any other frame is refused. */
export function registerIpc(ipcMain: Electron.IpcMain, handlers: Handlers, rendererUrl: string): void {
  ipcMain.handle(IPC_CALL, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, rendererUrl)) return fail('forbidden', { reason: 'sender' });
    if (typeof channel !== 'string') return fail('unknown_channel', { channel: String(channel) });
    return dispatch(handlers, channel, input);
  });
}

/**
 * Save as PDF: the sender's page rendered with its print stylesheet (A4, the sheet alone,
 * page numbers from the CSS), then a save dialog. Only our own page may ask.
 */
export function registerSavePdf(electron: Pick<ElectronModule, 'ipcMain' | 'dialog' | 'BrowserWindow'>, rendererUrl: string): void {
  electron.ipcMain.handle(IPC_SAVE_PDF, async (event, fileName: unknown): Promise<SavedPdf> => {
    if (!isTrustedSender(event.senderFrame, rendererUrl)) return { saved: false, path: null };
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
export function lockDownContents(contents: Electron.WebContents, rendererUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedSender({ url }, rendererUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface ShellPaths {
  preload: string;
  rendererIndex: string;
}

export function shellPaths(buildDir: string): ShellPaths {
  return {
    preload: path.join(buildDir, 'main', 'preload.cjs'),
    rendererIndex: path.join(buildDir, 'renderer', 'index.html'),
  };
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
 * Starts the desktop app: one instance, one window, the backend on the data folder
 * (KAKEHASHI_DATA_DIR or Electron's userData).
 */
export function startApp(electron: ElectronModule, paths: ShellPaths, env: NodeJS.ProcessEnv = process.env): void {
  const { app, BrowserWindow, dialog, ipcMain, session } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const rendererUrl = pathToFileURL(paths.rendererIndex).href;
  let backend: Backend | null = null;
  let window: Electron.BrowserWindow | null = null;

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, rendererUrl));
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());

  void app.whenReady().then(() => {
    denyPermissions(session.defaultSession);
    const dataDir = env.KAKEHASHI_DATA_DIR || app.getPath('userData');
    try {
      // The sealed secrets sit in userData, beside the data only as noise without the Windows account.
      const secrets = safeStorageSecretStore(electron.safeStorage, path.join(app.getPath('userData'), 'kakehashi-secrets.bin'));
      const options = { dataDir, nativeBinding: env.KAKEHASHI_SQLITE_BINDING || undefined, autoBackup: true, secrets };
      try {
        backend = openBackend(options);
      } catch (error) {
        if (!(error instanceof DamagedDatabaseError)) throw error;
        backend = offerRestore(electron, dataDir, secrets.read('databaseKey'), () => openBackend(options));
        if (!backend) {
          app.quit();
          return;
        }
      }
    } catch (error) {
      backend = null;
      const { title, body } = startupErrorMessage(error, path.join(dataDir, DATABASE_FILE), app.getLocale());
      dialog.showErrorBox(title, body);
      app.quit();
      return;
    }
    registerIpc(ipcMain, backend.handlers, rendererUrl);
    registerSavePdf(electron, rendererUrl);
    window = new BrowserWindow(mainWindowOptions(paths.preload));
    window.once('ready-to-show', () => window?.show());
    void window.loadURL(rendererUrl);
  });
}
