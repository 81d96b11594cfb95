import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (its binary cannot run here), used with
 * `vi.mock('electron', () => import('./fake-electron'))`. Every fake records how the host used it.
 */

export const APP_PAGE = 'app://werkbank/index.html';

export interface FakeFrame {
  processId: number;
  routingId: number;
  url: string;
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { processId: 7, routingId: 1, url: APP_PAGE };
  readonly send = vi.fn();
  readonly setWindowOpenHandler = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly setTitle = vi.fn();
  readonly maximize = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly getBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

export const BrowserWindow = FakeBrowserWindow;

export const paths: Record<string, string> = {};

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  enableSandbox: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn((name: string) => {
    const folder = paths[name];
    if (!folder) throw new Error(`No fake path for ${name}`);
    return folder;
  }),
});

export const ipcMain = {
  handlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
  handle: vi.fn((channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) => {
    ipcMain.handlers.set(channel, handler);
  }),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showErrorBox: vi.fn(),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  },
};

/** Reads file:// URLs from disk, like Electron's net.fetch does for the app protocol. */
export const net = {
  fetch: vi.fn(async (url: string) => {
    const body = await readFile(fileURLToPath(url));
    const type = url.endsWith('.html')
      ? 'text/html'
      : url.endsWith('.js')
        ? 'text/javascript'
        : 'application/octet-stream';
    return new Response(body, { status: 200, headers: { 'Content-Type': type } });
  }),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn(),
};

export const webUtils = {
  getPathForFile: vi.fn((_file: File): string => ''),
};

export const ipcRenderer = {
  invoke: vi.fn(async (_channel: string, _request: unknown): Promise<unknown> => ({ ok: true, data: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
};

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  net,
  protocol,
  screen,
  session,
  webUtils,
};

/** Back to a freshly started fake: no windows, no handlers, no listeners, every mock with its own behaviour. */
export function resetFakeElectron(): void {
  vi.resetAllMocks();
  FakeBrowserWindow.instances.length = 0;
  ipcMain.handlers.clear();
  app.removeAllListeners();
  app.isPackaged = false;
  for (const name of Object.keys(paths)) delete paths[name];
}
