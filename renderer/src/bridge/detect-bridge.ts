import type { WerkbankApi } from '../../../shared/contract/api';
import { createBrowserBridge } from './browser-bridge';
import { downloadBlob } from './download-blob';

/** The desktop preload exposes `window.api`; without it the renderer runs in a browser beside `werkbank serve`. */
export function detectBridge(win: Window): WerkbankApi {
  const preloaded = (win as Window & { api?: WerkbankApi }).api;
  if (preloaded) return preloaded;
  return createBrowserBridge({
    location: win.location,
    history: win.history,
    sessionStorage: win.sessionStorage,
    fetch: win.fetch.bind(win),
    saveDownload: (blob, name) => downloadBlob(blob, name, win.document),
  });
}
