import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createDispatch } from '../../shared/contract/serve-contract';
import { dialogsNotAvailable } from '../../serve/dialogs-not-available';
import { Workbench } from '../../engine/workbench';
import { installation } from '../../cli/installation';

export const EXAMPLE_SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';

export interface ExampleProject {
  /** The project file, for reading it directly with SQL. */
  path: () => string;
  /** Calls the contract as a host does; a failed result throws with its English message. */
  call: (channel: string, request: unknown) => Promise<unknown>;
}

/** The example project, built once for a test file through the contract (`example.open`), in a temporary folder. */
export function useExampleProject(): ExampleProject {
  let folder = '';
  let project = '';
  let workbench: Workbench | undefined;
  let dispatch: ReturnType<typeof createDispatch> | undefined;
  const call = async (channel: string, request: unknown) => {
    const result = await dispatch!(channel, request);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.data;
  };
  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'werkbank-example-'));
    workbench = new Workbench({ ...installation, host: 'browser', nativeDialogs: false, settingsFolder: folder });
    dispatch = createDispatch({ ...workbench.handlers(), ...dialogsNotAvailable });
    project = ((await call('example.open', {})) as { path: string }).path;
  });
  afterAll(() => {
    workbench?.close();
    rmSync(folder, { recursive: true, force: true });
  });
  return { path: () => project, call };
}
