import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { useTempFolder } from '../helpers/temp-folder';
import { serveProject } from './browser-host';

const tempFolder = useTempFolder();

/** Runs `werkbank serve PROJECT --port 0` until it prints its URL, asks the API which project is open, then stops it. */
async function serveOnce(project: string, home: string) {
  const served = await serveProject(project, home);
  const address = new URL(served.url);
  const response = await fetch(`${address.origin}/api/project.current`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${address.searchParams.get('token')}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  const current = (await response.json()) as { ok: boolean; data: { path: string } };
  return { url: served.url, current, status: await served.stop(), stderr: served.stderr };
}

describe('werkbank serve', () => {
  it('creates the project when the path does not exist, says so, and serves it', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'nieuw.skw');
    const run = await serveOnce(project, folder);
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(run.stderr()).toContain(`Nieuw project gemaakt: ${project}\n`);
    expect(run.current).toMatchObject({ ok: true, data: { path: project } });
    expect(run.status).toBe(0);
    expect(existsSync(project)).toBe(true);

    // The second time the project is there: it is opened, not made again.
    const again = await serveOnce(project, folder);
    expect(again.stderr()).not.toContain('Nieuw project gemaakt');
    expect(again.current).toMatchObject({ ok: true, data: { path: project } });
  });

  it('names the missing folder when the project cannot be made there', () => {
    const folder = tempFolder();
    const run = runCli(['serve', path.join(folder, 'bestaat-niet', 'p.skw'), '--port', '0'], folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`map ${path.join(folder, 'bestaat-niet')} bestaat niet`);
  });
});
