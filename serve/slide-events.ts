import type http from 'node:http';
import type { Dispatch } from '../shared/contract/serve-contract';
import { PRESENTATION_CHANNEL } from '../shared/contract/presentation';
import type { Slide } from '../shared/session/session-types';

/** A comment line now and then keeps proxies and the browser from closing a quiet stream. */
const PING_MS = 25_000;

/** Registers a listener for changes of what the projector shows; answers the function that removes it. */
export type SlideChanges = (listener: (slide: Slide | null) => void) => () => void;

/**
 * The projector's server-sent events (`shared/contract/presentation.ts`): the slide now shown on connect (read
 * through the same dispatch as `POST /api/session.slide`, so both say the same) and each changed slide.
 */
export class SlideEvents {
  private readonly streams = new Set<() => void>();

  constructor(
    private readonly dispatch: Dispatch,
    private readonly changes: SlideChanges | undefined,
  ) {}

  open(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Connection: 'keep-alive',
    });
    // Sends are chained, so two quick changes arrive in the order they happened.
    let queue = Promise.resolve();
    const send = (slide: () => Promise<unknown>) => {
      queue = queue.then(async () => {
        const data = await slide();
        if (!res.writableEnded) res.write(`data: ${JSON.stringify(data)}\n\n`);
      });
    };
    const unsubscribe = this.changes?.((slide) => send(async () => slide)) ?? (() => {});
    const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
    const end = () => {
      clearInterval(ping);
      unsubscribe();
      this.streams.delete(end);
      if (!res.writableEnded) res.end();
    };
    this.streams.add(end);
    req.on('close', end);
    send(async () => {
      const result = await this.dispatch(PRESENTATION_CHANNEL, {});
      return result.ok ? result.data : null;
    });
  }

  /** Ends every stream: the server is stopping. */
  close(): void {
    for (const end of [...this.streams]) end();
  }
}
