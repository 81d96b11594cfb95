// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge, type BrowserEnvironment } from '../../renderer/src/bridge/browser-bridge';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function bridge(fetch: BrowserEnvironment['fetch'], saveDownload?: BrowserEnvironment['saveDownload']) {
  window.history.replaceState(null, '', '/?token=geheim123');
  return createBrowserBridge({
    location: window.location,
    history: window.history,
    sessionStorage: window.sessionStorage,
    fetch,
    ...(saveDownload ? { saveDownload } : {}),
  });
}

describe('file transfer of the browser bridge', () => {
  afterEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('is offered only where the page can hand a download to the browser', () => {
    expect(bridge(vi.fn()).files).toBeUndefined();
    expect(bridge(vi.fn(), vi.fn()).files).toBeDefined();
  });

  it('streams a picked file to the upload endpoint with the token and answers its path on the server', async () => {
    const uploaded = {
      path: '/data/Wijk.bestanden/enquête.csv',
      name: 'enquête.csv',
      requestedName: 'enquête.csv',
      bytes: 7,
    };
    const fetch = vi.fn<BrowserEnvironment['fetch']>(async () => json(200, { ok: true, data: uploaded }));
    const file = new File(['id\n1\n2\n'], 'enquête.csv');
    const result = await bridge(fetch, vi.fn()).files?.upload(file);
    expect(result).toEqual({ ok: true, data: uploaded });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/files/upload?name=enqu%C3%AAte.csv');
    expect(init).toMatchObject({ method: 'POST', headers: { Authorization: 'Bearer geheim123' }, body: file });
  });

  it('refuses a file above 2 GB before sending any of it, naming the file', async () => {
    const fetch = vi.fn<BrowserEnvironment['fetch']>();
    const huge = { name: 'register.csv', size: 3 * 1024 ** 3 } as File;
    const result = await bridge(fetch, vi.fn()).files?.upload(huge);
    expect(fetch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'upload_too_large' } });
    if (result && !result.ok) expect(result.error.message.nl).toContain('register.csv is te groot');
  });

  it('asks for an export path, lets the export write there, and hands the file to the browser', async () => {
    const fetch = vi.fn<BrowserEnvironment['fetch']>(async (url) =>
      String(url).startsWith('/files/export')
        ? json(200, { ok: true, data: { id: 'abc123', path: '/tmp/werkbank-exports-x/abc123/kruistabel.csv' } })
        : new Response('a;b\r\n', { status: 200 }),
    );
    const save = vi.fn<NonNullable<BrowserEnvironment['saveDownload']>>();
    const write = vi.fn(async () => true);
    const result = await bridge(fetch, save).files?.download('kruistabel.csv', write);
    expect(result).toEqual({ ok: true, data: true });
    expect(write).toHaveBeenCalledWith('/tmp/werkbank-exports-x/abc123/kruistabel.csv');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/files/export?name=kruistabel.csv',
      '/files/download/abc123',
    ]);
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({ headers: { Authorization: 'Bearer geheim123' } });
    const [blob, name] = save.mock.calls[0] ?? [];
    expect(name).toBe('kruistabel.csv');
    expect(await (blob as Blob).text()).toBe('a;b\r\n');
  });

  it('downloads nothing when the export failed (the export shows its own error)', async () => {
    const fetch = vi.fn<BrowserEnvironment['fetch']>(async () =>
      json(200, { ok: true, data: { id: 'abc123', path: '/tmp/x/kruistabel.csv' } }),
    );
    const save = vi.fn();
    const result = await bridge(fetch, save).files?.download('kruistabel.csv', async () => false);
    expect(result).toEqual({ ok: true, data: false });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(save).not.toHaveBeenCalled();
  });
});
