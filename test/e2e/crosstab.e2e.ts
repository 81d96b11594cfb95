import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { useTempFolder } from '../helpers/temp-folder';
import { launchChromium, screenshot, serveProject, type ServedProject } from './browser-host';

const tempFolder = useTempFolder();
let browser: Browser;
const served: ServedProject[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await Promise.all(served.map((s) => s.stop()));
  await browser?.close();
});

const SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';

/** Serves a fresh project, closes it and opens the example project from the start screen. */
async function openExample(): Promise<{ page: Page; folder: string }> {
  const folder = tempFolder();
  const project = path.join(folder, 'leeg.skw');
  expect(runCli(['init', project], folder).status).toBe(0);
  const host = await serveProject(project, folder);
  served.push(host);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Project sluiten' }).click();
  await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Voorbeeldproject' }).waitFor({ timeout: 60_000 });
  return { page, folder };
}

/** Puts the element at the top of the viewport, so a screenshot shows what follows it. */
async function scrollToTop(locator: Locator): Promise<void> {
  await locator.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
}

function horizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describe('cross-tabs in the browser', () => {
  it('builds a weighted wijk × geslacht table, shows column percentages and exports a Dutch CSV and an SVG with small cells hidden', async () => {
    const { page, folder } = await openExample();
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByLabel('Dataset', { exact: true }).selectOption(SURVEY);
    await page.getByRole('tab', { name: 'Kruistabellen' }).click();

    await page.getByLabel('Rijen', { exact: true }).selectOption('wijkcode');
    await page.getByLabel('Kolommen', { exact: true }).selectOption('geslacht');
    await page.getByLabel('Weging', { exact: true }).selectOption('weging');
    const table = page.getByRole('table', { name: /^wijkcode × geslacht/ });
    await table.waitFor();
    await table.getByText('Gewogen naar weging').waitFor();

    await page.getByRole('radio', { name: 'Kolom-%' }).check();
    await page.getByRole('table', { name: /^wijkcode × geslacht.*kolompercentages/ }).waitFor();
    // Every column adds up to 100%; the researcher sees Nijmegen-Noord's few respondents, outlined.
    const totals = table.locator('tfoot tr').first();
    expect(await totals.locator('td').first().textContent()).toBe('100,0%');
    const noord = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nijmegen-Noord' }) });
    expect(await noord.locator('td.ct-cell--flagged').count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBe(false);
    await scrollToTop(page.getByRole('group', { name: 'Celinhoud' }));
    await screenshot(page, 'crosstab');

    // Exports are partner-facing whatever the screen shows.
    await page.getByLabel('Bestand', { exact: true }).fill(path.join(folder, 'wijk-geslacht'));
    await page.getByRole('button', { name: 'CSV (Excel NL)' }).click();
    const saved = path.join(folder, 'wijk-geslacht.csv');
    await page.getByRole('status').filter({ hasText: `Opgeslagen als ${saved}.` }).waitFor();
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.some((line) => line.split(';').length >= 6)).toBe(true);
    expect(text).toMatch(/;\d+,\d+;/);
    expect(text).not.toMatch(/;\d+\.\d+;/);
    const noordLines = lines.filter((line) => line.startsWith('Nijmegen-Noord;'));
    expect(noordLines.length).toBeGreaterThan(0);
    for (const line of noordLines) {
      const figures = line.split(';').slice(2);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) expect(figure).toMatch(/^(<10|\*)$/);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kruistabel-wijkcode-geslacht-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgFile = path.join(folder, download.suggestedFilename());
    await download.saveAs(svgFile);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).toContain(`Bron: ${SURVEY}, Werkbank Sociale Kwaliteit`);
    expect(svg).toContain('Gewogen naar weging');
    expect(svg).toContain('Cellen met minder dan 10 respondenten en cellen waaruit die terug te rekenen zijn, worden niet getoond.');
    expect(svg).toContain('&lt;10');
    const image = await browser.newPage({ viewport: { width: 1000, height: 760 } });
    await image.goto(`file://${svgFile}`);
    await screenshot(image, 'crosstab-svg');
    await image.close();

    // The partner view on screen hides the same cells, and colours by residual where figures remain.
    await page.getByRole('button', { name: 'Partner' }).click();
    await page.getByText('Cellen met minder dan 10 respondenten en cellen waaruit die terug te rekenen zijn, worden niet getoond.').waitFor();
    await page.getByLabel('Kleuring').selectOption('residual');
    await page.getByRole('radio', { name: 'Aantal' }).check();
    await noord.locator('td', { hasText: '<10' }).first().waitFor();
    await scrollToTop(page.getByText('Kleur naar gestandaardiseerd residu'));
    await screenshot(page, 'crosstab-partner');
    await page.close();
  });
});
