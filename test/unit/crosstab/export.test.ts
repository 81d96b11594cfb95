import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crosstabWorkbench, errorCode, fixtures, type CrosstabWorkbench } from './crosstab-workbench';

/**
 * Exports of wijk × voorkeur from the fixture (222 respondents in three Nijmegen wijken; one answer is
 * `=HYPERLINK("http://x")`), read back as a spreadsheet would: bytes, fields, cell types.
 * Counts: Stadscentrum 3 / 22 / 41 / 30, Benedenstad 11 / 4 / 35 / 12, Nijmegen-Oud-West 14 / 18 / 7 / 25
 * for =HYPERLINK / bibliotheek / buurthuis / café.
 */

let bench: CrosstabWorkbench;
const table = { dataset: 'wijken', rows: { variable: 'wijkcode' }, cols: { variable: 'voorkeur' }, language: 'nl' };
const hyperlink = '=HYPERLINK("http://x")';

beforeAll(async () => {
  bench = await crosstabWorkbench([
    {
      file: path.join(fixtures, 'wijken-voorkeur.csv'),
      choices: { name: 'wijken', areaColumn: 'wijkcode', areaNameColumn: 'wijknaam', weightColumn: 'weging' },
    },
  ]);
});
afterAll(() => bench.close());

async function exportFile(name: string, request: Record<string, unknown>): Promise<string> {
  const { path: written } = (await bench.call('crosstab.export', {
    ...table,
    path: path.join(bench.folder, name),
    ...request,
  })) as { path: string };
  return written;
}

function fields(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
}

const line = (rows: string[][], first: string) => rows.find((row) => row[0] === first)!;

describe('CSV for Dutch Excel', () => {
  it('is UTF-8 with a BOM, `;` between fields, CRLF line ends, accents intact', async () => {
    const bytes = readFileSync(await exportFile('nl.csv', { format: 'csv-nl' }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(bytes.includes(Buffer.from('caf\u00e9', 'utf8'))).toBe(true);
    expect(bytes.includes(Buffer.from('Wijk 03 Nijmegen-Oud-West;', 'utf8'))).toBe(true);
    const rows = fields(text, ';');
    expect(line(rows, 'wijkcode')).toEqual(['wijkcode', `'${hyperlink}`, 'bibliotheek', 'buurthuis', 'café', 'Totaal']);
  });

  it('turns a formula in the data into text with a leading apostrophe, quoted as CSV wants', async () => {
    const text = readFileSync(await exportFile('formula.csv', { format: 'csv-nl' }), 'utf8');
    expect(text).toContain(`;"'=HYPERLINK(""http://x"")";`);
    expect(text).not.toMatch(/(^|;)"?=HYPERLINK/m);
  });

  it('hides cells below the threshold as <10 and their protection as *, and keeps margins', async () => {
    const rows = fields(readFileSync(await exportFile('hidden.csv', { format: 'csv-nl' }), 'utf8').slice(1), ';');
    expect(line(rows, 'Wijk 01 Stadscentrum')).toEqual(['Wijk 01 Stadscentrum', '<10', '*', '41', '30', '96']);
    expect(line(rows, 'Wijk 02 Benedenstad')).toEqual(['Wijk 02 Benedenstad', '*', '<10', '*', '12', '62']);
    expect(line(rows, 'Wijk 03 Nijmegen-Oud-West')).toEqual([
      'Wijk 03 Nijmegen-Oud-West',
      '*',
      '18',
      '<10',
      '25',
      '64',
    ]);
    expect(line(rows, 'Totaal')).toEqual(['Totaal', '28', '44', '83', '67', '222']);
    // Tests would give the hidden cells away.
    expect(rows.some((row) => row[0]!.startsWith('Chi'))).toBe(false);
  });

  it('writes percentages with a decimal comma, a line per measure, and negative numbers as numbers', async () => {
    const rows = fields(
      readFileSync(
        await exportFile('measures.csv', { format: 'csv-nl', measures: ['count', 'rowPercent', 'residual'] }),
        'utf8',
      ).slice(1),
      ';',
    );
    const centrum = rows.filter((row) => row[0] === 'Wijk 01 Stadscentrum');
    expect(centrum.map((row) => row[1])).toEqual(['Aantal', '% van rij', 'Gestandaardiseerd residu']);
    // 41 of 96 respondents: 42.7%; hidden cells' percentages are hidden too.
    expect(centrum[1]).toEqual(['Wijk 01 Stadscentrum', '% van rij', '*', '*', '42,7', '31,3', '100,0']);
    const residuals = rows.filter((row) => row[1] === 'Gestandaardiseerd residu').flatMap((row) => row.slice(2));
    expect(residuals.some((value) => /^-\d+,\d\d$/.test(value))).toBe(true);
    expect(residuals.some((value) => value.startsWith("'"))).toBe(false);
  });

  it('names source, weight, threshold and date in a notes row', async () => {
    const rows = fields(
      readFileSync(await exportFile('weighted.csv', { format: 'csv-nl', weight: 'weging' }), 'utf8').slice(1),
      ';',
    );
    const notes = rows.find((row) => row[0]!.startsWith('Bron:'))!;
    expect(notes[0]).toBe('Bron: dataset "wijken", project kruistabellen');
    expect(notes[1]).toBe('Weging: weging');
    expect(notes[2]).toBe('Publicatiedrempel: 10 respondenten');
    expect(notes[3]).toMatch(/^Datum: \d{4}-\d\d-\d\d$/);
    // Weighted counts keep two decimals, with a comma.
    expect(line(rows, 'Totaal')[5]).toMatch(/^\d+,\d\d$/);
  });
});

describe('CSV with commas', () => {
  it('uses `,` between fields and a decimal point', async () => {
    const text = readFileSync(
      await exportFile('int.csv', { format: 'csv', measures: ['rowPercent'], language: 'en' }),
      'utf8',
    );
    const rows = fields(text.slice(1), ',');
    expect(line(rows, 'Wijk 01 Stadscentrum')).toEqual(['Wijk 01 Stadscentrum', '*', '*', '42.7', '31.3', '100.0']);
    expect(line(rows, 'wijkcode')[1]).toBe(`'${hyperlink}`);
  });
});

describe('XLSX', () => {
  it('holds text as text (the formula inert), numbers as formatted numbers, hidden cells as marks', async () => {
    const file = await exportFile('tabel.xlsx', { format: 'xlsx', measures: ['count', 'rowPercent'] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Kruistabel');
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row) => rows.push(row));
    const header = rows.find((row) => row.getCell(1).value === 'wijkcode')!;
    expect(header.getCell(3).value).toBe(`'${hyperlink}`);
    expect(header.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(header.getCell(3).font?.bold).toBe(true);

    const centrum = rows.filter((row) => row.getCell(1).value === 'Wijk 01 Stadscentrum');
    expect(centrum[0]!.getCell(3).value).toBe('<10');
    expect(centrum[0]!.getCell(4).value).toBe('*');
    expect(centrum[0]!.getCell(5).value).toBe(41);
    expect(centrum[0]!.getCell(5).numFmt).toBe('0');
    expect(centrum[1]!.getCell(5).value).toBeCloseTo(41 / 96, 10);
    expect(centrum[1]!.getCell(5).numFmt).toBe('0.0%');
    for (const row of rows) row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));

    const notes = rows.find((row) => String(row.getCell(1).value).startsWith('Bron:'))!;
    expect([2, 3, 4].map((c) => String(notes.getCell(c).value).split(':')[0])).toEqual([
      'Weging',
      'Publicatiedrempel',
      'Datum',
    ]);
  });

  it('makes a sheet per layer', async () => {
    const file = await exportFile('lagen.xlsx', { format: 'xlsx', layer: { variable: 'leeftijd', bins: [40, 65] } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['< 40', '40–65', '> 65']);
  });
});

describe('export rules', () => {
  it('gives tab-separated text for the clipboard, without a BOM, threshold applied', async () => {
    const { text } = (await bench.call('crosstab.exportText', table)) as { text: string };
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = text.split('\r\n').map((row) => row.split('\t'));
    expect(line(rows, 'Wijk 01 Stadscentrum')).toEqual(['Wijk 01 Stadscentrum', '<10', '*', '41', '30', '96']);
    expect(line(rows, 'wijkcode')[1]).toBe(`'${hyperlink}`);
  });

  it('never overwrites a file unless asked, and has no researcher audience', async () => {
    await exportFile('twice.csv', { format: 'csv-nl' });
    await expect(exportFile('twice.csv', { format: 'csv-nl' }).catch(errorCode)).resolves.toBe('file_exists');
    await expect(exportFile('twice.csv', { format: 'csv-nl', overwrite: true })).resolves.toMatch(/twice\.csv$/);
    await expect(exportFile('open.csv', { format: 'csv-nl', audience: 'researcher' }).catch(errorCode)).resolves.toBe(
      'invalid_request',
    );
  });

  it('adds the extension a name lacks', async () => {
    await expect(exportFile('zonder-extensie', { format: 'xlsx' })).resolves.toMatch(/zonder-extensie\.xlsx$/);
  });
});
