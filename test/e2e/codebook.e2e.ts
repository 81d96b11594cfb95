import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { childElements, parseXml } from '../unit/codebook/parse-xml';
import { fixtures } from '../unit/codebook/codebook-harness';
import { screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();
const tempFolder = e2e.tempFolder;

describe('codebook in the browser', () => {
  it('adds a sub-code, exports a REFI-QDA codebook with it, and imports one from MAXQDA', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'Wijkprofiel Oost.skw');
    expect(runCli(['init', project], folder).status).toBe(0);
    const host = await e2e.serve(project, folder);
    const page = await e2e.browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);

    await page.getByRole('tab', { name: 'Codeboek' }).click();
    const tree = page.getByRole('tree', { name: 'Codes' });
    await tree.getByRole('treeitem', { name: 'financiële middelen', exact: true }).click();
    const details = page.getByRole('region', { name: 'Gekozen code' });
    await details.getByRole('button', { name: 'Subcode toevoegen' }).click();
    await details.getByLabel('Naam (Nederlands)').fill('Huurachterstand');
    await details.getByLabel('Naam (Engels)').fill('Rent arrears');
    await details
      .getByLabel('Beschrijving (Nederlands)')
      .fill('Achterstand met de huur.\nOok: dreigende uithuiszetting.');
    await details.getByRole('button', { name: 'Toevoegen' }).click();
    const added = tree.getByRole('treeitem', { name: 'Huurachterstand' });
    await added.waitFor();
    expect(await added.getAttribute('aria-selected')).toBe('true');

    await details.getByRole('radio', { name: 'Vermiljoen', exact: true }).check();
    await details.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Opgeslagen als versie 3.').waitFor();

    const exported = path.join(folder, 'codeboek-oost');
    await page.getByLabel('Pad van het nieuwe .qdc-bestand').fill(exported);
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await page.getByText(`23 codes en 0 sets geëxporteerd naar ${exported}.qdc.`).waitFor();

    const document = parseXml(readFileSync(`${exported}.qdc`, 'utf8'));
    expect(document.documentElement.localName).toBe('CodeBook');
    expect(document.documentElement.namespaceURI).toBe('urn:QDA-XML:codebook:1.0');
    const arrears = Array.from(document.getElementsByTagName('Code')).find(
      (code) => code.getAttribute('name') === 'Huurachterstand',
    );
    expect(arrears?.getAttribute('color')).toBe('#D55E00');
    expect(arrears?.getAttribute('isCodable')).toBe('true');
    expect(arrears?.getAttribute('guid')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(childElements(arrears as Element, 'Description')[0]?.textContent).toBe(
      'Achterstand met de huur.\nOok: dreigende uithuiszetting.\n\n[EN] Rent arrears',
    );
    expect(arrears?.parentElement?.getAttribute('name')).toBe('financiële middelen');
    expect(arrears?.parentElement?.parentElement?.getAttribute('name')).toBe('Sociaaleconomische zekerheid');

    await page.getByLabel('Pad van het .qdc-bestand').fill(path.join(fixtures, 'maxqda-style.qdc'));
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('6 codes toegevoegd, 0 bijgewerkt, 0 ongewijzigd.').waitFor();
    await tree.getByRole('treeitem', { name: 'Ontmoeting in het café' }).waitFor();

    await added.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'codebook');
    await page.close();
  });

  it('at 1366×768 the tree holds all its codes and the chosen code’s name and buttons fit their boxes', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'passend.skw');
    expect(runCli(['init', project], folder).status).toBe(0);
    const host = await e2e.serve(project, folder);
    const page = await e2e.browser().newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Codeboek' }).click();
    const tree = page.getByRole('tree', { name: 'Codes' });
    await tree.getByText('Sociaaleconomische zekerheid', { exact: true }).click();
    const details = page.getByRole('region', { name: 'Gekozen code' });
    const name = details.getByLabel('Naam (Nederlands)');
    expect(await name.inputValue()).toBe('Sociaaleconomische zekerheid');
    const fits = (element: HTMLElement) => element.scrollWidth <= element.clientWidth;
    expect(await name.evaluate(fits)).toBe(true);
    for (const button of await details.getByRole('button').all()) {
      if (await button.isVisible())
        expect(await button.evaluate(fits), (await button.textContent()) ?? undefined).toBe(true);
    }

    // The tree's box is as tall as its codes: none hidden below its edge, and one page scroll shows the last.
    const box = await tree.boundingBox();
    const empowerment = tree.getByText('Sociale empowerment', { exact: true });
    const item = await empowerment.boundingBox();
    expect(box && item && item.y >= box.y && item.y + item.height <= box.y + box.height).toBe(true);
    await empowerment.scrollIntoViewIfNeeded();
    const shown = await empowerment.boundingBox();
    expect(shown && shown.y >= 0 && shown.y + shown.height <= 768).toBe(true);
    const listNow = await tree.boundingBox();
    expect(shown && listNow && shown.y + shown.height <= listNow.y + listNow.height).toBe(true);
    await page.close();
  });

  it('refuses a malformed codebook with a message that names the file and the line', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'kapot.skw');
    expect(runCli(['init', project], folder).status).toBe(0);
    const host = await e2e.serve(project, folder);
    const page = await e2e.browser().newPage();
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Codeboek' }).click();
    const file = path.join(folder, 'project.qdc');
    writeFileSync(file, '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n<Code guid="x">\n</CodeBook>');
    await page.getByLabel('Pad van het .qdc-bestand').fill(file);
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${file}, regel 4: geen geldig XML`);
    // The project is unchanged: still the first version, the default codebook.
    expect(await page.getByRole('heading', { name: 'Codeboek Versie 1' }).count()).toBe(1);
    await page.close();
  });
});
