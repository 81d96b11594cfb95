import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Channel } from '../../shared/contract/channels';
import { contractError } from '../../shared/contract/errors';
import { PRESENTATION_CHANNEL } from '../../shared/contract/presentation';
import { fail } from '../../shared/contract/result';
import { registerContract, type Dispatch } from '../../shared/contract/serve-contract';
import { isAppUrl } from './app-url';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;
/** Whether a sender may call a channel. */
export type ChannelSenderCheck = (event: IpcMainInvokeEvent, channel: Channel) => boolean;

const untrustedSender = contractError('untrusted_sender');

/**
 * Serves every contract channel over IPC. A request from anywhere but the app's own page is answered
 * with a refusal before the dispatch sees it, so no handler ever runs for it.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: ChannelSenderCheck,
): void {
  registerContract(dispatch, (channel, invoke) => {
    ipcMain.handle(channel, async (event, request: unknown) =>
      isTrustedSender(event, channel) ? invoke(request) : fail(untrustedSender),
    );
  });
}

/**
 * The desktop's two windows: the main window may call every channel, the presentation window (checked the
 * same way, as its own window's top frame) only reads the slide it shows, as the browser's presentation token.
 */
export function desktopSenderCheck(main: SenderCheck, presentation: SenderCheck): ChannelSenderCheck {
  return (event, channel) => main(event) || (channel === PRESENTATION_CHANNEL && presentation(event));
}

/** Trusts only the top frame of the window (the main window, or the presentation window), and only while it shows the app's own page. */
export function mainWindowSenderCheck(mainWindow: () => BrowserWindow | null): SenderCheck {
  return (event) => {
    const window = mainWindow();
    const frame = event.senderFrame;
    if (!window || window.isDestroyed() || !frame) return false;
    const top = window.webContents.mainFrame;
    return (
      event.sender === window.webContents &&
      frame.processId === top.processId &&
      frame.routingId === top.routingId &&
      isAppUrl(frame.url)
    );
  };
}
