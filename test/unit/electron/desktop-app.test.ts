import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/contract/channels';
import { startDesktopApp } from '../../../electron/main/desktop-app';
import type { applicationMenuTemplate } from '../../../electron/main/menu';
import { createInProcessHost } from '../../helpers/in-process-host';
import { useTempFolder } from '../../helpers/temp-folder';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeWebContents,
  ipcMain,
  Menu,
  paths,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type MenuItemConstructorOptions = ReturnType<typeof applicationMenuTemplate>[number];

const tempFolder = useTempFolder();

function makeProject(folder: string, name: string): string {
  const host = createInProcessHost({ host: 'electron', settingsFolder: path.join(folder, 'elsewhere') });
  const file = path.join(folder, `${name}.skw`);
  host.workbench.create(file);
  host.close();
  return file;
}

function start(argv: string[], env: NodeJS.ProcessEnv = {}): void {
  const folder = tempFolder();
  paths.userData = path.join(folder, 'userData');
  paths.documents = folder;
  startDesktopApp({ argv: ['/usr/bin/electron', '.', ...argv], cwd: folder, env });
}

async function mainWindow(): Promise<FakeBrowserWindow> {
  await vi.waitFor(() => expect(Menu.setApplicationMenu).toHaveBeenCalled());
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no main window');
  return window;
}

function lastMenu(): MenuItemConstructorOptions[] {
  return Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuItemConstructorOptions[];
}

function submenuLabels(item: MenuItemConstructorOptions | undefined): (string | undefined)[] {
  return (item?.submenu as MenuItemConstructorOptions[]).map((entry) => entry.label);
}

function invokeFromWindow(window: FakeBrowserWindow, channel: string, request: unknown): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not registered`);
  return handler({ sender: window.webContents, senderFrame: { ...window.webContents.mainFrame } }, request);
}

describe('desktop app start', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  // Closes the project file the app opened, as quitting does.
  afterEach(() => {
    app.emit('will-quit');
    vi.restoreAllMocks();
  });

  it('quits at once when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    start([]);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('registers the app scheme and the sandbox before the app is ready', () => {
    app.whenReady.mockReturnValue(new Promise(() => undefined));
    start([]);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('hardens the session, serves the renderer and registers every channel once ready', async () => {
    start([]);
    await mainWindow();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('opens the .skw file it was started with and names it in the title and the recent menu', async () => {
    const file = makeProject(tempFolder(), 'Wijkscan Noord');
    start([file]);
    const window = await mainWindow();
    expect(window.setTitle).toHaveBeenLastCalledWith('Wijkscan Noord — Werkbank Sociale Kwaliteit');
    expect(await invokeFromWindow(window, 'project.current', {})).toMatchObject({ ok: true, data: { path: file } });
    expect(submenuLabels((lastMenu()[0]?.submenu as MenuItemConstructorOptions[])[2])).toEqual(['Wijkscan Noord']);
  });

  it('shows why a project from the command line could not be opened, and still opens the window', async () => {
    start([path.join(tempFolder(), 'bestaat-niet.skw')]);
    await mainWindow();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Project openen mislukt',
      expect.stringContaining('bestaat-niet.skw'),
    );
  });

  it('rebuilds the menu in English after the language changes', async () => {
    start([]);
    const window = await mainWindow();
    expect(lastMenu().map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    await invokeFromWindow(window, 'app.setLanguage', { language: 'en' });
    expect(lastMenu().map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('updates the title and the recent projects after a project is created and closed over IPC', async () => {
    start([]);
    const window = await mainWindow();
    const file = path.join(tempFolder(), 'Armoede.skw');
    await invokeFromWindow(window, 'project.create', { path: file });
    expect(window.setTitle).toHaveBeenLastCalledWith('Armoede — Werkbank Sociale Kwaliteit');
    expect(submenuLabels((lastMenu()[0]?.submenu as MenuItemConstructorOptions[])[2])).toEqual(['Armoede']);
    await invokeFromWindow(window, 'project.close', {});
    expect(window.setTitle).toHaveBeenLastCalledWith('Werkbank Sociale Kwaliteit');
  });

  it('sends menu choices to the window', async () => {
    start([]);
    const window = await mainWindow();
    const file = lastMenu()[0]?.submenu as MenuItemConstructorOptions[];
    (file[0]?.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith('menu', { command: 'project.new' });
  });

  it('focuses the window and opens the project of a second start', async () => {
    start([]);
    const window = await mainWindow();
    window.isMinimized.mockReturnValue(true);
    app.emit('second-instance', {}, ['/opt/werkbank', 'Wijk Zuid.skw'], '/data');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('menu', {
      command: 'project.openRecent',
      path: path.resolve('/data', 'Wijk Zuid.skw'),
    });
  });

  it('opens a file macOS hands over while running', async () => {
    start([]);
    const window = await mainWindow();
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, '/Users/u/Wijk.skw');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('menu', {
      command: 'project.openRecent',
      path: '/Users/u/Wijk.skw',
    });
  });

  it('opens at start a file macOS hands over before the app is ready', async () => {
    const file = makeProject(tempFolder(), 'Vroeg');
    let ready: () => void = () => undefined;
    app.whenReady.mockReturnValue(new Promise<void>((resolve) => (ready = resolve)));
    start([]);
    app.emit('open-file', { preventDefault: vi.fn() }, file);
    ready();
    const window = await mainWindow();
    expect(window.setTitle).toHaveBeenLastCalledWith('Vroeg — Werkbank Sociale Kwaliteit');
  });

  it('hardens every web contents the app creates', async () => {
    start([]);
    await mainWindow();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = { url: 'https://example.org/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('refuses IPC from a frame that is not the main window', async () => {
    start([]);
    const window = await mainWindow();
    const handler = ipcMain.handlers.get('project.create');
    const file = path.join(tempFolder(), 'Ingedrongen.skw');
    const result = await handler?.(
      { sender: window.webContents, senderFrame: { processId: 7, routingId: 99, url: 'app://werkbank/index.html' } },
      { path: file },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
    expect(existsSync(file)).toBe(false);
  });

  it('loads SQLite from the Electron build named in WERKBANK_NATIVE_BINDING when run unpackaged', async () => {
    start([], { WERKBANK_NATIVE_BINDING: path.join(tempFolder(), 'missing', 'better_sqlite3.node') });
    const window = await mainWindow();
    const result = await invokeFromWindow(window, 'project.create', { path: path.join(tempFolder(), 'Wijk.skw') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: { en: expect.stringContaining('better_sqlite3.node') } },
    });
  });

  it('ignores WERKBANK_NATIVE_BINDING in a packaged app, which carries its own build', async () => {
    app.isPackaged = true;
    // Electron sets this in a packaged app; plain Node does not have it.
    Object.assign(process, { resourcesPath: tempFolder() });
    start([], { WERKBANK_NATIVE_BINDING: path.join(tempFolder(), 'missing', 'better_sqlite3.node') });
    const window = await mainWindow();
    const result = await invokeFromWindow(window, 'project.create', { path: path.join(tempFolder(), 'Wijk.skw') });
    expect(result).toMatchObject({ ok: true, data: { name: 'Wijk' } });
  });

  it('quits when its window is closed', async () => {
    start([]);
    await mainWindow();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });
});
