import path from 'node:path';
import { throwingCaller } from '../../../shared/contract/caller';
import type { ContractError } from '../../../shared/contract/result';
import type { ImportChoices } from '../../../shared/import/import-plan';
import type { Workbench } from '../../../engine/workbench';
import { createInProcessHost } from '../../helpers/in-process-host';

export const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'crosstab');

export interface CrosstabWorkbench {
  folder: string;
  workbench: Workbench;
  /** Calls the contract as a host does, requests as the tests write them; a failed call throws its ContractError. */
  call: (channel: string, request: unknown) => Promise<unknown>;
  close: () => void;
}

/** A workbench with a new project in a temporary folder, and the given files imported through the contract. */
export async function crosstabWorkbench(
  imports: { file: string; choices: Omit<ImportChoices, 'file'> }[],
): Promise<CrosstabWorkbench> {
  const host = createInProcessHost({ rememberRecent: false });
  const folder = host.settingsFolder;
  const call = async (channel: string, request: unknown) => {
    const result = await host.dispatch(channel, request);
    if (!result.ok) throw result.error;
    return result.data;
  };
  const typed = throwingCaller(host.call);
  await typed('project.create', { path: path.join(folder, 'kruistabellen.skw') });
  for (const { file, choices } of imports) {
    const preview = await typed('import.prepare', { file, ...choices });
    const job = await typed('import.start', { plan: preview.plan, detected: preview.detected });
    const done = await host.workbench.imports.wait(job.id);
    if (done.state !== 'done') throw new Error(done.error?.message.en ?? done.state);
  }
  return { folder, workbench: host.workbench, call, close: host.close };
}

export function errorCode(error: unknown): string {
  return (error as ContractError).code;
}
