import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportTarget, UploadedFile } from '../../../shared/contract/file-transfer';
import type { Result } from '../../../shared/contract/result';
import { importFolderOf, safeFileName } from '../../../serve/file-transfer';
import { createHttpBridge } from '../../../serve/http-bridge';
import { createInProcessHost } from '../../helpers/in-process-host';
import { readRealFile } from '../../helpers/real-files';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A real HTTP bridge on 127.0.0.1 over a real project (or none), with a small upload limit. */
async function startBridge({ withProject = true, maxUploadBytes = 64 * 1024 } = {}) {
  const folder = tempFolder();
  const renderer = path.join(folder, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Werkbank</title>');
  const { workbench, dispatch, close } = createInProcessHost({ settingsFolder: path.join(folder, 'settings') });
  const project = path.join(folder, 'Wijkscan.skw');
  if (withProject) workbench.create(project);
  const bridge = createHttpBridge({
    dispatch,
    rendererFolder: renderer,
    importFolder: () => {
      const open = workbench.currentOrNull();
      return open ? importFolderOf(open.path) : null;
    },
    maxUploadBytes,
  });
  const { server, token } = bridge;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
    bridge.close();
    close();
  });
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const auth = { Authorization: `Bearer ${token}` };
  const upload = (name: string, body: Uint8Array | string, headers: Record<string, string> = auth) =>
    fetch(`${base}/files/upload?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
    });
  const call = async (channel: string, request: unknown) =>
    (await (
      await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      })
    ).json()) as Result<unknown>;
  return { folder, port, base, auth, token, upload, call, importFolder: path.join(folder, 'Wijkscan.bestanden') };
}

const files = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('uploads of the browser host', () => {
  it("streams a file into the project's import folder, and the path-based import takes over", async () => {
    const { upload, call, importFolder } = await startBridge({ maxUploadBytes: 10 * 1024 * 1024 });
    const content = readRealFile('cbs-statline-ses-woa-2019-amsterdam.csv');
    const response = await upload('ses woa 2019.csv', content);
    expect(response.status).toBe(200);
    const result = (await response.json()) as Result<UploadedFile>;
    expect(result).toEqual({
      ok: true,
      data: {
        path: path.join(importFolder, 'ses woa 2019.csv'),
        name: 'ses woa 2019.csv',
        requestedName: 'ses woa 2019.csv',
        bytes: content.length,
      },
    });
    expect(readFileSync(path.join(importFolder, 'ses woa 2019.csv'))).toEqual(Buffer.from(content));
    const prepared = await call('import.prepare', { file: path.join(importFolder, 'ses woa 2019.csv') });
    expect(prepared.ok).toBe(true);
  });

  it('never overwrites a file of the same name: the second gets "(2)" and says which name it asked for', async () => {
    const { upload, importFolder } = await startBridge();
    await upload('enquete.csv', 'id;wijk\n1;A\n');
    const second = (await (await upload('enquete.csv', 'id;wijk\n2;B\n')).json()) as Result<UploadedFile>;
    expect(second).toMatchObject({ ok: true, data: { name: 'enquete (2).csv', requestedName: 'enquete.csv' } });
    const third = (await (await upload('enquete.csv', 'id;wijk\n3;C\n')).json()) as Result<UploadedFile>;
    expect(third).toMatchObject({ ok: true, data: { name: 'enquete (3).csv' } });
    expect(readFileSync(path.join(importFolder, 'enquete.csv'), 'utf8')).toBe('id;wijk\n1;A\n');
    expect(readFileSync(path.join(importFolder, 'enquete (2).csv'), 'utf8')).toBe('id;wijk\n2;B\n');
    expect(files(importFolder)).toEqual(['enquete (2).csv', 'enquete (3).csv', 'enquete.csv']);
  });

  it('keeps only the base name of what the browser sends, so nothing lands outside the import folder', async () => {
    const { upload, importFolder, folder } = await startBridge();
    const result = (await (await upload('../../geheim.csv', 'x')).json()) as Result<UploadedFile>;
    expect(result).toMatchObject({ ok: true, data: { path: path.join(importFolder, 'geheim.csv') } });
    expect(existsSync(path.join(folder, '..', 'geheim.csv'))).toBe(false);
    expect(safeFileName('C:\\Users\\an\\enquête.csv')).toBe('enquête.csv');
    expect(safeFileName('.verborgen')).toBe('verborgen');
    expect(safeFileName('a<b>:c?.csv')).toBe('a_b__c_.csv');
    // Windows keeps these names for devices, whatever the extension.
    expect(safeFileName('NUL.csv')).toBe('_NUL.csv');
    expect(safeFileName('com1')).toBe('_com1');
    expect(safeFileName('Lpt9.data.xlsx')).toBe('_Lpt9.data.xlsx');
    expect(safeFileName('console.csv')).toBe('console.csv');
    expect(safeFileName('nullen.csv')).toBe('nullen.csv');
    const unnamed = await upload('..', 'x');
    expect(unnamed.status).toBe(400);
    expect(((await unnamed.json()) as Result<UploadedFile>).ok).toBe(false);
  });

  it('refuses an upload without the right token and writes nothing', async () => {
    const { upload, importFolder, token } = await startBridge();
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: token }] as Record<
      string,
      string
    >[]) {
      const response = await upload('enquete.csv', 'id\n1\n', headers);
      expect(response.status).toBe(401);
    }
    expect(files(importFolder)).toEqual([]);
  });

  it('refuses a file above the limit with a Dutch message naming it, before reading it', async () => {
    const { upload, importFolder } = await startBridge({ maxUploadBytes: 1000 });
    const response = await upload('groot.csv', new Uint8Array(1001));
    expect(response.status).toBe(413);
    const result = (await response.json()) as Result<UploadedFile>;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('upload_too_large');
    expect(result.error.message.nl).toBe(
      'groot.csv is te groot om via de browser te uploaden (meer dan 1000 bytes). Typ het pad van het bestand op deze computer in.',
    );
    expect(files(importFolder)).toEqual([]);
  });

  it('stops a streamed body (no length given) once it passes the limit, and keeps no part of it', async () => {
    const { port, token, importFolder } = await startBridge({ maxUploadBytes: 1000 });
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/files/upload?name=stroom.csv' },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      request.setHeader('Authorization', `Bearer ${token}`);
      request.on('error', reject);
      for (let i = 0; i < 6; i++) request.write(Buffer.alloc(300, 65));
      request.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'upload_too_large' } });
    await waitFor(() => files(importFolder).length === 0, 'the partial upload to be removed');
  });

  it('removes the half-written file when the browser breaks off the upload', async () => {
    const { port, token, importFolder, upload } = await startBridge();
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/files/upload?name=half.csv',
      headers: { Authorization: `Bearer ${token}`, 'Content-Length': '50000' },
    });
    request.on('error', () => {});
    request.write(Buffer.alloc(1000, 65));
    await waitFor(() => files(importFolder).some((name) => name.endsWith('.upload')), 'the temporary file');
    expect(files(importFolder).some((name) => name === 'half.csv')).toBe(false);
    request.destroy();
    await waitFor(() => files(importFolder).length === 0, 'the temporary file to be removed');
    // The server goes on: the next upload of that name gets the name itself.
    const next = (await (await upload('half.csv', 'id\n1\n')).json()) as Result<UploadedFile>;
    expect(next).toMatchObject({ ok: true, data: { name: 'half.csv' } });
  });

  it('asks for a project first when none is open', async () => {
    const { upload } = await startBridge({ withProject: false });
    const response = await upload('enquete.csv', 'id\n1\n');
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'upload_no_project', message: { nl: expect.stringContaining('Open eerst een project') } },
    });
  });
});

describe('downloads of the browser host', () => {
  it('streams an export written to the path it handed out, once, as an attachment', async () => {
    const { base, auth, call } = await startBridge();
    const reserved = (await (
      await fetch(`${base}/files/export?name=${encodeURIComponent('codeboek wijk.qdc')}`, {
        method: 'POST',
        headers: auth,
      })
    ).json()) as Result<ExportTarget>;
    if (!reserved.ok) throw new Error(reserved.error.message.en);
    expect(path.basename(reserved.data.path)).toBe('codeboek wijk.qdc');
    expect(existsSync(reserved.data.path)).toBe(false);
    expect((await call('codebook.exportQdc', { path: reserved.data.path })).ok).toBe(true);

    const refused = await fetch(`${base}/files/download/${reserved.data.id}`);
    expect(refused.status).toBe(401);
    const response = await fetch(`${base}/files/download/${reserved.data.id}`, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="codeboek wijk.qdc"; filename*=UTF-8''codeboek%20wijk.qdc`,
    );
    expect(await response.text()).toContain('<CodeBook');
    await waitFor(() => !existsSync(reserved.data.path), 'the export to be removed after its download');
    const again = await fetch(`${base}/files/download/${reserved.data.id}`, { headers: auth });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ ok: false, error: { code: 'download_not_found' } });
  });

  it('answers 404 for an id it never handed out or an export that was never written', async () => {
    const { base, auth } = await startBridge();
    expect((await fetch(`${base}/files/download/0123abcd`, { headers: auth })).status).toBe(404);
    const reserved = (await (
      await fetch(`${base}/files/export?name=leeg.csv`, { method: 'POST', headers: auth })
    ).json()) as Result<ExportTarget>;
    if (!reserved.ok) throw new Error(reserved.error.message.en);
    expect((await fetch(`${base}/files/download/${reserved.data.id}`, { headers: auth })).status).toBe(404);
  });
});
