// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realFilePath } from '../helpers/real-files';
import { createInProcessHost, type InProcessHost } from '../helpers/in-process-host';
import { makeTempFolder, renderApp } from './render-app';

/** An import runs on worker threads that start TypeScript through tsx: give them time. */
const IMPORT_TIMEOUT = { timeout: 15_000 };

interface Respondent {
  nr: number;
  buurtcode: string;
  leeftijd: number | null;
  /** Written with a decimal comma; "weet niet" is not a number. */
  rapportcijfer: string;
  toelichting: string;
}

/** A survey export as Excel writes it on a Dutch Windows machine: `;`, decimal comma, Windows-1252. */
function respondents(): Respondent[] {
  const remarks = ['Café om de hoek', 'Geën parkeerplek', 'Veel groen, rustig', ''];
  return Array.from({ length: 20 }, (_, i) => ({
    nr: i + 1,
    buurtcode: i % 2 === 0 ? 'BU03630001' : 'BU03630002',
    leeftijd: i === 2 ? null : 20 + i * 3,
    rapportcijfer: i === 5 ? 'weet niet' : `${5 + (i % 4)},${i % 2 === 0 ? '5' : '25'}`,
    toelichting: remarks[i % remarks.length]!,
  }));
}

function writeSurvey(file: string, rows: Respondent[]): void {
  const lines = [
    'nr;buurtcode;leeftijd;rapportcijfer;toelichting',
    ...rows.map((r) => [r.nr, r.buurtcode, r.leeftijd ?? '', r.rapportcijfer, r.toelichting].join(';')),
  ];
  writeFileSync(file, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
}

describe('import wizard', () => {
  let temp: ReturnType<typeof makeTempFolder>;
  let engine: InProcessHost;

  beforeEach(() => {
    temp = makeTempFolder();
    engine = createInProcessHost({ settingsFolder: temp.folder });
    engine.workbench.create(path.join(temp.folder, 'buurtonderzoek.skw'));
  });

  afterEach(async () => {
    cleanup();
    await engine.workbench.imports.cancelAll();
    engine.workbench.close();
    temp.remove();
  });

  async function openWizardOn(file: string) {
    const rendered = await renderApp(engine.api);
    await rendered.user.click(await screen.findByRole('button', { name: 'Gegevens importeren…' }));
    const wizard = screen.getByRole('region', { name: 'Gegevens importeren' });
    const pathField = within(wizard).getByLabelText('Pad van het gegevensbestand');
    expect(document.activeElement).toBe(pathField);
    await rendered.user.type(pathField, file);
    await rendered.user.click(within(wizard).getByRole('button', { name: 'Voorbeeld tonen' }));
    await within(wizard).findByRole('heading', { name: 'Voorbeeld' });
    return { ...rendered, wizard };
  }

  it('previews a Windows-1252 file as stored, imports it with a changed type and shows the variables', async () => {
    const file = path.join(temp.folder, 'enquête 2024.csv');
    const data = respondents();
    writeSurvey(file, data);
    const { user, wizard } = await openWizardOn(file);

    expect(within(wizard).getByLabelText<HTMLSelectElement>('Tekenset').value).toBe('windows-1252');
    const delimiter = within(wizard).getByLabelText<HTMLSelectElement>('Scheidingsteken');
    expect(delimiter.value).toBe(';');
    expect(within(wizard).getByLabelText<HTMLSelectElement>('Kopregel').value).toBe('yes');
    expect(within(wizard).getByLabelText<HTMLSelectElement>('Decimaalteken').value).toBe(',');
    expect(within(wizard).getByLabelText<HTMLInputElement>('Naam van de dataset').value).toBe('enquête 2024');
    expect(within(wizard).getByLabelText<HTMLSelectElement>('Soort').value).toBe('survey');

    const headers = () =>
      within(within(wizard).getByRole('table', { name: 'Voorbeeld van de eerste rijen' }))
        .getAllByRole('columnheader')
        .map((header) => header.textContent);
    expect(headers()).toEqual(['Regel', 'nr', 'buurtcode', 'leeftijd', 'rapportcijfer', 'toelichting']);

    // Another delimiter is read by the engine at once, and what it had recognised stays in view.
    await user.selectOptions(delimiter, ', komma');
    await expect.poll(() => headers()).toHaveLength(2);
    expect(within(wizard).getByText('Herkend: ; puntkomma')).toBeTruthy();
    await user.selectOptions(within(wizard).getByLabelText('Scheidingsteken'), '; puntkomma');
    await expect.poll(() => headers()).toHaveLength(6);
    expect(within(wizard).queryByText('Herkend: ; puntkomma')).toBeNull();

    const table = within(wizard).getByRole('table', { name: 'Voorbeeld van de eerste rijen' });
    const bodyRows = within(table).getAllByRole('row').slice(2);
    expect(bodyRows).toHaveLength(data.length);
    const first = bodyRows[0]!;
    expect(within(first).getByRole('rowheader').textContent).toBe('2');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', 'BU03630001', '20', '5,5', 'Café om de hoek']);
    // Line 4 has no age: a muted dash, "ontbrekend" on hover and for screen readers.
    const missingAge = within(bodyRows[2]!).getAllByRole('cell')[2]!;
    expect(within(missingAge).getByTitle('ontbrekend').textContent).toBe('—');
    // Line 7's "weet niet" is no number: shown raw, marked, and imported as missing.
    const invalidScore = within(bodyRows[5]!).getAllByRole('cell')[3]!;
    expect(within(invalidScore).getByTitle('past niet bij het type; wordt ontbrekend').textContent).toContain(
      'weet niet',
    );
    expect(within(wizard).getByText(/rapportcijfer: 1 waarde\(n\) in het voorbeeld passen niet/)).toBeTruthy();

    const ageType = within(wizard).getByRole('combobox', { name: 'Type van leeftijd' });
    expect((ageType as HTMLSelectElement).value).toBe('number');
    await user.selectOptions(ageType, 'Tekst');
    await within(wizard)
      .findByRole('combobox', { name: 'Type van leeftijd' })
      .then((select) => expect((select as HTMLSelectElement).value).toBe('text'));
    const firstAge = () => within(within(wizard).getAllByRole('row')[2]!).getAllByRole('cell')[2]!;
    await expect.poll(() => firstAge().className).not.toContain('numeric');

    await user.click(within(wizard).getByRole('button', { name: 'Importeren' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'enquête 2024' }, IMPORT_TIMEOUT);
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Enquête · 20 rijen · 5 variabelen')).toBeTruthy();

    const report = screen.getByRole('region', { name: 'Verslag van het importeren' });
    expect(within(report).getByText('20 rijen geïmporteerd.')).toBeTruthy();
    const invalidRow = within(within(report).getByRole('table')).getByRole('row', { name: /rapportcijfer/ });
    expect(
      within(invalidRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', 'regel 7: “weet niet”']);

    const variables = screen.getByRole('table', { name: 'Variabelen van enquête 2024' });
    expect(
      within(variables)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Naam',
      'Label',
      'Type',
      'Rol',
      'n',
      'Ontbrekend',
      'Gemiddelde',
      'Min',
      'Max',
      'Verschillend',
      'Meest voorkomend',
    ]);
    const scores = data
      .filter((r) => r.rapportcijfer !== 'weet niet')
      .map((r) => Number(r.rapportcijfer.replace(',', '.')));
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    const scoreRow = within(variables).getByRole('row', { name: /^rapportcijfer/ });
    const scoreCells = within(scoreRow)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(scoreCells.slice(0, 9)).toEqual([
      '',
      'Getal',
      '',
      '19',
      '1',
      mean.toFixed(2).replace('.', ','),
      '5,5',
      '8,25',
      String(new Set(scores).size),
    ]);
    const topScores = within(within(scoreRow).getAllByRole('cell')[9]!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(topScores).toHaveLength(4);
    for (const top of topScores) expect(top).toMatch(/^(5,5|6,25|7,5|8,25)\u00a0\([45]\)$/);

    // The respondent number is an id: no mean, and its numbers as stored.
    const idCells = within(within(variables).getByRole('row', { name: /^nr/ }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(idCells.slice(2, 8)).toEqual(['id', '20', '0', '—', '1', '20']);

    const ageCells = within(within(variables).getByRole('row', { name: /^leeftijd/ }))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(ageCells.slice(1, 6)).toEqual(['Tekst', '', '19', '1', '—']);
    const areaRow = within(variables).getByRole('row', { name: /^buurtcode/ });
    expect(
      within(areaRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(1, 5),
    ).toEqual(['Categorie', 'gebiedscode', '20', '0']);
    expect(
      within(areaRow)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['BU03630001\u00a0(10)', 'BU03630002\u00a0(10)']);
    // Every respondent number occurs once: there is no most frequent one.
    expect(within(within(variables).getByRole('row', { name: /^nr/ })).queryAllByRole('listitem')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'EN' }));
    const inEnglish = within(screen.getByRole('table', { name: 'Variables of enquête 2024' })).getByRole('row', {
      name: /^rapportcijfer/,
    });
    expect(within(inEnglish).getAllByRole('cell')[5]?.textContent).toBe(mean.toFixed(2));
    await user.click(screen.getByRole('button', { name: 'NL' }));

    await user.click(screen.getByRole('button', { name: /Terug naar de datasets/ }));
    const list = await screen.findByRole('table', { name: 'Datasets' });
    expect(within(list).getByRole('row', { name: /enquête 2024/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Datasets' }));
  });

  it('opens the variables of a dataset from the list', async () => {
    const file = path.join(temp.folder, 'wijken.csv');
    writeFileSync(
      file,
      'gebiedscode;gebiedsnaam;eenzaam\nWK036300;Centrum;41,5\nWK036301;Noord;38\nWK036302;Oost;44,25\n',
    );
    const { user, wizard } = await openWizardOn(file);
    expect(within(wizard).getByLabelText<HTMLSelectElement>('Soort').value).toBe('area');
    await user.click(within(wizard).getByRole('button', { name: 'Importeren' }));
    await screen.findByRole('heading', { level: 2, name: 'wijken' }, IMPORT_TIMEOUT);
    await user.click(screen.getByRole('button', { name: /Terug naar de datasets/ }));

    await user.click(
      within(await screen.findByRole('table', { name: 'Datasets' })).getByRole('button', { name: 'wijken' }),
    );

    expect(await screen.findByRole('heading', { level: 2, name: 'wijken' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Verslag van het importeren' })).toBeNull();
    const row = within(await screen.findByRole('table', { name: 'Variabelen van wijken' })).getByRole('row', {
      name: /^eenzaam/,
    });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(3, 8),
    ).toEqual(['3', '0', '41,25', '38', '44,25']);
  });

  it('shows the line of a ragged row when the import fails, and imports after choosing to skip it', async () => {
    const file = path.join(temp.folder, 'kapot.csv');
    writeFileSync(file, 'a;b;c\n1;2;3\n4;5\n6;7;8\n');
    const { user, wizard } = await openWizardOn(file);

    await user.click(within(wizard).getByRole('button', { name: 'Importeren' }));

    const alert = await within(wizard).findByRole('alert', {}, IMPORT_TIMEOUT);
    expect(alert.textContent).toContain(file);
    expect(alert.textContent).toContain('regel 3');
    expect(within(wizard).getByRole('heading', { name: 'Het importeren is mislukt' })).toBe(document.activeElement);

    await user.click(within(wizard).getByRole('button', { name: 'Terug naar het voorbeeld' }));
    await user.click(within(wizard).getByLabelText('Regels met een verkeerd aantal velden overslaan'));
    await expect
      .poll(
        () =>
          within(wizard).getByLabelText<HTMLInputElement>('Regels met een verkeerd aantal velden overslaan').checked,
      )
      .toBe(true);
    await user.click(within(wizard).getByRole('button', { name: 'Importeren' }));

    await screen.findByRole('heading', { level: 2, name: 'kapot' }, IMPORT_TIMEOUT);
    const report = screen.getByRole('region', { name: 'Verslag van het importeren' });
    expect(within(report).getByText('2 rijen geïmporteerd.')).toBeTruthy();
    expect(within(report).getByText('Overgeslagen regels met een verkeerd aantal velden (1): 3')).toBeTruthy();
  });

  it('names a missing file in the first step, and keeps the wizard there', async () => {
    const missing = path.join(temp.folder, 'bestaat-niet.csv');
    const { user } = await renderApp(engine.api);
    await user.click(await screen.findByRole('button', { name: 'Gegevens importeren…' }));
    await user.click(screen.getByRole('button', { name: 'Voorbeeld tonen' }));
    expect(screen.getByText('Vul het pad van het gegevensbestand in.')).toBeTruthy();

    await user.type(screen.getByLabelText('Pad van het gegevensbestand'), missing);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld tonen' }));

    expect((await screen.findByRole('alert')).textContent).toBe(`Bestand niet gevonden: ${missing}`);
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(await screen.findByText('Dit project bevat nog geen datasets.')).toBeTruthy();
  });

  it('gives a role to one column only, and offers the area filter only with an area column', async () => {
    const file = path.join(temp.folder, 'rollen.csv');
    writeFileSync(file, 'id;buurt;gewicht\n1;BU03630001;1,2\n2;BU03630002;0,8\n3;BU03630001;1\n');
    const { user, wizard } = await openWizardOn(file);
    const role = (column: string) =>
      within(wizard).getByRole<HTMLSelectElement>('combobox', { name: `Rol van ${column}` });
    expect(role('buurt').value).toBe('area_code');
    expect(within(wizard).getByLabelText<HTMLSelectElement>('Niveau').disabled).toBe(false);

    await user.selectOptions(role('gewicht'), 'weging');
    await expect.poll(() => role('gewicht').value).toBe('weight');
    await user.selectOptions(role('id'), 'gebiedscode');
    await expect.poll(() => role('id').value).toBe('area_code');
    expect(role('buurt').value).toBe('none');
    expect(role('gewicht').value).toBe('weight');

    await user.selectOptions(role('id'), 'geen');
    await expect.poll(() => role('id').value).toBe('none');
    expect(within(wizard).getByLabelText<HTMLSelectElement>('Niveau').disabled).toBe(true);
    expect(within(wizard).getByText('Filteren op gebied kan als een kolom de rol gebiedscode heeft.')).toBeTruthy();
  });

  it('asks which year to keep of an area file with a line per wijk and year, refuses to start before, and reports what it left out', async () => {
    // ELAN: 191 wijken × 2009–2022, 2,674 lines; 191 of them have YEAR 2016 (counted with Python's csv module).
    const { user, wizard } = await openWizardOn(realFilePath('elan-wijken-zorg-inkomen-2009-2022.csv'));
    const choice = within(wizard).getByRole('region', { name: 'Eén regel per gebied' });
    expect(choice.textContent).toContain('In het voorbeeld staan al');
    expect(choice.textContent).toContain('WK178304 op 14 regels');
    await user.click(within(wizard).getByRole('button', { name: 'Importeren' }));
    expect((await within(wizard).findByRole('alert')).textContent).toContain('De kolom "YEAR" onderscheidt ze');

    await user.selectOptions(within(choice).getByLabelText('Bewaar alleen de regels met YEAR'), '2016');
    await expect.poll(() => within(wizard).queryByText(/In het voorbeeld staan al/)).toBeNull();
    await user.click(within(wizard).getByRole('button', { name: 'Importeren' }));
    await screen.findByRole('heading', { level: 2, name: 'elan-wijken-zorg-inkomen-2009-2022' }, IMPORT_TIMEOUT);
    const report = screen.getByRole('region', { name: 'Verslag van het importeren' });
    expect(within(report).getByText('191 rijen geïmporteerd.')).toBeTruthy();
    expect(
      within(report).getByText('2.483 rijen weggelaten door het gebiedsfilter of de gekozen waarde om te bewaren.'),
    ).toBeTruthy();
  });

  it('reads an Excel file from the sheet the user chooses', async () => {
    const file = path.join(temp.folder, 'monitor.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Toelichting').addRows([['Bron'], ['GGD Gezondheidsmonitor 2024']]);
    workbook.addWorksheet('Wijken').addRows([
      ['wijkcode', 'eenzaam'],
      ['WK036300', 41.5],
      ['WK036301', 38.25],
    ]);
    await workbook.xlsx.writeFile(file);
    const { user, wizard } = await openWizardOn(file);

    const sheet = within(wizard).getByLabelText<HTMLSelectElement>('Werkblad');
    expect(Array.from(sheet.options).map((option) => option.value)).toEqual(['Toelichting', 'Wijken']);
    expect(within(wizard).queryByLabelText('Tekenset')).toBeNull();
    await user.selectOptions(sheet, 'Wijken');

    const table = () => within(wizard).getByRole('table', { name: 'Voorbeeld van de eerste rijen' });
    await expect
      .poll(() =>
        within(table())
          .getAllByRole('columnheader')
          .map((header) => header.textContent),
      )
      .toEqual(['Regel', 'wijkcode', 'eenzaam']);
    expect(
      within(within(table()).getAllByRole('row')[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['WK036300', '41,5']);
  });
});
