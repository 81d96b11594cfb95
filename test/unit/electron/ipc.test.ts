import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import { createDispatch, type Handlers } from '../../../shared/contract/serve-contract';
import { mainWindowSenderCheck, registerIpc, type SenderCheck } from '../../../electron/main/ipc';
import { createInProcessHost } from '../../helpers/in-process-host';
import { useTempFolder } from '../../helpers/temp-folder';
import { APP_PAGE, FakeBrowserWindow, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type IpcMain = Parameters<typeof registerIpc>[0];
type IpcMainInvokeEvent = Parameters<SenderCheck>[0];
type BrowserWindow = NonNullable<ReturnType<Parameters<typeof mainWindowSenderCheck>[0]>>;

const fakeIpcMain = ipcMain as unknown as IpcMain;

function invokeOverIpc(channel: string, request: unknown, event: unknown): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not registered`);
  return handler(event, request) as Promise<Result<unknown>>;
}

function spyHandlers(): Handlers & { 'app.info': ReturnType<typeof vi.fn> } {
  const info = vi.fn(() => ({
    version: '0.1.0',
    host: 'electron' as const,
    nativeDialogs: true,
    language: 'nl' as const,
    schemaVersion: 1,
  }));
  const unused = () => {
    throw new Error('not used in this test');
  };
  return Object.fromEntries(
    channels.map((channel) => [channel, channel === 'app.info' ? info : unused]),
  ) as unknown as Handlers & {
    'app.info': typeof info;
  };
}

describe('IPC registration', () => {
  beforeEach(resetFakeElectron);

  it('registers every contract channel with ipcMain.handle', () => {
    registerIpc(fakeIpcMain, createDispatch(spyHandlers()), () => true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('refuses a request from an untrusted sender without running the handler', async () => {
    const handlers = spyHandlers();
    registerIpc(fakeIpcMain, createDispatch(handlers), () => false);
    const result = await invokeOverIpc('app.info', {}, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('untrusted_sender');
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('runs the handler for a trusted sender', async () => {
    const handlers = spyHandlers();
    registerIpc(fakeIpcMain, createDispatch(handlers), () => true);
    const result = await invokeOverIpc('app.info', {}, {});
    expect(result).toMatchObject({ ok: true, data: { host: 'electron' } });
    expect(handlers['app.info']).toHaveBeenCalledTimes(1);
  });

  it('validates requests with the contract schema', async () => {
    const handlers = spyHandlers();
    registerIpc(fakeIpcMain, createDispatch(handlers), () => true);
    const result = await invokeOverIpc('app.info', { unexpected: true }, {});
    expect(!result.ok && result.error.code).toBe('invalid_request');
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });
});

describe('IPC contract over a real workbench', () => {
  const tempFolder = useTempFolder();
  beforeEach(resetFakeElectron);

  it('creates, reports and closes a project through the registered channels', async () => {
    const folder = tempFolder();
    const refuse = () => {
      throw new Error('dialogs are not part of this test');
    };
    const host = createInProcessHost({
      host: 'electron',
      settingsFolder: path.join(folder, 'settings'),
      dialogs: {
        'dialog.chooseProjectToOpen': refuse,
        'dialog.chooseNewProjectPath': refuse,
        'dialog.chooseDataFile': refuse,
        'dialog.chooseFileToOpen': refuse,
        'dialog.chooseSavePath': refuse,
        'dialog.saveRecordAsPdf': refuse,
      },
    });
    registerIpc(fakeIpcMain, host.dispatch, () => true);
    const file = path.join(folder, 'Wijkscan Noord.skw');
    try {
      expect(await invokeOverIpc('project.create', { path: file }, {})).toMatchObject({
        ok: true,
        data: { name: 'Wijkscan Noord' },
      });
      expect(await invokeOverIpc('project.current', {}, {})).toMatchObject({ ok: true, data: { path: file } });
      expect(await invokeOverIpc('projects.recent', {}, {})).toMatchObject({
        ok: true,
        data: [{ path: file, exists: true }],
      });
      expect(await invokeOverIpc('project.close', {}, {})).toEqual({ ok: true, data: null });
      expect(await invokeOverIpc('datasets.list', {}, {})).toMatchObject({
        ok: false,
        error: { code: 'no_project_open' },
      });
    } finally {
      host.close();
    }
  });
});

describe('trusted sender', () => {
  beforeEach(resetFakeElectron);

  function setup() {
    const window = new FakeBrowserWindow({});
    const check = mainWindowSenderCheck(() => window as unknown as BrowserWindow);
    const event = (frame: unknown, sender: unknown = window.webContents) =>
      ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
    return { window, check, event };
  }

  it("trusts the main window's top frame showing the app page", () => {
    const { window, check, event } = setup();
    expect(check(event({ ...window.webContents.mainFrame }))).toBe(true);
  });

  it('refuses a subframe of the main window', () => {
    const { check, event } = setup();
    expect(check(event({ processId: 7, routingId: 2, url: APP_PAGE }))).toBe(false);
  });

  it('refuses the top frame once it shows another page', () => {
    const { window, check, event } = setup();
    expect(check(event({ ...window.webContents.mainFrame, url: 'https://example.org/' }))).toBe(false);
  });

  it('refuses other web contents', () => {
    const { window, check, event } = setup();
    const other = new FakeBrowserWindow({});
    expect(check(event({ ...window.webContents.mainFrame }, other.webContents))).toBe(false);
  });

  it('refuses a request whose frame is gone, and any request when there is no window', () => {
    const { check, event } = setup();
    expect(check(event(null))).toBe(false);
    expect(mainWindowSenderCheck(() => null)(event({ processId: 7, routingId: 1, url: APP_PAGE }))).toBe(false);
  });
});
