import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();
const tempFolder = e2e.tempFolder;

async function start(name: string) {
  const folder = tempFolder();
  const project = path.join(folder, `${name}.skw`);
  expect(runCli(['init', project], folder).status).toBe(0);
  const host = await e2e.serve(project, folder);
  return { folder, project, host };
}

describe('browser mode', () => {
  it('prints a loopback URL with a token first and refuses the API without it', async () => {
    const { host } = await start('wijkprofielen');
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
    const origin = new URL(host.url).origin;
    const withoutToken = await fetch(`${origin}/api/project.current`, { method: 'POST', body: '{}' });
    expect(withoutToken.status).toBe(401);
    expect(await withoutToken.text()).not.toContain('wijkprofielen');
  });

  it('opens the served project on the Data section', async () => {
    const { host } = await start('Nijmegen-Oost');
    const page = await e2e.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Nijmegen-Oost' }).waitFor();
    const dataTab = page.getByRole('tab', { name: 'Data' });
    expect(await dataTab.getAttribute('aria-selected')).toBe('true');
    for (const section of ['Codeboek', 'Coderen', 'Analyse', 'Sessie']) {
      expect(await page.getByRole('tab', { name: section }).count()).toBe(1);
    }
    expect(page.url()).not.toContain('token=');
    await screenshot(page, 'project-data');
    await page.close();
  });

  it('creates a project, lists it among recent projects and reopens it', async () => {
    const { folder, host } = await start('eerste');
    const page = await e2e.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Project sluiten' }).click();
    await page.getByRole('button', { name: 'Nieuw project' }).waitFor();
    await screenshot(page, 'start');

    const created = path.join(folder, 'Arnhem-2026');
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Pad van het projectbestand (.skw)').fill(created);
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: 'Arnhem-2026' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
    expect(runCli(['datasets', `${created}.skw`, '--json'], folder).stdout.trim()).toBe('[]');

    await page.getByRole('button', { name: 'Project sluiten' }).click();
    const recent = page.getByRole('list', { name: 'Recente projecten' });
    await recent.getByRole('button', { name: /Arnhem-2026/ }).waitFor();
    await screenshot(page, 'start-recent');

    await page.reload();
    await page
      .getByRole('list', { name: 'Recente projecten' })
      .getByRole('button', { name: /Arnhem-2026/ })
      .click();
    await page.getByRole('heading', { name: 'Arnhem-2026' }).waitFor();
    await page.close();
  });

  it('opens the example project from the start screen on a profile, with its two datasets', async () => {
    const { host } = await start('leeg');
    const page = await e2e.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Project sluiten' }).click();
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByRole('heading', { name: 'Voorbeeldproject' }).waitFor({ timeout: 60_000 });
    // Its indicators come mapped, so it opens on the profile of its first mapped dataset.
    await page.getByRole('img', { name: /^Profiel van .*: vier condities$/ }).waitFor();
    await page.getByRole('tab', { name: 'Data' }).click();
    const datasets = page.getByRole('table', { name: 'Datasets' });
    await datasets.getByText('Bewonersenquête Nijmegen (gegenereerd)').waitFor();
    await datasets.getByText('GGD Gezondheidsmonitor 2016 (Nijmegen)').waitFor();
    expect(await datasets.getByRole('row').count()).toBe(3);
    await screenshot(page, 'example-project');
    await page.close();
  });

  it('switches the interface to English and back', async () => {
    const { host } = await start('taal');
    const page = await e2e.browser().newPage();
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Data' }).waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Close project' }).waitFor();
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('button', { name: 'Project sluiten' }).waitFor();
    await page.close();
  });

  it('stops cleanly on Ctrl-C', async () => {
    const { host } = await start('stoppen');
    const code = await host.stop();
    expect(code).toBe(0);
    expect(host.stderr()).toContain('Gestopt.');
  });
});
