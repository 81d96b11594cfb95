import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatch } from '../../../shared/contract/serve-contract';
import type { ContractError } from '../../../shared/contract/result';
import type { ImportJobStatus } from '../../../shared/contract/channels';
import type { ImportPreview } from '../../../shared/import/import-plan';
import { dialogsNotAvailable } from '../../../serve/dialogs-not-available';
import { Workbench } from '../../../engine/workbench';
import { installation } from '../../../cli/installation';

export const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'crosstab');

export interface CrosstabWorkbench {
  folder: string;
  workbench: Workbench;
  /** Calls the contract as a host does; a failed call throws its ContractError. */
  call: (channel: string, request: unknown) => Promise<unknown>;
  close: () => void;
}

/** A workbench with a new project in a temporary folder, and the given files imported through the contract. */
export async function crosstabWorkbench(
  imports: { file: string; choices: Record<string, unknown> }[],
): Promise<CrosstabWorkbench> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'werkbank-crosstab-'));
  const workbench = new Workbench({
    ...installation,
    host: 'browser',
    nativeDialogs: false,
    settingsFolder: folder,
    rememberRecent: false,
  });
  const dispatch = createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable });
  const call = async (channel: string, request: unknown) => {
    const result = await dispatch(channel, request);
    if (!result.ok) throw result.error;
    return result.data;
  };
  await call('project.create', { path: path.join(folder, 'kruistabellen.skw') });
  for (const { file, choices } of imports) {
    const preview = (await call('import.prepare', { file, ...choices })) as ImportPreview;
    const job = (await call('import.start', { plan: preview.plan, detected: preview.detected })) as ImportJobStatus;
    const done = await workbench.imports.wait(job.id);
    if (done.state !== 'done') throw new Error(done.error?.message.en ?? done.state);
  }
  return {
    folder,
    workbench,
    call,
    close: () => {
      workbench.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function errorCode(error: unknown): string {
  return (error as ContractError).code;
}
