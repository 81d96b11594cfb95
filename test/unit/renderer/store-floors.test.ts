import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../shared/contract/api';
import { importWizardFor } from '../../../renderer/src/import/import-wizard-store';
import { storeFor } from '../../../renderer/src/stores/store-for';
import { createWorkbenchStore, type WorkbenchStore } from '../../../renderer/src/stores/workbench-store';
import { createInProcessHost, type InProcessHost } from '../../helpers/in-process-host';

describe('storeFor: one store per engine connection and kind', () => {
  const connection = (): WerkbankApi =>
    ({ invoke: async () => ({ ok: true, data: null }), on: () => () => {} }) as never;
  let made = 0;
  const createCounter = () => ({ number: ++made });
  const createOther = () => ({ other: true });

  it('makes a kind’s store once per connection and hands out the same one after that', () => {
    const first = connection();
    const store = storeFor(first, createCounter);
    expect(storeFor(first, createCounter)).toBe(store);
    expect(made).toBe(1);
    // Another kind on the same connection is a store of its own.
    expect(storeFor(first, createOther)).toEqual({ other: true });
    // A new connection (a new project) starts afresh.
    expect(storeFor(connection(), createCounter)).toEqual({ number: 2 });
  });
});

describe('the import wizard follows the Data section’s import screen (the root store knows nothing of it)', () => {
  let folder: string;
  let engine: InProcessHost;
  let workbench: WorkbenchStore;
  let file: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'werkbank-wizard-floor-'));
    engine = createInProcessHost({ settingsFolder: folder });
    workbench = createWorkbenchStore(engine.api);
    await workbench.getState().createProject(path.join(folder, 'p.skw'));
    file = path.join(folder, 'a.csv');
    writeFileSync(file, 'id;score\n1;5\n2;7\n');
  });
  afterAll(() => {
    engine.workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  function shownRun(): number {
    const view = workbench.getState().dataView;
    if (view.screen !== 'import') throw new Error('not on the import screen');
    return view.run;
  }

  it('is the same wizard while its screen is shown, and a new one each time the screen opens', () => {
    workbench.getState().openImport();
    const run = shownRun();
    const wizard = importWizardFor(workbench, run);
    expect(importWizardFor(workbench, run)).toBe(wizard);
    workbench.getState().showDatasets();
    workbench.getState().openImport();
    expect(shownRun()).not.toBe(run);
    expect(importWizardFor(workbench, shownRun())).not.toBe(wizard);
  });

  it('stops once the section shows anything else: an answer arriving after that is dropped', async () => {
    workbench.getState().openImport();
    const wizard = importWizardFor(workbench, shownRun());
    await wizard.getState().readFile(file);
    expect(wizard.getState().preview).not.toBeNull();

    workbench.getState().openImport();
    const next = importWizardFor(workbench, shownRun());
    workbench.getState().showDatasets();
    await next.getState().readFile(file);
    expect(next.getState().preview).toBeNull();
  });
});
