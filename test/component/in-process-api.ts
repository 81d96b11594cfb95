import type { WerkbankApi } from '../../shared/contract/api';
import type { ImportChoices } from '../../shared/import/import-plan';
import { createDispatch } from '../../shared/contract/serve-contract';
import { dialogsNotAvailable } from '../../serve/dialogs-not-available';
import { Workbench } from '../../engine/workbench';
import { installation } from '../../cli/installation';

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
  const workbench = new Workbench({ ...installation, host: 'browser', nativeDialogs: false, settingsFolder });
  const dispatch = createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable });
  const api: WerkbankApi = {
    invoke: (channel, request) => dispatch(channel, request) as ReturnType<WerkbankApi['invoke']>,
    on: () => () => {},
  };
  return { api, workbench };
}

/** Imports a file through the contract, as the wizard does, and waits until it is done. */
export async function importThroughApi(api: WerkbankApi, choices: ImportChoices): Promise<void> {
  const prepared = await api.invoke('import.prepare', choices);
  if (!prepared.ok) throw new Error(prepared.error.message.en);
  const started = await api.invoke('import.start', { plan: prepared.data.plan, detected: prepared.data.detected });
  if (!started.ok) throw new Error(started.error.message.en);
  let status = started.data;
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const answer = await api.invoke('import.status', { jobId: status.id });
    if (!answer.ok) throw new Error(answer.error.message.en);
    status = answer.data;
  }
  if (status.state !== 'done') throw new Error(`import ${status.state}: ${status.error?.message.en ?? ''}`);
}
