import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A stand-in for the parts of `electron` the shell uses, recording what it was told. */
export function createFakeContents(url = '') {
  const listeners = new Map<string, Listener[]>();
  return {
    url,
    windowOpenHandler: null as null | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    },
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    /** Emits an event with a preventable first argument; true when it was prevented. */
    emitPreventable(event: string, ...args: unknown[]): boolean {
      let isPrevented = false;
      const e = { preventDefault: () => (isPrevented = true) };
      for (const listener of listeners.get(event) ?? []) listener(e, ...args);
      return isPrevented;
    },
  };
}

/** A stand-in for safeStorage: sealed means not readable as it was (the real one is DPAPI on Windows). */
export const fakeSafeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text, 'utf8').toString('base64')}`),
  decryptString: (sealed: Buffer) => Buffer.from(sealed.toString('latin1').slice('sealed:'.length), 'base64').toString('utf8'),
};

export function createFakeElectron(userData: string, options: { isPackaged?: boolean } = {}) {
  const appListeners = new Map<string, Listener[]>();
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const permissions: { request?: Listener; check?: Listener } = {};
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  class FakeBrowserWindow {
    static fromWebContents(contents: unknown) {
      return windows.find((w) => w.webContents === contents) ?? null;
    }
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly webContents = createFakeContents();
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once() {
      return this;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }

  const electron = {
    app: {
      isPackaged: options.isPackaged ?? false,
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on(event: string, listener: Listener) {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      whenReady: () => whenReady,
      getPath: (name: string) => (name === 'userData' ? userData : ''),
      getLocale: () => 'ja',
    },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: undefined as string | undefined })),
    },
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
    safeStorage: fakeSafeStorage,
    ipcMain: {
      handle(channel: string, handler: Listener) {
        ipcHandlers.set(channel, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(handler: Listener) {
          permissions.request = handler;
        },
        setPermissionCheckHandler(handler: Listener) {
          permissions.check = handler;
        },
      },
    },
  };

  return {
    electron,
    windows,
    ipcHandlers,
    protocolHandlers,
    permissions,
    emitApp(event: string, ...args: unknown[]) {
      for (const listener of appListeners.get(event) ?? []) listener(...args);
    },
    async ready() {
      ready();
      await whenReady;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
