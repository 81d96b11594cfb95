import type { WerkbankApi } from '../../shared/contract/api';
import { createDispatch } from '../../shared/contract/serve-contract';
import { dialogsNotAvailable } from '../../engine/serve/dialogs-not-available';
import { Workbench } from '../../engine/workbench';

export interface InProcessEngine {
  api: WerkbankApi;
  workbench: Workbench;
}

/**
 * The real engine behind the contract, in this process, as the browser host serves it: real settings
 * and real SQLite project files in `settingsFolder`, and no native dialogs. Tests drive the renderer
 * against it instead of a fake, so they notice when the UI and the engine disagree.
 */
export function createInProcessEngine(settingsFolder: string): InProcessEngine {
  const workbench = new Workbench({ host: 'browser', nativeDialogs: false, settingsFolder });
  const dispatch = createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable });
  const api: WerkbankApi = {
    invoke: (channel, request) => dispatch(channel, request) as ReturnType<WerkbankApi['invoke']>,
    on: () => () => {},
  };
  return { api, workbench };
}
