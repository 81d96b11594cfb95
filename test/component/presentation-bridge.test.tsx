// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Slide } from '../../shared/session/session-types';
import {
  createBrowserBridge,
  isPresentationPage,
  type BrowserEnvironment,
} from '../../renderer/src/bridge/browser-bridge';

function environment(fetch: BrowserEnvironment['fetch']): BrowserEnvironment {
  return { location: window.location, history: window.history, sessionStorage: window.sessionStorage, fetch };
}

/** A server-sent events body delivered in the pieces given, cut anywhere (as the network may). */
function streamOf(pieces: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('the projector’s page in the browser bridge', () => {
  afterEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('uses the presentation token of its link, keeps the page the projector’s on a reload, and never the app’s token', async () => {
    window.sessionStorage.setItem('werkbank.accessToken', 'app-token');
    window.history.replaceState(null, '', '/?presentation=beamer123&lang=en');
    expect(isPresentationPage(window.location)).toBe(true);
    const fetch = vi.fn<BrowserEnvironment['fetch']>(async () => Response.json({ ok: true, data: null }));

    await createBrowserBridge(environment(fetch)).invoke('session.slide', {});
    expect(window.location.search).toBe('?presentation=&lang=en');
    expect(isPresentationPage(window.location)).toBe(true);
    await createBrowserBridge(environment(fetch)).invoke('session.slide', {});

    expect(fetch.mock.calls.map((call) => (call[1]?.headers as Record<string, string>).Authorization)).toEqual([
      'Bearer beamer123',
      'Bearer beamer123',
    ]);
    window.history.replaceState(null, '', '/');
    expect(isPresentationPage(window.location)).toBe(false);
  });

  it('hands each slide of the event stream to the listener, however the stream is cut, and skips the pings', async () => {
    window.history.replaceState(null, '', '/?presentation=beamer123');
    const slide = { index: 1, count: 5, blank: false, text: 'Één: “quote”' } as unknown as Slide;
    const json = JSON.stringify(slide);
    const fetch = vi.fn<BrowserEnvironment['fetch']>(async () =>
      streamOf(['data: nu', 'll\n\n: ping\n', '\n', `data: ${json.slice(0, 9)}`, `${json.slice(9)}\n\n`]),
    );
    const heard: (Slide | null)[] = [];
    const stop = createBrowserBridge(environment(fetch)).on('slide', (next) => heard.push(next));
    await vi.waitFor(() => expect(heard).toEqual([null, slide]));
    stop();
    expect(fetch).toHaveBeenCalledWith(
      '/events/slide',
      expect.objectContaining({ headers: { Authorization: 'Bearer beamer123' } }),
    );
  });

  it('does not try again when the token is refused', async () => {
    vi.useFakeTimers();
    try {
      window.history.replaceState(null, '', '/?presentation=old');
      const fetch = vi.fn<BrowserEnvironment['fetch']>(async () => new Response('Forbidden', { status: 403 }));
      const stop = createBrowserBridge(environment(fetch)).on('slide', () => {});
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fetch).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
