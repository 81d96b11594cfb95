import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rendererFileFor, serveRenderer } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents } from '../../../electron/main/security';
import { useTempFolder } from '../../helpers/temp-folder';
import { APP_PAGE, FakeWebContents, protocol, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Session = Parameters<typeof hardenSession>[0];
type WebContents = Parameters<typeof hardenWebContents>[0];

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

function responseHeadersAfterHardening(responseHeaders: Record<string, string[]>): Record<string, string[]> {
  hardenSession(session.defaultSession as unknown as Session);
  const listener = session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]?.[0] as HeadersListener;
  let result: Record<string, string[]> = {};
  listener({ responseHeaders }, (response) => {
    result = response.responseHeaders;
  });
  return result;
}

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function navigate(contents: FakeWebContents, eventName: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('content security policy', () => {
  beforeEach(resetFakeElectron);

  it('is set on every response', () => {
    const headers = responseHeadersAfterHardening({ 'Content-Type': ['text/html'] });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('replaces a policy the response brought along', () => {
    const headers = responseHeadersAfterHardening({ 'content-security-policy': ["script-src * 'unsafe-eval'"] });
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toEqual([
      'Content-Security-Policy',
    ]);
  });

  it('is strict: nothing by default, scripts only from the app, no eval, no inline script', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src') ?? policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});

describe('navigation and new windows', () => {
  beforeEach(resetFakeElectron);

  it('prevents navigating to another site', () => {
    expect(navigate(hardenedContents(), 'will-navigate', 'https://example.org/')).toBe(true);
  });

  it('prevents navigating to a file on disk', () => {
    expect(navigate(hardenedContents(), 'will-navigate', 'file:///etc/passwd')).toBe(true);
  });

  it("lets the app's own pages load", () => {
    expect(navigate(hardenedContents(), 'will-navigate', APP_PAGE)).toBe(false);
  });

  it('prevents redirects away from the app', () => {
    expect(navigate(hardenedContents(), 'will-redirect', 'https://example.org/')).toBe(true);
  });

  it('denies window.open', () => {
    const contents = hardenedContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => {
      action: string;
    };
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: APP_PAGE })).toEqual({ action: 'deny' });
  });

  it('refuses to attach webviews', () => {
    const contents = hardenedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  beforeEach(resetFakeElectron);

  it('denies every permission request', () => {
    hardenSession(session.defaultSession as unknown as Session);
    const handler = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no', () => {
    hardenSession(session.defaultSession as unknown as Session);
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
    ) => boolean;
    expect(check({}, 'media')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write')).toBe(false);
  });
});

describe('app protocol', () => {
  const tempFolder = useTempFolder();
  beforeEach(resetFakeElectron);

  function rendererFolder(): string {
    const folder = path.join(tempFolder(), 'renderer');
    mkdirSync(path.join(folder, 'assets'), { recursive: true });
    writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>Werkbank</title>');
    writeFileSync(path.join(folder, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(path.join(folder, '..', 'secret.txt'), 'not for the page');
    return folder;
  }

  async function fetchFromApp(folder: string, url: string): Promise<Response> {
    serveRenderer(protocol as never, folder);
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    return handler(new Request(url));
  }

  it('serves the renderer files with the CSP on the response', async () => {
    const response = await fetchFromApp(rendererFolder(), 'app://werkbank/assets/index.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a file outside the renderer folder', async () => {
    const folder = rendererFolder();
    expect((await fetchFromApp(folder, 'app://werkbank/..%2Fsecret.txt')).status).toBe(404);
    expect(rendererFileFor('app://werkbank/assets/%2e%2e%2f%2e%2e%2fsecret.txt', folder)).toBeNull();
    expect(rendererFileFor('app://elsewhere/index.html', folder)).toBeNull();
  });

  it('answers 404 for a missing file', async () => {
    expect((await fetchFromApp(rendererFolder(), 'app://werkbank/nothing.js')).status).toBe(404);
  });
});
