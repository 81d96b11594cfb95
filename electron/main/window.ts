import { BrowserWindow, type WebPreferences } from 'electron';
import type { ProjectInfo } from '../../shared/contract/channels';
import { APP_ENTRY_URL } from './app-url';
import type { WindowPlacement } from './window-state';

const PRODUCT_NAME = 'Werkbank Sociale Kwaliteit';

export function windowTitle(project: ProjectInfo | null): string {
  return project ? `${project.name} — ${PRODUCT_NAME}` : PRODUCT_NAME;
}

/** The page gets no Node, no Electron and no way around the CSP; it reaches the engine through the preload only. */
export function mainWindowPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Chromium's spellchecker downloads dictionaries from Google; nothing may leave the machine.
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preload: string;
  placement: WindowPlacement;
}

export function createMainWindow({ preload, placement }: MainWindowOptions): BrowserWindow {
  const { maximized, ...bounds } = placement;
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    title: windowTitle(null),
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: mainWindowPreferences(preload),
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // The title bar names the open project; the page's own <title> would overwrite it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('The app page did not load:', error));
  return window;
}
