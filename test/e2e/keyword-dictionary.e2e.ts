import { describe, expect, it } from 'vitest';
import { horizontalOverflow, screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();

describe('keyword dictionary in the browser', () => {
  it('adds a keyword to a code, marks the words of a test sentence that hit, and auto-codes the example survey with it', async () => {
    const { page } = await e2e.openExample();
    await page.getByRole('tab', { name: 'Codeboek' }).click();
    await page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', { name: 'werk', exact: true }).click();
    const keywords = page.getByRole('region', { name: 'Gekozen code' }).getByRole('region', { name: 'Trefwoorden' });
    await keywords.getByLabel('Trefwoord toevoegen').fill('vacature*');
    await keywords.getByLabel('Trefwoord toevoegen').press('Enter');
    await keywords.getByRole('button', { name: 'Trefwoord vacature* verwijderen' }).waitFor();

    const tools = page.getByRole('region', { name: 'Trefwoorden testen en automatisch coderen' });
    await tools
      .getByLabel('Typ een zin')
      .fill('Geen vacatures voor mij, en ik voel me eenzaam sinds de buren weg zijn.');
    expect(await tools.locator('mark').allTextContents()).toEqual(['vacatures', 'eenzaam', 'buren']);
    await tools.getByText('Voorgestelde condities: Sociaaleconomische zekerheid, Sociale cohesie').waitFor();

    await tools.getByRole('button', { name: 'Automatisch coderen' }).click();
    await tools
      .getByText(
        /^1\.185 records gelezen: .* opgeslagen onder de codeur ‘suggesties’\. 615 records zonder tekst bleven ongecodeerd\.$/,
      )
      .waitFor();
    expect(await horizontalOverflow(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 1500 });
    await screenshot(page, 'keywords', { top: keywords });
    await page.close();
  });
});
