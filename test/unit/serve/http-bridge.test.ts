import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpBridge } from '../../../serve/http-bridge';
import { createInProcessHost } from '../../helpers/in-process-host';
import { useTempFolder } from '../../helpers/temp-folder';

const tempFolder = useTempFolder();
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

async function startBridge() {
  const folder = tempFolder();
  const renderer = path.join(folder, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Werkbank</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(folder, 'geheim.txt'), 'persoonsgegevens');
  const host = createInProcessHost({ settingsFolder: path.join(folder, 'settings') });
  host.workbench.create(path.join(folder, 'p.skw'));
  const { server, token } = createHttpBridge({ dispatch: host.dispatch, rendererFolder: renderer });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
    host.close();
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = (
    channel: string,
    body: unknown,
    headers: Record<string, string> = { Authorization: `Bearer ${token}` },
  ) =>
    fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return { base, token, call };
}

describe('HTTP bridge of the browser host', () => {
  it('serves the contract with the token', async () => {
    const { call } = await startBridge();
    const response = await call('project.current', {});
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({ ok: true, data: { name: 'p' } });
    expect(await (await call('datasets.list', {})).json()).toEqual({ ok: true, data: [] });
  });

  it('refuses every API call without the right token with 401 and no project data', async () => {
    const { call, token } = await startBridge();
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: 'Bearer wrong' },
      { Authorization: token },
      { Authorization: `Bearer ${token}x` },
    ]) {
      for (const channel of ['project.current', 'datasets.list', 'projects.recent', 'nope']) {
        const response = await call(channel, {}, headers);
        expect(response.status, `${channel} ${JSON.stringify(headers)}`).toBe(401);
        const body = await response.text();
        expect(body).not.toContain('p.skw');
      }
    }
  });

  it('returns validation errors as a failed result in both languages', async () => {
    const { call } = await startBridge();
    const result = await (await call('project.open', { path: 42 })).json();
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_request');
    expect(result.error.message.nl).toBe('project.open is niet uitgevoerd. "path" moet tekst zijn (niet 42).');
    expect(result.error.message.en).toBe('project.open was not carried out. "path" must be text (not 42).');
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const { base } = await startBridge();
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await fetch(`${base}/assets/app.js`)).text()).toBe('console.log(1)');
    for (const escape of ['/../geheim.txt', '/%2e%2e/geheim.txt', '/assets/..%2f..%2fgeheim.txt']) {
      const response = await fetch(`${base}${escape}`);
      expect(response.status, escape).toBe(404);
    }
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const { base, token } = await startBridge();
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const request = http.request(
        `${base}/api/project.current`,
        { method: 'POST', headers: { Host: 'evil.example:80', Authorization: `Bearer ${token}` } },
        (res) => resolve(res.statusCode ?? 0),
      );
      request.end('{}');
    });
    expect(status).toBe(403);
  });
});
