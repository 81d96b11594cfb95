import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { WerkbankApi } from '../../shared/contract/api';
import { events, isChannel, type EventName } from '../../shared/contract/channels';
import { contractError } from '../../shared/contract/errors';
import { fail } from '../../shared/contract/result';

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/**
 * `window.api` for the desktop app: the contract's channels and events, and the path of a dropped file,
 * nothing more. The page never gets ipcRenderer itself, nor the IPC event object that would lead back to it.
 */
export function createWindowApi(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>,
  getPathForFile: (file: File) => string,
): WerkbankApi {
  return {
    invoke(channel, request) {
      if (!isChannel(channel))
        return Promise.resolve(fail(contractError('unknown_channel', { channel: String(channel) })));
      return ipc.invoke(channel, request);
    },
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
      const name = events[event];
      const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
      ipc.on(name, forward);
      return () => {
        ipc.removeListener(name, forward);
      };
    },
    pathOfFile(file) {
      // Electron answers '' for a File that is not on disk (made in the page, or dragged from a browser).
      return getPathForFile(file) || null;
    },
  };
}
