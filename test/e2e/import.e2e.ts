import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { screenshot, useBrowserHost } from './browser-host';

const e2e = useBrowserHost();
const tempFolder = e2e.tempFolder;

/** Large enough that the import runs for a while, so its progress is on screen. */
const ROWS = 200_000;
const remarks = ['Prettige buurt', 'Café om de hoek is fijn', '', 'Weinig contact met de buren', 'Geën parkeerplek'];

interface Generated {
  file: string;
  meanSatisfaction: number;
  meanIncome: number;
  incomeMissing: number;
}

/**
 * A survey export as a Dutch Windows machine writes it (`;`, decimal comma, Windows-1252), with the
 * expected descriptives computed here from the generated values, not by the app.
 */
function writeSurvey(folder: string): Generated {
  const lines = ['respondent;buurtcode;leeftijd;tevredenheid;inkomen;opmerking'];
  let satisfactionSum = 0;
  let incomeSum = 0;
  let incomeCount = 0;
  for (let i = 1; i <= ROWS; i++) {
    const satisfaction = i % 7 === 0 ? 2 : 1 + (i % 5);
    satisfactionSum += satisfaction;
    const hasIncome = i % 50 !== 0;
    const cents = 150_000 + ((i * 7919) % 400_000);
    if (hasIncome) {
      incomeSum += cents / 100;
      incomeCount++;
    }
    const income = hasIncome ? `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}` : '';
    lines.push(
      [
        i,
        `BU0363${String(i % 40).padStart(4, '0')}`,
        18 + (i % 70),
        satisfaction,
        income,
        remarks[i % remarks.length],
      ].join(';'),
    );
  }
  const file = path.join(folder, 'buurtenquête-2024.csv');
  writeFileSync(file, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
  return {
    file,
    meanSatisfaction: satisfactionSum / ROWS,
    meanIncome: incomeSum / incomeCount,
    incomeMissing: ROWS - incomeCount,
  };
}

/** A new project with the generated survey, served, and the import wizard showing its preview. */
async function previewSurvey(projectName: string) {
  const folder = tempFolder();
  const project = path.join(folder, projectName);
  expect(runCli(['init', project], folder).status).toBe(0);
  const data = writeSurvey(folder);
  const host = await e2e.serve(project, folder);
  const page = await e2e.browser().newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Gegevens importeren…' }).click();
  await page.getByLabel('Pad van het gegevensbestand').fill(data.file);
  await page.getByRole('button', { name: 'Voorbeeld tonen', exact: true }).click();
  return { folder, project, data, host, page, wizard: page.getByRole('region', { name: 'Gegevens importeren' }) };
}

/** A count as Chromium writes it in Dutch: groups of three with a point (`4.000`, `196.000`). */
const dutchCount = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** A mean as the variable view shows it: two decimals after a comma, not grouped, like min and max beside it. */
/** Two decimals after a comma; thousands grouped with a point from five digits on (19.117,22, but 7,50). */
const dutchMean = (value: number) => {
  const [whole, decimals] = value.toFixed(2).split('.');
  const grouped = whole!.replace('-', '').length >= 5 ? whole!.replace(/\B(?=(\d{3})+$)/g, '.') : whole;
  return `${grouped},${decimals}`;
};

describe('import in the browser', () => {
  it('previews a file, imports it with a changed type while showing progress, and shows its variables', async () => {
    const { data, host, page, wizard } = await previewSurvey('Buurtonderzoek.skw');
    await wizard.getByRole('heading', { name: 'Voorbeeld', exact: true }).waitFor();
    expect(await wizard.getByLabel('Tekenset').inputValue()).toBe('windows-1252');
    expect(await wizard.getByLabel('Scheidingsteken').inputValue()).toBe(';');
    expect(await wizard.getByLabel('Decimaalteken').inputValue()).toBe(',');
    const preview = wizard.getByRole('table', { name: 'Voorbeeld van de eerste rijen' });
    const firstRow = preview.getByRole('row').nth(2);
    expect(await firstRow.getByRole('rowheader').textContent()).toBe('2');
    // Stored values in Dutch: a decimal comma, no grouping (ids and codes are values too).
    expect(await firstRow.getByRole('cell').allTextContents()).toEqual([
      '1',
      'BU03630001',
      '19',
      '2',
      '1579,19',
      'Café om de hoek is fijn',
    ]);

    const satisfactionType = wizard.getByRole('combobox', { name: 'Type van tevredenheid' });
    expect(await satisfactionType.inputValue()).toBe('category');
    await satisfactionType.selectOption('number');
    await expect.poll(() => satisfactionType.inputValue()).toBe('number');
    await expect.poll(() => wizard.getByRole('checkbox', { name: 'tevredenheid: ordinaal' }).count()).toBe(0);
    // The settings and the first rows together, as a user sees them after scrolling to the preview.
    await wizard
      .getByRole('heading', { name: 'Voorbeeld', exact: true })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'import-preview');

    await wizard.getByRole('button', { name: 'Importeren', exact: true }).click();
    const progress = wizard.getByRole('progressbar', { name: /Voortgang van het importeren/ });
    await progress.waitFor();
    expect(await wizard.getByText(/^[\d.]+ rijen · \d+% · [\d.]+ rijen\/s$/).count()).toBe(1);

    const heading = page.getByRole('heading', { level: 2, name: 'buurtenquête-2024' });
    await heading.waitFor({ timeout: 60_000 });
    await page.getByText('Enquête · 200.000 rijen · 6 variabelen').waitFor();
    const variables = page.getByRole('table', { name: 'Variabelen van buurtenquête-2024' });
    const cells = (name: string) =>
      variables
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByRole('cell')
        .allTextContents();

    const satisfaction = await cells('tevredenheid');
    expect(satisfaction.slice(1, 9)).toEqual([
      'Getal',
      '',
      dutchCount(ROWS),
      '0',
      dutchMean(data.meanSatisfaction),
      '1',
      '5',
      '5',
    ]);
    const income = await cells('inkomen');
    expect(income.slice(1, 6)).toEqual([
      'Getal',
      '',
      dutchCount(ROWS - data.incomeMissing),
      dutchCount(data.incomeMissing),
      dutchMean(data.meanIncome),
    ]);
    const area = await cells('buurtcode');
    expect(area.slice(1, 5)).toEqual(['Categorie', 'gebiedscode', '200.000', '0']);
    await screenshot(page, 'variable-view');

    await page.getByRole('button', { name: /Terug naar de datasets/ }).click();
    const list = page.getByRole('table', { name: 'Datasets' });
    expect(
      await list
        .getByRole('row', { name: /buurtenquête-2024/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Enquête', '200.000', '6']);
    await page.close();
    // Before the temporary folder is removed: the host keeps the project open.
    await host.stop();
  });

  it('cancels a running import and leaves the project as it was', async () => {
    const { folder, project, host, page, wizard } = await previewSurvey('Annuleren.skw');
    await wizard.getByRole('button', { name: 'Importeren', exact: true }).click();
    await wizard.getByRole('progressbar').waitFor();
    await wizard.getByRole('button', { name: 'Annuleren', exact: true }).click();

    await wizard.getByText('Geannuleerd; het project is niet gewijzigd.').waitFor({ timeout: 30_000 });
    expect(await wizard.getByRole('heading', { name: 'Importeren geannuleerd' }).count()).toBe(1);
    await wizard.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByText('Dit project bevat nog geen datasets.').waitFor();
    await page.close();
    await host.stop();
    expect(runCli(['datasets', project, '--json'], folder).stdout.trim()).toBe('[]');
  });
});
