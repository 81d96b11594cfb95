import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clippedButtons, horizontalOverflow, screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';

describe('analysis in the browser', () => {
  it('opens the example on a profile, maps the survey items, shows a radar, an overlay and small multiples, and exports an SVG that stands on its own', async () => {
    const { page, folder } = await e2e.openExample();
    // The example opens on the profile of its first mapped dataset, with nothing to map first.
    await page.getByRole('img', { name: /^Profiel van .*: vier condities$/ }).waitFor();
    await page.getByLabel('Dataset', { exact: true }).selectOption(SURVEY);
    await page.getByRole('tab', { name: 'Indicatoren' }).click();

    // Its items come mapped (datasets/README.md): two are taken off and mapped again, one by dragging it
    // onto its condition, the other with the keyboard-accessible select.
    const mappings = page.getByRole('table', { name: 'Alle koppelingen (alle datasets)' });
    await expect.poll(() => mappings.getByRole('button', { name: /^Koppeling van .* verwijderen$/ }).count()).toBe(16);
    for (const item of ['coh_helpen', 'emp_regie'])
      await mappings.getByRole('button', { name: `Koppeling van ${item} verwijderen` }).click();
    await expect.poll(() => mappings.getByRole('button', { name: /^Koppeling van .* verwijderen$/ }).count()).toBe(14);
    const cohesion = page.getByRole('region', { name: 'Sociale cohesie' });
    await page.locator('.palette-item', { hasText: 'coh_helpen' }).dragTo(cohesion);
    await cohesion.getByText('coh_helpen').waitFor();
    await page.getByLabel('Koppel emp_regie aan een conditie').selectOption({ label: 'Sociale empowerment' });
    await expect.poll(() => mappings.getByRole('button', { name: /^Koppeling van .* verwijderen$/ }).count()).toBe(16);
    await page.getByLabel('Domein van coh_vertrouwen').selectOption({ label: 'vertrouwen' });
    await page.locator('.variable-palette__list').evaluate((list) => list.scrollTo(0, 0));
    expect(await horizontalOverflow(page)).toBe(false);
    await screenshot(page, 'mapping', { top: page.getByRole('heading', { name: 'Variabelen', exact: true }) });

    await page.getByRole('tab', { name: 'Profielen' }).click();
    await page.getByLabel('Gebied', { exact: true }).selectOption({ label: 'Nijmegen-Oost' });
    const radar = page.getByRole('img', { name: 'Profiel van Nijmegen-Oost: vier condities' });
    await radar.waitFor();
    expect(await radar.locator('.radar-shape').count()).toBe(1);
    expect(await radar.locator('.radar-dot').count()).toBe(4);
    // The value under the pointer, in a tooltip as well as in the table beside the chart.
    await radar.locator('.radar-dot[data-axis="inclusion"]').hover();
    await page.locator('.chart-tooltip').getByText('Sociale inclusie').waitFor();
    await screenshot(page, 'radar', { top: page.getByRole('heading', { name: 'Radargrafiek' }) });

    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByRole('checkbox', { name: 'Nijmegen-Oost' }).check();
    await page.getByRole('checkbox', { name: 'Dukenburg' }).check();
    const overlay = page.getByRole('img', { name: 'Nijmegen-Oost, Dukenburg: vier condities' });
    await overlay.waitFor();
    expect(await overlay.locator('.radar-shape').count()).toBe(2);
    const legend = page.getByRole('list', { name: 'Legenda' });
    for (const entry of ['Nijmegen-Oost', 'Dukenburg', 'Referentiegemiddelde (100)'])
      await legend.getByText(entry).waitFor();
    await screenshot(page, 'radar-overlay', { top: page.getByRole('heading', { name: 'Radargrafiek' }) });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG opslaan' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nijmegen-oost-dukenburg-vier-condities-\d{4}-\d{2}-\d{2}\.svg$/);
    const saved = path.join(folder, download.suggestedFilename());
    await download.saveAs(saved);
    const file = await e2e.browser().newPage({ viewport: { width: 880, height: 860 } });
    await file.goto(`file://${saved}`);
    for (const text of [
      'Nijmegen-Oost, Dukenburg: vier condities',
      'Referentiegemiddelde (100)',
      `Bron: ${SURVEY}, Werkbank Sociale Kwaliteit`,
    ]) {
      expect(await file.locator('svg > text', { hasText: text }).first().isVisible(), text).toBe(true);
    }
    expect(await file.locator('svg svg path[stroke-dasharray="12 6"]').count()).toBeGreaterThan(0);
    await screenshot(file, 'export-svg', { exported: true });
    await file.close();

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG opslaan (2×)' }).click(),
    ]);
    const pngFile = path.join(folder, png.suggestedFilename());
    await png.saveAs(pngFile);
    const bytes = readFileSync(pngFile);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the size of the SVG, for print.
    const svgSize = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(readFileSync(saved, 'utf8'));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([
      2 * Number(svgSize?.[1]),
      2 * Number(svgSize?.[2]),
    ]);

    await page.getByRole('button', { name: 'Alle gebieden' }).click();
    const multiples = page.getByRole('list', { name: 'Profielen van alle gebieden over de vier condities' });
    await expect.poll(() => multiples.getByRole('listitem').count()).toBe(9);
    await multiples.getByText('onder publicatiedrempel').waitFor();
    await page.getByLabel('Sorteren op').selectOption({ label: 'Sociale cohesie (hoog naar laag)' });
    await page.getByRole('button', { name: 'Partner', exact: true }).click();
    await multiples.getByRole('img', { name: /Nijmegen-Noord: niet getoond/ }).waitFor();
    expect(await multiples.getByRole('listitem').first().getByRole('button').textContent()).toBe('Nijmegen-Oost');
    expect(await multiples.locator('.radar-shape').count()).toBe(8);
    expect(await horizontalOverflow(page)).toBe(false);
    await screenshot(page, 'small-multiples', { top: page.getByRole('heading', { name: 'Radargrafiek' }) });
    await page.close();
  });

  it('keeps the mapping table’s remove buttons whole when the table is wider than its box (1366×768 at 125% zoom)', async () => {
    const { page } = await e2e.openExample();
    await page.setViewportSize({ width: 1093, height: 614 });
    await page.getByRole('tab', { name: 'Indicatoren' }).click();
    const mappings = page.getByRole('table', { name: 'Alle koppelingen (alle datasets)' });
    await mappings.getByRole('button', { name: 'Koppeling van zek_rondkomen verwijderen' }).waitFor();
    const box = await page
      .locator('.mapping-table .scroll-table')
      .evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    // The table is wider than its box here, so the buttons at its right edge are the ones a box would cut.
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    expect(await clippedButtons(page)).toEqual([]);
    await page.close();
  });
});
