import { BrowserWindow, session } from 'electron';
import { hardenWebContents } from './security';

/**
 * Prints an HTML file the engine wrote (the session record: no scripts, inline CSS and SVG) to a PDF on A4,
 * in a hidden window that runs no JavaScript. It has a session of its own: the app's session puts a policy
 * on every response that forbids inline styles, which the self-contained record needs. The page's own
 * `@page` rules set the margins.
 */
export async function printHtmlToPdf(htmlFile: string): Promise<Uint8Array> {
  const printSession = session.fromPartition('werkbank-print');
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    },
  });
  hardenWebContents(window.webContents);
  try {
    await window.loadFile(htmlFile);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    window.destroy();
  }
}
