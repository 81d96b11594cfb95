import type { Result } from './result';

/**
 * The projector's page in browser mode (docs/ARCHITECTURE.md §2, presenting). `werkbank serve` prints a
 * second link, `/?presentation=<token>`, with a token of its own that may only read what the projector shows:
 * `POST /api/session.slide` and `GET /events/slide`, server-sent events with one `data:` line holding the
 * slide (JSON, `null` when nothing is presented) on connect and after every change, and a comment line as a
 * ping every 25 seconds. Everything else answers 403 to it. The main token may follow the events too, and
 * asks `POST /presentation/link` for the projector's link, to open it in a second window.
 */
export const SLIDE_EVENTS_PATH = '/events/slide';
export const PRESENTATION_LINK_PATH = '/presentation/link';
/** The query parameter that makes the renderer mount the projector's page instead of the app. */
export const PRESENTATION_PARAM = 'presentation';
/** The only channel the presentation token may call. */
export const PRESENTATION_CHANNEL = 'session.slide';

/** What the browser host adds to `window.api` for presenting: the projector's link (with its token). */
export interface PresentationLink {
  link(): Promise<Result<string>>;
}
