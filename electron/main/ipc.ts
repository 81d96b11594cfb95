import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { contractError } from '../../shared/contract/errors';
import { fail } from '../../shared/contract/result';
import { registerContract, type Dispatch } from '../../shared/contract/serve-contract';
import { isAppUrl } from './app-url';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const untrustedSender = contractError('untrusted_sender');

/**
 * Serves every contract channel over IPC. A request from anywhere but the app's own page is answered
 * with a refusal before the dispatch sees it, so no handler ever runs for it.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isTrustedSender: SenderCheck): void {
  registerContract(dispatch, (channel, invoke) => {
    ipcMain.handle(channel, async (event, request: unknown) =>
      isTrustedSender(event) ? invoke(request) : fail(untrustedSender),
    );
  });
}

/** Trusts only the top frame of the main window, and only while it shows the app's own page. */
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
