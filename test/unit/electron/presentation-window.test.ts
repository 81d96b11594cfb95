import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/contract/channels';
import { desktopSenderCheck, mainWindowSenderCheck, type SenderCheck } from '../../../electron/main/ipc';
import {
  createPresentationWindow,
  presentationPageUrl,
  projectorDisplay,
} from '../../../electron/main/presentation-window';
import { APP_PAGE, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Display = Parameters<typeof projectorDisplay>[1];
type IpcMainInvokeEvent = Parameters<SenderCheck>[0];
type BrowserWindow = NonNullable<ReturnType<Parameters<typeof mainWindowSenderCheck>[0]>>;

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } } as Display;
const beamer = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } } as Display;

describe('the presentation window', () => {
  beforeEach(resetFakeElectron);

  it('goes on the display that is not the primary one, and nowhere with one display', () => {
    expect(projectorDisplay([laptop, beamer], laptop)).toBe(beamer);
    expect(projectorDisplay([beamer, laptop], laptop)).toBe(beamer);
    expect(projectorDisplay([laptop], laptop)).toBeNull();
  });

  it("fills the projector's display, full screen and black, locked down as the main window, on the projector's page", () => {
    createPresentationWindow({ preload: '/app/out/preload/index.cjs', display: beamer, language: 'en' });
    const [window] = FakeBrowserWindow.instances;
    expect(window!.options).toMatchObject({
      ...beamer.bounds,
      fullscreen: true,
      backgroundColor: '#000000',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        preload: '/app/out/preload/index.cjs',
      },
    });
    expect(window!.loadURL).toHaveBeenCalledWith(`${APP_PAGE}?presentation=&lang=en`);
    expect(presentationPageUrl('nl')).toBe(`${APP_PAGE}?presentation=&lang=nl`);
  });

  it('may read its slide and nothing else; the main window may call every channel', () => {
    const main = new FakeBrowserWindow({});
    const projector = new FakeBrowserWindow({});
    const check = desktopSenderCheck(
      mainWindowSenderCheck(() => main as unknown as BrowserWindow),
      mainWindowSenderCheck(() => projector as unknown as BrowserWindow),
    );
    const from = (window: FakeBrowserWindow) =>
      ({
        sender: window.webContents,
        senderFrame: { ...window.webContents.mainFrame },
      }) as unknown as IpcMainInvokeEvent;
    const stranger = new FakeBrowserWindow({});
    for (const channel of channels) {
      expect(check(from(main), channel), channel).toBe(true);
      expect(check(from(projector), channel), channel).toBe(channel === 'session.slide');
      expect(check(from(stranger), channel), channel).toBe(false);
    }
  });
});
