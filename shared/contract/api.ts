import type { Channel, EventName, EventPayloads, RequestOf, ResponseOf } from './channels';
import type { FileTransfer } from './file-transfer';
import type { PresentationLink } from './presentation';
import type { Result } from './result';

/**
 * What the UI sees as `window.api`: the desktop preload and the browser bridge both implement it.
 */
export interface WerkbankApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Subscribes to a host event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Files picked, dropped or downloaded in the browser; only the browser host gives it. */
  files?: FileTransfer;
  /**
   * The path on this computer of a file dropped on the window, or null for one that is not a file on disk;
   * only the desktop host gives it (Electron's `webUtils.getPathForFile`, in the preload).
   */
  pathOfFile?: (file: File) => string | null;
  /** The projector's link with its own token; only the browser host gives it (the desktop opens a window itself). */
  presentation?: PresentationLink;
}
