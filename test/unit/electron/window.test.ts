import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowPreferences, windowTitle } from '../../../electron/main/window';
import { APP_PAGE, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function openWindow(maximized = false): FakeBrowserWindow {
  createMainWindow({
    preload: '/app/out/preload/index.cjs',
    placement: { width: 1100, height: 750, x: 40, y: 30, maximized },
  });
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window was created');
  return window;
}

function preferencesOf(window: FakeBrowserWindow): Record<string, unknown> {
  return window.options.webPreferences as Record<string, unknown>;
}

describe('main window', () => {
  beforeEach(resetFakeElectron);

  it('isolates the page context from the preload', () => {
    expect(preferencesOf(openWindow()).contextIsolation).toBe(true);
  });

  it('runs the page in the sandbox', () => {
    expect(preferencesOf(openWindow()).sandbox).toBe(true);
  });

  it('gives the page no Node integration, in workers and subframes neither', () => {
    const preferences = preferencesOf(openWindow());
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews off', () => {
    const preferences = preferencesOf(openWindow());
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.allowRunningInsecureContent).toBe(false);
  });

  it('turns off the spellchecker, which would download dictionaries', () => {
    expect(mainWindowPreferences('/p.cjs').spellcheck).toBe(false);
  });

  it('loads the preload it is given and the app page over the app protocol', () => {
    const window = openWindow();
    expect(preferencesOf(window).preload).toBe('/app/out/preload/index.cjs');
    expect(window.loadURL).toHaveBeenCalledWith(APP_PAGE);
  });

  it('opens at the remembered place and maximises when it was maximised', () => {
    const window = openWindow(true);
    expect(window.options).toMatchObject({ width: 1100, height: 750, x: 40, y: 30 });
    expect(window.maximize).toHaveBeenCalled();
  });

  it('keeps its title when the page sets its own', () => {
    const window = openWindow();
    const event = { preventDefault: vi.fn() };
    window.emit('page-title-updated', event, 'Werkbank Sociale Kwaliteit');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('names the open project in the title', () => {
    expect(
      windowTitle({ path: '/d/Wijkscan Noord.skw', name: 'Wijkscan Noord', schemaVersion: 1, createdAt: '2025-01-01' }),
    ).toBe('Wijkscan Noord — Werkbank Sociale Kwaliteit');
    expect(windowTitle(null)).toBe('Werkbank Sociale Kwaliteit');
  });
});
