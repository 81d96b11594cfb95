import type { WerkbankApi } from '../../../shared/contract/api';
import { createBrowserBridge } from './browser-bridge';

/** The desktop preload exposes `window.api`; without it the renderer runs in a browser beside `werkbank serve`. */
export function detectBridge(win: Window): WerkbankApi {
  const preloaded = (win as Window & { api?: WerkbankApi }).api;
  if (preloaded) return preloaded;
  return createBrowserBridge({
    location: win.location,
    history: win.history,
    sessionStorage: win.sessionStorage,
    fetch: win.fetch.bind(win),
    saveDownload(blob, name) {
      const url = URL.createObjectURL(blob);
      const link = win.document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      win.document.body.append(link);
      link.click();
      link.remove();
      // The download has taken the data by the next task; the URL would otherwise live as long as the page.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  });
}
