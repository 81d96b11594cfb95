import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { surveyItems } from '../../engine/example/generate-survey';
import { horizontalOverflow, screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const SURVEY = 'Bewonersenquête Nijmegen (gegenereerd)';

describe('profiles from codings in the browser', () => {
  it('shows where the auto-coded open answers of the example point beside where its survey figures point, each radar with its table', async () => {
    const { page, folder } = await e2e.openExample();
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByLabel('Dataset', { exact: true }).selectOption(SURVEY);
    // The figures: the example comes with the survey's twelve Likert items mapped, and four GGD indicators.
    const mappings = page.getByRole('table', { name: 'Alle koppelingen (alle datasets)' });
    await page.getByRole('tab', { name: 'Indicatoren' }).click();
    await expect
      .poll(() => mappings.getByRole('button', { name: /^Koppeling van .* verwijderen$/ }).count())
      .toBe(surveyItems.length + 4);

    await page.getByRole('tab', { name: 'Woorden en cijfers' }).click();
    // The example's open answers are auto-coded when it is built, so the words show at once.
    const coder = page.getByLabel('Codeur', { exact: true });
    await expect
      .poll(() => coder.locator('option:checked').textContent())
      .toBe('suggesties (automatisch): 1.185 van 1.800 records gecodeerd');
    await page.getByLabel('Gebied', { exact: true }).selectOption({ label: 'Nijmegen-Oost' });

    const figures = page.getByRole('img', { name: 'Profiel van Nijmegen-Oost: vier condities' });
    const words = page.getByRole('img', { name: 'Nijmegen-Oost: aandeel records per conditie' });
    await figures.waitFor();
    await words.waitFor();
    expect(await figures.locator('.radar-shape').count()).toBe(1);
    expect(await words.locator('.radar-shape').count()).toBe(2);
    // The share scale ends at the ring above the highest share of any area (Nijmegen-Midden's 55,7%).
    expect(await words.locator('text:not(.radar-label)').last().textContent()).toBe('80%');
    const figuresBox = (await figures.boundingBox())!;
    const wordsBox = (await words.boundingBox())!;
    expect(wordsBox.x).toBeGreaterThan(figuresBox.x + figuresBox.width - 1);
    expect(Math.abs(wordsBox.y - figuresBox.y)).toBeLessThan(2);

    const figuresTable = page.getByRole('table', { name: 'Profiel van Nijmegen-Oost: vier condities' });
    const wordsTable = page.getByRole('table', { name: 'Nijmegen-Oost: aandeel records per conditie' });
    expect(await figuresTable.getByRole('row').count()).toBe(5);
    expect(await wordsTable.getByRole('columnheader').allTextContents()).toEqual([
      'Conditie',
      'Nijmegen-Oost (n = 244)',
      'Alle gecodeerde records (n = 1.185)',
    ]);
    expect(
      await wordsTable
        .getByRole('row', { name: /Sociale inclusie/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['73,0%', '44,9%']);
    expect(await horizontalOverflow(page)).toBe(false);
    // Tall enough for the radars with their legends and tables, from the view's tab on.
    await page.setViewportSize({ width: 1280, height: 1560 });
    await screenshot(page, 'words-and-figures', {
      top: page.getByRole('tablist', { name: 'Onderdelen van de analyse' }),
    });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The words radar as a file that stands on its own: title, legend with both series, the source.
    const wordsPanel = page.getByRole('region', { name: 'Waar de woorden wijzen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      wordsPanel.getByRole('button', { name: 'SVG opslaan' }).click(),
    ]);
    const saved = path.join(folder, download.suggestedFilename());
    await download.saveAs(saved);
    const file = await e2e.browser().newPage({ viewport: { width: 880, height: 860 } });
    await file.goto(`file://${saved}`);
    for (const text of [
      'Nijmegen-Oost: aandeel records per conditie',
      'Nijmegen-Oost (n = 244)',
      'Alle gecodeerde records (n = 1.185)',
      `Bron: ${SURVEY}, Werkbank Sociale Kwaliteit`,
    ]) {
      expect(await file.locator('svg > text', { hasText: text }).first().isVisible(), text).toBe(true);
    }
    await screenshot(file, 'words-export-svg', { exported: true });
    await file.close();

    await page.getByRole('button', { name: 'Over elkaar (als index)' }).click();
    const overlay = page.getByRole('img', { name: 'Nijmegen-Oost: cijfers en woorden als index' });
    await overlay.waitFor();
    expect(await overlay.locator('.radar-shape').count()).toBe(2);
    await page.getByText(/gestandaardiseerd over de 8 gebieden met minstens 10 gecodeerde records/).waitFor();
    expect(await horizontalOverflow(page)).toBe(false);
    // Every column of the figures beside the radar shows without scrolling its box, at both window sizes.
    const overlayFigures = page.getByRole('region', { name: 'Nijmegen-Oost: cijfers en woorden als index' });
    const size = page.viewportSize()!;
    for (const at of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(at);
      await expect
        .poll(() => overlayFigures.evaluate((box) => box.scrollWidth - box.clientWidth), {
          message: `${at.width}: figures cut off`,
        })
        .toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(size);
    await screenshot(page, 'words-and-figures-overlay', {
      top: page.getByRole('heading', { name: 'Cijfers en woorden op één schaal' }),
    });
    await page.close();
  });
});
