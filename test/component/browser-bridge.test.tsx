// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WerkbankApi } from '../../shared/contract/api';
import { createBrowserBridge, type BrowserEnvironment } from '../../renderer/src/bridge/browser-bridge';
import { detectBridge } from '../../renderer/src/bridge/detect-bridge';

function environment(fetch: BrowserEnvironment['fetch']): BrowserEnvironment {
  return { location: window.location, history: window.history, sessionStorage: window.sessionStorage, fetch };
}

function answering(status: number, body: string) {
  return vi.fn<BrowserEnvironment['fetch']>(
    async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
  );
}

describe('browser bridge', () => {
  afterEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
    delete (window as Window & { api?: WerkbankApi }).api;
  });

  it('takes the token out of the address bar and sends it with every call', async () => {
    window.history.replaceState(null, '', '/?token=geheim123&taal=nl#start');
    const fetch = answering(200, JSON.stringify({ ok: true, data: null }));

    const api = createBrowserBridge(environment(fetch));
    const result = await api.invoke('project.current', {});

    expect(result).toEqual({ ok: true, data: null });
    expect(window.location.search).toBe('?taal=nl');
    expect(window.location.hash).toBe('#start');
    expect(fetch).toHaveBeenCalledWith('/api/project.current', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer geheim123' },
      body: '{}',
    });
  });

  it('keeps the token for the tab, so a reload without it still works', async () => {
    window.history.replaceState(null, '', '/?token=geheim123');
    createBrowserBridge(environment(answering(200, '{}')));
    const fetch = answering(200, JSON.stringify({ ok: true, data: [] }));

    await createBrowserBridge(environment(fetch)).invoke('projects.recent', {});

    expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({ Authorization: 'Bearer geheim123' });
  });

  it('turns a refused token into a message that says what to do', async () => {
    const result = await createBrowserBridge(environment(answering(401, 'Unauthorized'))).invoke('app.info', {});

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.nl.toLowerCase()).toContain('open de link met het toegangstoken opnieuw');
    expect(result.error.message.en.toLowerCase()).toContain('open the link with the access token again');
  });

  it('reports a host that cannot be reached as a failed result', async () => {
    const fetch = vi.fn<BrowserEnvironment['fetch']>(async () => {
      throw new TypeError('Failed to fetch');
    });

    const result = await createBrowserBridge(environment(fetch)).invoke('app.info', {});

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.nl).toContain('Geen verbinding met de Werkbank');
  });

  it('uses the desktop preload when there is one', () => {
    const preload: WerkbankApi = { invoke: vi.fn(), on: () => () => {} };
    (window as Window & { api?: WerkbankApi }).api = preload;

    expect(detectBridge(window)).toBe(preload);
  });
});
