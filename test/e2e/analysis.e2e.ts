import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, screenshot, scrollToTop, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';
/** The survey's twelve Likert items, three per condition (datasets/generators/generate-survey.ts). */
const ITEMS: Record<string, string> = {
  zek_rondkomen: 'Sociaaleconomische zekerheid',
  zek_gezondheid: 'Sociaaleconomische zekerheid',
  zek_wonen: 'Sociaaleconomische zekerheid',
  inc_voorzieningen: 'Sociale inclusie',
  inc_gelijkwaardig: 'Sociale inclusie',
  inc_informatie: 'Sociale inclusie',
  coh_vertrouwen: 'Sociale cohesie',
  coh_helpen: 'Sociale cohesie',
  coh_thuis: 'Sociale cohesie',
  emp_invloed: 'Sociale empowerment',
  emp_ontwikkelen: 'Sociale empowerment',
  emp_regie: 'Sociale empowerment',
};

describe('analysis in the browser', () => {
  it('maps the survey items, shows a radar, an overlay and small multiples, and exports an SVG that stands on its own', async () => {
    const { page, folder } = await e2e.openExample();
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByLabel('Dataset', { exact: true }).selectOption(SURVEY);

    // One item by dragging it onto its condition, the rest with the keyboard-accessible select.
    const cohesion = page.getByRole('region', { name: 'Sociale cohesie' });
    await page.locator('.palette-item', { hasText: 'coh_helpen' }).dragTo(cohesion);
    await cohesion.getByText('coh_helpen').waitFor();
    for (const [item, condition] of Object.entries(ITEMS)) {
      if (item === 'coh_helpen') continue;
      await page.getByLabel(`Koppel ${item} aan een conditie`).selectOption({ label: condition });
    }
    const mappings = page.getByRole('table', { name: 'Alle koppelingen (alle datasets)' });
    await expect.poll(() => mappings.getByRole('button', { name: /^Koppeling van .* verwijderen$/ }).count()).toBe(12);
    await page.getByLabel('Domein van coh_vertrouwen').selectOption({ label: 'vertrouwen' });
    await page.locator('.variable-palette__list').evaluate((list) => list.scrollTo(0, 0));
    await scrollToTop(page.getByRole('heading', { name: 'Variabelen', exact: true }));
    expect(await horizontalOverflow(page)).toBe(false);
    await screenshot(page, 'mapping');

    await page.getByRole('tab', { name: 'Profielen' }).click();
    await page.getByLabel('Gebied', { exact: true }).selectOption({ label: 'Nijmegen-Oost' });
    const radar = page.getByRole('img', { name: 'Profiel van Nijmegen-Oost: vier condities' });
    await radar.waitFor();
    expect(await radar.locator('.radar-shape').count()).toBe(1);
    expect(await radar.locator('.radar-dot').count()).toBe(4);
    await scrollToTop(page.getByRole('heading', { name: 'Radargrafiek' }));
    // The value under the pointer, in a tooltip as well as in the table beside the chart.
    await radar.locator('.radar-dot[data-axis="inclusion"]').hover();
    await page.locator('.chart-tooltip').getByText('Sociale inclusie').waitFor();
    await screenshot(page, 'radar');

    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByRole('checkbox', { name: 'Nijmegen-Oost' }).check();
    await page.getByRole('checkbox', { name: 'Dukenburg' }).check();
    const overlay = page.getByRole('img', { name: 'Nijmegen-Oost, Dukenburg: vier condities' });
    await overlay.waitFor();
    expect(await overlay.locator('.radar-shape').count()).toBe(2);
    const legend = page.getByRole('list', { name: 'Legenda' });
    for (const entry of ['Nijmegen-Oost', 'Dukenburg', 'Referentiegemiddelde (100)']) await legend.getByText(entry).waitFor();
    await scrollToTop(page.getByRole('heading', { name: 'Radargrafiek' }));
    await screenshot(page, 'radar-overlay');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG opslaan' }).click()]);
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
    await screenshot(file, 'export-svg');
    await file.close();

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG opslaan (2×)' }).click()]);
    const pngFile = path.join(folder, png.suggestedFilename());
    await png.saveAs(pngFile);
    const bytes = readFileSync(pngFile);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the size of the SVG, for print.
    const svgSize = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(readFileSync(saved, 'utf8'));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * Number(svgSize?.[1]), 2 * Number(svgSize?.[2])]);

    await page.getByRole('button', { name: 'Alle gebieden' }).click();
    const multiples = page.getByRole('list', { name: 'Profielen van alle gebieden over de vier condities' });
    await expect.poll(() => multiples.getByRole('listitem').count()).toBe(9);
    await multiples.getByText('onder publicatiedrempel').waitFor();
    await page.getByLabel('Sorteren op').selectOption({ label: 'Sociale cohesie (hoog naar laag)' });
    await page.getByRole('button', { name: 'Partner', exact: true }).click();
    await multiples.getByRole('img', { name: /Nijmegen-Noord: niet getoond/ }).waitFor();
    expect(await multiples.getByRole('listitem').first().getByRole('button').textContent()).toBe('Nijmegen-Oost');
    expect(await multiples.locator('.radar-shape').count()).toBe(8);
    await scrollToTop(page.getByRole('heading', { name: 'Radargrafiek' }));
    expect(await horizontalOverflow(page)).toBe(false);
    await screenshot(page, 'small-multiples');
    await page.close();
  });
});
