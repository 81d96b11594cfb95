/**
 * The renderer is served from its own scheme rather than file://, so the page has a real origin:
 * 'self' in the CSP means exactly the app's files, and the IPC sender check can tell the app's page
 * from anything else loaded from disk.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'werkbank';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
