import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { realFilePath } from '../helpers/real-files';
import { clippedButtons, clippedElements, cutSelects, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * The page's width against the window's, where the view's main content (data-main-content) begins, and how
 * many tables are not in a ScrollTable's box.
 */
function measure(page: Page) {
  return page.evaluate(() => {
    const main = [...document.querySelectorAll('[data-main-content]')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .sort((a, b) => a.top - b.top)[0];
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      innerHeight,
      mainTop: main ? main.top + scrollY : null,
      // Every table scrolls in its own box the one way (ScrollTable), with its sticky header and first column.
      bareTables: [...document.querySelectorAll('table')].filter((table) => !table.closest('.scroll-table')).length,
    };
  });
}

async function expectWorkbench(page: Page, view: string) {
  await page.waitForTimeout(300);
  const figures = await measure(page);
  expect(figures.scrollWidth, `${view}: page wider than the window`).toBeLessThanOrEqual(figures.innerWidth);
  expect(figures.mainTop, `${view}: no main content`).not.toBeNull();
  expect(figures.mainTop!, `${view}: main content below the upper half`).toBeLessThan(figures.innerHeight / 2);
  expect(await clippedButtons(page), `${view}: buttons cut off`).toEqual([]);
  expect(figures.bareTables, `${view}: a table outside a ScrollTable`).toBe(0);
}

describe('the workbench layout', () => {
  it('puts every section’s and sub-view’s main content in the upper half of the window, never wider than it, at 1366×768 and 1920×1080', async () => {
    const { page } = await e2e.openExample();
    for (const size of sizes) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      const at = `${size.width}×${size.height}`;

      await page.getByRole('tab', { name: 'Data', exact: true }).click();
      await page.getByRole('table', { name: 'Datasets' }).waitFor();
      await expectWorkbench(page, `${at} Data`);

      await page.getByRole('tab', { name: 'Codeboek', exact: true }).click();
      await page.getByRole('tree').waitFor();
      await expectWorkbench(page, `${at} Codeboek`);

      await page.getByRole('tab', { name: 'Coderen', exact: true }).click();
      const name = page.getByLabel('Jouw naam');
      const grid = page.getByRole('grid', { name: 'Records om te coderen' });
      // The first time the coder's name is asked; then the grid is there straight away.
      await name.or(grid).waitFor();
      if (await name.isVisible()) {
        await name.fill('Lay');
        await page.keyboard.press('Enter');
      }
      await page.getByRole('tab', { name: 'Coderen (blind)', exact: true }).click();
      await grid.locator('[aria-rowindex="2"]').waitFor();
      await expectWorkbench(page, `${at} Coderen / Coderen (blind)`);
      // Every column fits the grid's box: its Status read "✓ gecodee" when the columns were wider than the box.
      expect(
        await clippedElements(page, '[role=grid] [role=columnheader], [role=grid] [role=gridcell]'),
        `${at} Coderen: grid cells cut off`,
      ).toEqual([]);
      if (size.width === 1366) {
        const shown = await page.evaluate(() => {
          const box = document.querySelector('[role=grid]')!.getBoundingClientRect();
          const bottom = Math.min(box.bottom, innerHeight);
          const rows = [...document.querySelectorAll('[role=grid] [role=row]:not([aria-rowindex="1"])')].filter(
            (row) => row.getBoundingClientRect().top >= box.top && row.getBoundingClientRect().bottom <= bottom,
          ).length;
          const inView = (selector: string) => {
            const element = document.querySelector(selector)?.getBoundingClientRect();
            return element !== undefined && element.top >= 0 && element.top < innerHeight;
          };
          return { rows, focus: inView('.focus-view'), codes: inView('.code-picker'), scrollY };
        });
        expect(shown.scrollY).toBe(0);
        expect(shown.rows).toBeGreaterThanOrEqual(8);
        expect(shown.focus).toBe(true);
        expect(shown.codes).toBe(true);
      }

      // The agreement table's panel is the comparison's main thing, also while fewer than two coders are chosen.
      await page.getByRole('tab', { name: 'Vergelijken met andere codeurs', exact: true }).click();
      await page.getByRole('heading', { name: 'Overeenstemming per conditie' }).waitFor();
      await expectWorkbench(page, `${at} Coderen / Vergelijken`);

      await page.getByRole('tab', { name: 'Analyse', exact: true }).click();
      for (const view of ['Indicatoren', 'Profielen', 'Woorden en cijfers']) {
        await page.getByRole('tab', { name: view, exact: true }).click();
        await page.locator('[data-main-content]').first().waitFor();
        await expectWorkbench(page, `${at} Analyse / ${view}`);
      }
      // The mapping table's selects show their chosen condition, domain and direction whole.
      await page.getByRole('tab', { name: 'Indicatoren', exact: true }).click();
      await page.locator('.mapping-table select').first().waitFor();
      expect(await cutSelects(page, '.mapping-table select'), `${at} Indicatoren: mapping cut off`).toEqual([]);
      await page.getByRole('tab', { name: 'Kruistabellen', exact: true }).click();
      await page.getByLabel('Rijen', { exact: true }).selectOption('wijkcode');
      await page.getByLabel('Kolommen', { exact: true }).selectOption('geslacht');
      await page.getByRole('table', { name: /^wijkcode × geslacht/ }).waitFor();
      await expectWorkbench(page, `${at} Analyse / Kruistabellen`);

      // The Sessie section's main element: its empty state (no session yet in the example), else the agenda.
      await page.getByRole('tab', { name: 'Sessie', exact: true }).click();
      await page.locator('#section-panel-session [data-main-content]').first().waitFor();
      await expectWorkbench(page, `${at} Sessie`);

      await page.getByRole('tab', { name: 'Analyse', exact: true }).click();
      await page.getByRole('tab', { name: 'Profielen', exact: true }).click();
      const radar = page.locator('.radar-view__chart svg').first();
      await radar.waitFor();
      // The figures' table beside the chart wraps its names rather than hiding its figures (it was 24rem wide at least).
      const figures = page.getByRole('region', { name: /^Profiel van .*: vier condities$/ });
      expect(
        await figures.evaluate((box) => box.scrollWidth <= box.clientWidth),
        `${at} the radar's figures cut off`,
      ).toBe(true);
      // The whole radar shows from the window's top, its bottom label included, in both audiences' views.
      for (const audience of ['Partner', 'Onderzoeker']) {
        await page.getByRole('button', { name: audience, exact: true }).click();
        await radar.waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        const fit = await radar.evaluate((svg) => ({ bottom: svg.getBoundingClientRect().bottom, innerHeight }));
        expect(fit.bottom, `${at} Profielen, ${audience}: the radar reaches below the window`).toBeLessThanOrEqual(
          fit.innerHeight,
        );
      }
      if (size.width === 1920) {
        const drawn = await radar.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          const viewBox = (svg as SVGSVGElement).viewBox.baseVal;
          // An axis's label (a condition's name), not a ring's value.
          const label = svg.querySelector('.radar-label');
          const fontSize = Number(label ? getComputedStyle(label).fontSize.replace('px', '') : 0);
          return { width: box.width, labelPx: (fontSize * box.width) / viewBox.width };
        });
        expect(drawn.width).toBeGreaterThanOrEqual(600);
        expect(drawn.labelPx).toBeGreaterThanOrEqual(16);

        await page.getByRole('button', { name: 'Alle gebieden' }).click();
        const tops = await page
          .locator('.multiples__grid > li')
          .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
        const firstRow = tops.filter((top) => top === tops[0]).length;
        expect(firstRow).toBeGreaterThanOrEqual(4);
        await page.getByRole('button', { name: 'Eén gebied' }).click();
      }
    }
  });

  it('keeps the Data section’s wide tables (the import preview of a real file, the variable view) inside the window', async () => {
    const { page } = await e2e.openExample();
    const pageWidth = () => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
    for (const size of sizes) {
      await page.setViewportSize(size);
      const at = `${size.width}×${size.height}`;
      await page.getByRole('tab', { name: 'Data', exact: true }).click();

      await page.getByRole('button', { name: 'Bewonersenquête Nijmegen (gegenereerd)' }).click();
      await page.getByRole('table', { name: 'Variabelen van Bewonersenquête Nijmegen (gegenereerd)' }).waitFor();
      const variables = await pageWidth();
      expect(variables.scrollWidth, `${at} variable view: page wider than the window`).toBeLessThanOrEqual(
        variables.innerWidth,
      );
      // The last column can be scrolled to inside the table's own box, and then lies within the window.
      const top = page.getByRole('columnheader', { name: 'Meest voorkomend' });
      await top.scrollIntoViewIfNeeded();
      const topRight = await top.evaluate((header) => header.getBoundingClientRect().right);
      expect(topRight, `${at} variable view: "Meest voorkomend" cut off`).toBeLessThanOrEqual(variables.innerWidth);
      await page.getByRole('button', { name: 'Terug naar de datasets' }).click();

      await page.getByRole('button', { name: 'Gegevens importeren…' }).first().click();
      await page.getByLabel('Pad van het gegevensbestand').fill(realFilePath('elan-wijken-zorg-inkomen-2009-2022.csv'));
      await page.getByRole('button', { name: 'Voorbeeld tonen', exact: true }).click();
      await page.getByRole('table', { name: 'Voorbeeld van de eerste rijen' }).waitFor();
      const preview = await pageWidth();
      expect(preview.scrollWidth, `${at} import preview: page wider than the window`).toBeLessThanOrEqual(
        preview.innerWidth,
      );
      await page.getByRole('button', { name: 'Annuleren', exact: true }).click();
      await page.getByRole('table', { name: 'Datasets' }).waitFor();
    }
  });
});
