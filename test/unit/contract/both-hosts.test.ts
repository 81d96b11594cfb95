import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { createHttpBridge } from '../../../serve/http-bridge';
import { registerIpc } from '../../../electron/main/ipc';
import { createInProcessHost } from '../../helpers/in-process-host';
import { useTempFolder } from '../../helpers/temp-folder';
import { ipcMain, resetFakeElectron } from '../electron/fake-electron';

vi.mock('electron', () => import('../electron/fake-electron'));

const tempFolder = useTempFolder();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

type Call = (channel: string, request: unknown) => Promise<Result<unknown>>;

function workbenchIn(folder: string) {
  const host = createInProcessHost({ settingsFolder: path.join(folder, 'settings') });
  cleanups.push(host.close);
  return host.dispatch;
}

/** The desktop path: ipcMain.handle as Electron's preload reaches it (Electron mocked). */
function overIpc(folder: string): Call {
  resetFakeElectron();
  registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], workbenchIn(folder), () => true);
  return async (channel, request) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) return { ok: false, error: { code: 'unknown_channel', message: { nl: channel, en: channel } } };
    return (await handler({}, request)) as Result<unknown>;
  };
}

/** The browser path: HTTP on loopback with the access token. */
async function overHttp(folder: string): Promise<Call> {
  const { server, token } = createHttpBridge({ dispatch: workbenchIn(folder), rendererFolder: folder });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    server.close();
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (channel, request) => {
    const response = await fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
    });
    if (response.status === 404)
      return { ok: false, error: { code: 'unknown_channel', message: { nl: channel, en: channel } } };
    return (await response.json()) as Result<unknown>;
  };
}

/** A session a user could have: every result, with the host's folder replaced so the two can be compared. */
async function session(call: Call, folder: string): Promise<unknown[]> {
  writeFileSync(path.join(folder, 'notities.skw'), 'geen project');
  const project = path.join(folder, 'Wijkprofiel Oost.skw');
  const steps: [string, unknown][] = [
    ['projects.recent', {}],
    ['project.current', {}],
    ['datasets.list', {}],
    ['project.create', { path: project }],
    ['project.current', {}],
    ['datasets.list', {}],
    ['project.create', { path: project }],
    ['project.open', { path: path.join(folder, 'notities.skw') }],
    ['project.open', { path: 42 }],
    ['project.open', { path: project, extra: true }],
    ['project.close', {}],
    ['projects.recent', {}],
    ['project.open', { path: project }],
    ['app.setLanguage', { language: 'en' }],
    ['dialog.chooseProjectToOpen', {}],
    ['datasets.variables', { dataset: 'bestaat niet' }],
  ];
  const results: unknown[] = [];
  for (const [channel, request] of steps) results.push(await call(channel, request));
  return JSON.parse(
    JSON.stringify(results)
      .replaceAll(folder, '<map>')
      .replace(/"(openedAt|createdAt)":"[^"]+"/g, '"$1":"<tijd>"'),
  );
}

describe('the contract through both hosts', () => {
  it('gives the same results over Electron IPC and over the HTTP bridge', async () => {
    const ipcFolder = tempFolder();
    const httpFolder = tempFolder();
    const viaIpc = await session(overIpc(ipcFolder), ipcFolder);
    const viaHttp = await session(await overHttp(httpFolder), httpFolder);
    expect(viaHttp).toEqual(viaIpc);

    // And the session itself is what a user expects.
    expect(viaIpc[0]).toEqual({ ok: true, data: [] });
    expect(viaIpc[2]).toMatchObject({ ok: false, error: { code: 'no_project_open' } });
    expect(viaIpc[3]).toMatchObject({
      ok: true,
      data: { name: 'Wijkprofiel Oost', path: '<map>/Wijkprofiel Oost.skw' },
    });
    expect(viaIpc[5]).toEqual({ ok: true, data: [] });
    expect(viaIpc[6]).toMatchObject({ ok: false, error: { code: 'file_exists' } });
    expect(viaIpc[7]).toMatchObject({ ok: false, error: { code: 'not_a_project' } });
    expect(viaIpc[8]).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(viaIpc[9]).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(viaIpc[11]).toMatchObject({ ok: true, data: [{ name: 'Wijkprofiel Oost', exists: true }] });
    expect(viaIpc[13]).toMatchObject({ ok: true, data: { language: 'en' } });
    expect(viaIpc[14]).toMatchObject({ ok: false, error: { code: 'not_available' } });
    expect(viaIpc[15]).toMatchObject({ ok: false, error: { code: 'dataset_not_found' } });
  });
});
