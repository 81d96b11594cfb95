import type { Slide } from '../../../shared/session/session-types';
import { SLIDE_EVENTS_PATH } from '../../../shared/contract/presentation';

/** After a dropped stream (the server restarting, a laptop asleep) the page tries again this often. */
const RETRY_MS = 2000;

/**
 * Follows `GET /events/slide` of the browser host (`shared/contract/presentation.ts`), read with fetch
 * rather than EventSource, so the token goes in a header as for every other route, never in a URL.
 * A dropped stream is opened again; a refused token is not tried again. Answers the function that stops.
 */
export function followSlides(
  fetch: typeof globalThis.fetch,
  token: string,
  listener: (slide: Slide | null) => void,
): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    controller = new AbortController();
    try {
      const response = await fetch(SLIDE_EVENTS_PATH, {
        headers: { Authorization: `Bearer ${token}` },
        signal: controller.signal,
      });
      if (response.status === 401 || response.status === 403) return;
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice('data: '.length))
            .join('\n');
          buffer = buffer.slice(end + 2);
          // A comment (the ping) has no data line.
          if (data) listener(JSON.parse(data) as Slide | null);
        }
      }
    } catch {
      // Dropped or unreachable: tried again below, unless stopped.
    }
    if (!stopped) retry = setTimeout(() => void connect(), RETRY_MS);
  };
  void connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    controller?.abort();
  };
}
