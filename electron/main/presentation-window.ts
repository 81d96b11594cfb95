import { BrowserWindow, type Display } from 'electron';
import type { Language } from '../../shared/contract/channels';
import { PRESENTATION_PARAM } from '../../shared/contract/presentation';
import { APP_ENTRY_URL } from './app-url';
import { mainWindowPreferences } from './window';

/** The projector: the first display that is not the one the app's window opens on; null with one display. */
export function projectorDisplay(displays: readonly Display[], primary: Display): Display | null {
  return displays.find((display) => display.id !== primary.id) ?? null;
}

/** The app's page as the projector's (`renderer/src/main.tsx`), in the app's language. */
export function presentationPageUrl(language: Language): string {
  return `${APP_ENTRY_URL}?${PRESENTATION_PARAM}=&lang=${language}`;
}

export interface PresentationWindowOptions {
  preload: string;
  display: Display;
  language: Language;
}

/**
 * The presentation window: full screen on the projector's display, black from the first frame, with the
 * main window's locked-down preferences. Its page may read its slide and nothing else (`desktopSenderCheck`),
 * and gets every new slide pushed over IPC.
 */
export function createPresentationWindow({ preload, display, language }: PresentationWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...display.bounds,
    fullscreen: true,
    frame: false,
    show: false,
    backgroundColor: '#000000',
    webPreferences: mainWindowPreferences(preload),
  });
  window.once('ready-to-show', () => window.showInactive());
  window
    .loadURL(presentationPageUrl(language))
    .catch((error: unknown) => console.error('The presentation page did not load:', error));
  return window;
}
