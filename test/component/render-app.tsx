import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WerkbankApi } from '../../shared/contract/api';
import { App } from '../../renderer/src/App';
import { createWorkbenchStore } from '../../renderer/src/stores/workbench-store';

/** Renders the whole renderer against `api` and waits until it has asked the engine what to show. */
export async function renderApp(api: WerkbankApi) {
  const user = userEvent.setup();
  const store = createWorkbenchStore(api);
  const view = render(<App store={store} />);
  await screen.findByRole('heading', { level: 1 });
  return { user, store, ...view };
}

/** A fresh folder for one test's settings and project files. */
export function makeTempFolder(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'werkbank-component-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
