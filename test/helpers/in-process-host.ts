import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WerkbankApi } from '../../shared/contract/api';
import type { HostKind } from '../../shared/contract/channels';
import { dispatchCaller, type Caller } from '../../shared/contract/caller';
import { createDispatch, type Dispatch, type Handlers } from '../../shared/contract/serve-contract';
import { installation } from '../../cli/installation';
import { dialogsNotAvailable } from '../../serve/dialogs-not-available';
import { Workbench, type DialogChannel, type WorkbenchOptions } from '../../engine/workbench';

export interface InProcessHostOptions {
  /** The settings folder (recent projects, language); a new temporary one, removed on `close`, when left out. */
  settingsFolder?: string;
  /** Whether opened projects join the recent projects; the workbench's default when left out. */
  rememberRecent?: boolean;
  /** The host the workbench serves: `browser` when left out; `electron` has the native dialogs. */
  host?: HostKind;
  /** The dialogs' handlers; the browser host's refusals when left out. */
  dialogs?: Pick<Handlers, DialogChannel>;
}

/** The real engine served in this process, as a host serves it. */
export interface InProcessHost {
  settingsFolder: string;
  workbench: Workbench;
  /** The contract's dispatch (zod validation included), for requests the types would not let through. */
  dispatch: Dispatch;
  /** The typed caller over the dispatch. */
  call: Caller;
  /** The same as the renderer sees it (`window.api`), without events. */
  api: WerkbankApi;
  /** Closes the workbench, and removes the settings folder when the host made it. */
  close: () => void;
}

/**
 * A workbench with its settings folder, served through `createDispatch` as a host serves it, and the typed
 * caller over it: the one set-up of the tests that drive the engine.
 */
export function createInProcessHost(options: InProcessHostOptions = {}): InProcessHost {
  const made = options.settingsFolder === undefined;
  const settingsFolder = options.settingsFolder ?? mkdtempSync(path.join(os.tmpdir(), 'werkbank-host-'));
  const host = options.host ?? 'browser';
  const workbenchOptions: WorkbenchOptions = {
    ...installation,
    host,
    nativeDialogs: host === 'electron',
    settingsFolder,
  };
  if (options.rememberRecent !== undefined) workbenchOptions.rememberRecent = options.rememberRecent;
  const workbench = new Workbench(workbenchOptions);
  const dispatch = createDispatch({ ...workbench.handlers(), ...(options.dialogs ?? dialogsNotAvailable) });
  const call = dispatchCaller(dispatch);
  return {
    settingsFolder,
    workbench,
    dispatch,
    call,
    api: { invoke: call, on: () => () => {} },
    close: () => {
      workbench.close();
      if (made) rmSync(settingsFolder, { recursive: true, force: true });
    },
  };
}
