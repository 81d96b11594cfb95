import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';

describe('cross-tabs in the browser', () => {
  it('builds a weighted wijk × geslacht table, shows column percentages and exports a Dutch CSV and an SVG with small cells hidden', async () => {
    const { page, folder } = await e2e.openExample();
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
    await screenshot(page, 'crosstab', { top: page.getByRole('group', { name: 'Celinhoud' }) });

    // Exports are partner-facing whatever the screen shows.
    await page.getByLabel('Bestand', { exact: true }).fill(path.join(folder, 'wijk-geslacht'));
    await page.getByRole('button', { name: 'CSV (Excel NL)' }).click();
    const saved = path.join(folder, 'wijk-geslacht.csv');
    await page
      .getByRole('status')
      .filter({ hasText: `Opgeslagen als ${saved}.` })
      .waitFor();
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

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kruistabel-wijkcode-geslacht-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgFile = path.join(folder, download.suggestedFilename());
    await download.saveAs(svgFile);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).toContain(`Bron: ${SURVEY}, Werkbank Sociale Kwaliteit`);
    expect(svg).toContain('Gewogen naar weging');
    expect(svg).toContain(
      'Cellen met minder dan 10 respondenten en cellen waaruit die terug te rekenen zijn, worden niet getoond.',
    );
    expect(svg).toContain('&lt;10');
    const image = await e2e.browser().newPage({ viewport: { width: 1000, height: 760 } });
    await image.goto(`file://${svgFile}`);
    await screenshot(image, 'crosstab-svg', { exported: true });
    await image.close();

    // The partner view on screen hides the same cells, and colours by residual where figures remain.
    await page.getByRole('button', { name: 'Partner' }).click();
    await page
      .getByText(
        'Cellen met minder dan 10 respondenten en cellen waaruit die terug te rekenen zijn, worden niet getoond.',
      )
      .waitFor();
    await page.getByLabel('Kleuring').selectOption('residual');
    await page.getByRole('radio', { name: 'Aantal' }).check();
    await noord.locator('td', { hasText: '<10' }).first().waitFor();
    await screenshot(page, 'crosstab-partner', { top: page.getByText('Kleur naar gestandaardiseerd residu') });
    await page.close();
  });
});
