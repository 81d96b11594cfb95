import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { useBrowserHost } from './browser-host';

const e2e = useBrowserHost();
const tempFolder = e2e.tempFolder;

/** A small survey as a Dutch spreadsheet writes it: a respondent per line, two categories to cross. */
function surveyCsv(): string {
  const lines = ['respondent;buurtcode;geslacht;leeftijdsgroep'];
  for (let i = 1; i <= 120; i++) {
    lines.push(
      [i, `BU0268${String(i % 3).padStart(4, '0')}`, i % 2 ? 'vrouw' : 'man', ['jong', 'midden', 'oud'][i % 3]].join(
        ';',
      ),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A fresh project served in browser mode, open on the Data section. */
async function servedProject(name: string) {
  const folder = tempFolder();
  const project = path.join(folder, `${name}.skw`);
  expect(runCli(['init', project], folder).status).toBe(0);
  const host = await e2e.serve(project, folder);
  const page = await e2e.browser().newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return { folder, page, importFolder: path.join(folder, `${name}.bestanden`) };
}

/**
 * Drags a file over the Data section and drops it, as the browser does for a file from the desktop: real
 * DragEvents carrying a DataTransfer that holds a File. `between` runs while the file is over the page.
 */
async function dropFile(
  page: Page,
  name: string,
  content: string,
  between?: () => Promise<void>,
  // Wherever the pointer is over the Data section: by default its heading, the first thing on it.
  target: Locator = page.getByRole('main').getByRole('heading', { level: 2 }).first(),
) {
  const transfer = await page.evaluateHandle(
    ({ name, content }) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: 'text/csv' }));
      return data;
    },
    { name, content },
  );
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await between?.();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

describe('files picked, dropped and downloaded in the browser', () => {
  it('starts the import wizard with a file dropped on the Data section, keeps it in the import folder, and imports it', async () => {
    const { page, importFolder } = await servedProject('Buurtpeiling');
    const csv = surveyCsv();
    await dropFile(page, 'peiling 2025.csv', csv, async () => {
      await page.getByText('Laat het bestand los om het te importeren').waitFor();
    });
    expect(await page.getByText('Laat het bestand los om het te importeren').count()).toBe(0);

    const wizard = page.getByRole('region', { name: 'Gegevens importeren' });
    await wizard.getByRole('heading', { name: 'Voorbeeld', exact: true }).waitFor();
    const kept = path.join(importFolder, 'peiling 2025.csv');
    await wizard.getByText(kept, { exact: true }).waitFor();
    expect(readFileSync(kept, 'utf8')).toBe(csv);
    expect(await wizard.getByLabel('Scheidingsteken').inputValue()).toBe(';');

    await wizard.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'peiling 2025' }).waitFor({ timeout: 60_000 });

    // The same name again: the first file stays as it is, the second is kept beside it, and the app says so.
    await dropFile(page, 'peiling 2025.csv', csv.replace('vrouw', 'anders'));
    await wizard.getByRole('heading', { name: 'Voorbeeld', exact: true }).waitFor();
    const second = path.join(importFolder, 'peiling 2025 (2).csv');
    await wizard
      .getByText(
        `Er stond al een bestand peiling 2025.csv in de map van het project; dit bestand is bewaard als peiling 2025 (2).csv (${second}).`,
      )
      .waitFor();
    expect(readFileSync(kept, 'utf8')).toBe(csv);
    expect(readFileSync(second, 'utf8')).toContain('anders');
  });

  it("takes a file dropped on the import wizard's file field, once, and ends the Data section's hint", async () => {
    const { page, importFolder } = await servedProject('Veld');
    await page.getByRole('button', { name: 'Gegevens importeren…' }).click();
    const wizard = page.getByRole('region', { name: 'Gegevens importeren' });
    await dropFile(
      page,
      'veld.csv',
      surveyCsv(),
      async () => {
        await page.getByText('Laat het bestand los om het te importeren').waitFor();
      },
      wizard.getByLabel('Pad van het gegevensbestand'),
    );
    await wizard.getByRole('heading', { name: 'Voorbeeld', exact: true }).waitFor();
    await wizard.getByText(path.join(importFolder, 'veld.csv'), { exact: true }).waitFor();
    expect(await page.getByText('Laat het bestand los om het te importeren').count()).toBe(0);
    // The field took the file; the Data section did not upload it a second time.
    expect(readdirSync(importFolder)).toEqual(['veld.csv']);
  });

  it("takes a file from the import wizard's file picker", async () => {
    const { page, importFolder } = await servedProject('Kiezen');
    await page.getByRole('button', { name: 'Gegevens importeren…' }).click();
    const wizard = page.getByRole('region', { name: 'Gegevens importeren' });
    await wizard.getByText('of sleep een bestand hierheen').waitFor();
    await wizard.locator('input[type=file]').setInputFiles({
      name: 'gekozen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(surveyCsv()),
    });
    await wizard.getByRole('heading', { name: 'Voorbeeld', exact: true }).waitFor();
    await wizard.getByText(path.join(importFolder, 'gekozen.csv'), { exact: true }).waitFor();
    expect(existsSync(path.join(importFolder, 'gekozen.csv'))).toBe(true);
  });

  it('downloads the codebook and a cross-table as normal browser downloads', async () => {
    const { page, folder } = await servedProject('Downloads');
    await page.getByRole('tab', { name: 'Codeboek' }).click();
    const [codebook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Downloaden', exact: true }).click(),
    ]);
    expect(codebook.suggestedFilename()).toBe('codeboek.qdc');
    const qdc = path.join(folder, 'gedownload.qdc');
    await codebook.saveAs(qdc);
    expect(readFileSync(qdc, 'utf8')).toContain('<CodeBook');
    await page.getByRole('status').filter({ hasText: 'Gedownload als codeboek.qdc.' }).waitFor();

    await page.getByRole('tab', { name: 'Data' }).click();
    await dropFile(page, 'peiling.csv', surveyCsv());
    const wizard = page.getByRole('region', { name: 'Gegevens importeren' });
    await wizard.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'peiling' }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page.getByLabel('Dataset', { exact: true }).selectOption('peiling');
    await page.getByRole('tab', { name: 'Kruistabellen' }).click();
    await page.getByLabel('Rijen', { exact: true }).selectOption('leeftijdsgroep');
    await page.getByLabel('Kolommen', { exact: true }).selectOption('geslacht');
    await page.getByRole('table', { name: /^leeftijdsgroep × geslacht/ }).waitFor();
    const [table] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV-bestand (Excel NL) downloaden' }).click(),
    ]);
    expect(table.suggestedFilename()).toMatch(/^kruistabel-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = path.join(folder, table.suggestedFilename());
    await table.saveAs(csv);
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // 120 respondents: each age group 40, half of them women (worked out from surveyCsv, not by the app).
    expect(text.split('\r\n')).toContain('jong;20;20;40');
    await page
      .getByRole('status')
      .filter({ hasText: `Gedownload als ${table.suggestedFilename()}.` })
      .waitFor();
  });
});
