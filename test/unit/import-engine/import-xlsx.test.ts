import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../helpers/temp-folder';
import { Engine, projectSnapshot, runCliAsync, storedTable } from './engine-harness';

/**
 * An Excel workbook made here with exceljs, as a survey tool or a colleague would hand it over: a
 * first sheet with notes, the data on the second, with numbers, dates, a formula, accents and a
 * rich-text cell.
 */
const tempFolder = useTempFolder();
let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

const DATA_SHEET = 'Enquête 2024';

async function writeWorkbook(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Toelichting');
  notes.addRow(['Bron', 'Opmerking']);
  notes.addRow(['Wijkpanel Nijmegen', 'Veldwerk in maart']);
  notes.addRow(['Versie', 2]);

  const data = workbook.addWorksheet(DATA_SHEET);
  data.addRow(['respondent', 'wijkcode', 'leeftijd', 'inkomen', 'datum', 'woonplaats', 'dubbel', 'tevreden']);
  // The empty cell is the last of its row: see the report on empty cells inside a row.
  const rows: [number, string, number, number, Date, string, number | null][] = [
    [101, 'WK026801', 34, 1234.5, new Date(Date.UTC(2024, 2, 1)), 'Nijmegen', 4],
    [102, 'WK026801', 71, 2100.25, new Date(Date.UTC(2024, 2, 2)), 'Café de Zwaan', 5],
    [103, 'WK026802', 29, 987.6, new Date(Date.UTC(2024, 2, 15)), 'Zoë’s hof', null],
    [104, 'WK026802', 52, 3050, new Date(Date.UTC(2024, 1, 29)), 'Coöperatie', 3],
    [105, 'WK026803', 45, 1750.75, new Date(Date.UTC(2023, 11, 31)), 'Ærø', 4],
  ];
  rows.forEach(([id, code, age, income, date, place, satisfied], i) => {
    const row = data.addRow([id, code, age, income, date, place, null, satisfied]);
    row.getCell(5).numFmt = 'dd-mm-yyyy';
    row.getCell(7).value = { formula: `D${i + 2}*2`, result: income * 2 };
  });
  // A rich-text cell (part bold) reads as its plain text.
  data.getCell('F5').value = { richText: [{ text: 'Coö', font: { bold: true } }, { text: 'peratie' }] };

  // As exceljs (and Excel) store it: the sheets before the shared strings, the workbook part last.
  const file = path.join(folder, 'wijkpanel.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

const EXPECTED_ROWS = [
  {
    respondent: 101,
    wijkcode: 'WK026801',
    leeftijd: 34,
    inkomen: 1234.5,
    datum: '2024-03-01',
    woonplaats: 'Nijmegen',
    dubbel: 2469,
    tevreden: 4,
  },
  {
    respondent: 102,
    wijkcode: 'WK026801',
    leeftijd: 71,
    inkomen: 2100.25,
    datum: '2024-03-02',
    woonplaats: 'Café de Zwaan',
    dubbel: 4200.5,
    tevreden: 5,
  },
  {
    respondent: 103,
    wijkcode: 'WK026802',
    leeftijd: 29,
    inkomen: 987.6,
    datum: '2024-03-15',
    woonplaats: 'Zoë’s hof',
    dubbel: 1975.2,
    tevreden: null,
  },
  {
    respondent: 104,
    wijkcode: 'WK026802',
    leeftijd: 52,
    inkomen: 3050,
    datum: '2024-02-29',
    woonplaats: 'Coöperatie',
    dubbel: 6100,
    tevreden: 3,
  },
  {
    respondent: 105,
    wijkcode: 'WK026803',
    leeftijd: 45,
    inkomen: 1750.75,
    datum: '2023-12-31',
    woonplaats: 'Ærø',
    dubbel: 3501.5,
    tevreden: 4,
  },
];

describe('Excel import', () => {
  it('imports the sheet chosen with --sheet, with numbers, dates, formulas and accents as in Excel', async () => {
    const folder = tempFolder();
    const file = await writeWorkbook(folder);
    const project = path.join(folder, 'p.skw');
    const run = await runCliAsync(
      ['import', project, file, '--sheet', DATA_SHEET, '--name', 'Wijkpanel', '--json'],
      folder,
    );
    expect(run.stderr).not.toMatch(/werkbank:/);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      rows: number;
      sheet: string;
      encoding: unknown;
      delimiter: unknown;
      columns: {
        name: string;
        type: string;
        role: string | null;
        n: number;
        missing: number;
        mean: number | null;
        min: number | null;
        max: number | null;
      }[];
    };
    expect(report).toMatchObject({ rows: 5, sheet: DATA_SHEET, encoding: null, delimiter: null });
    const columns = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(report.columns.map((c) => c.name)).toEqual([
      'respondent',
      'wijkcode',
      'leeftijd',
      'inkomen',
      'datum',
      'woonplaats',
      'dubbel',
      'tevreden',
    ]);
    expect(columns.respondent).toMatchObject({ type: 'number', role: 'id' });
    expect(columns.wijkcode?.role).toBe('area_code');
    expect(columns.leeftijd).toMatchObject({
      type: 'number',
      n: 5,
      missing: 0,
      min: 29,
      max: 71,
      mean: (34 + 71 + 29 + 52 + 45) / 5,
    });
    expect(columns.inkomen).toMatchObject({ type: 'number', n: 5, missing: 0, min: 987.6, max: 3050 });
    expect(columns.datum).toMatchObject({ type: 'date', n: 5, missing: 0 });
    expect(columns.woonplaats?.type).toBe('text');
    expect(columns.dubbel).toMatchObject({ type: 'number', min: 1975.2, max: 6100 });
    expect(columns.tevreden).toMatchObject({ type: 'number', n: 4, missing: 1, min: 3, max: 5, mean: 4 });

    expect(storedTable(project, 'Wijkpanel').rows).toEqual(EXPECTED_ROWS);
  });

  it('imports the first sheet when none is chosen, and says which sheets there are when the chosen one is missing', async () => {
    const folder = tempFolder();
    const file = await writeWorkbook(folder);
    engine = new Engine(folder);
    const project = path.join(folder, 'p.skw');
    engine.workbench.create(project);

    const preview = await engine.prepare({ file });
    expect(preview.detected).toMatchObject({ format: 'xlsx', sheets: ['Toelichting', DATA_SHEET] });
    expect(preview.plan.source).toEqual({ format: 'xlsx', sheet: 'Toelichting', hasHeader: true });
    const missing = await engine.result('import.prepare', { file, sheet: 'Blad9' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.code).toBe('import_sheet_not_found');
      expect(missing.error.message.nl).toBe(
        `${file} heeft geen werkblad "Blad9". Werkbladen: Toelichting, ${DATA_SHEET}.`,
      );
      expect(missing.error.message.en).toBe(`${file} has no sheet "Blad9". Sheets: Toelichting, ${DATA_SHEET}.`);
    }
    engine.close();
    engine = null;

    const before = projectSnapshot(project);
    const run = await runCliAsync(['import', project, file, '--sheet', 'Blad9', '--lang', 'en'], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`werkbank: ${file} has no sheet "Blad9". Sheets: Toelichting, ${DATA_SHEET}.\n`);
    expect(projectSnapshot(project)).toEqual(before);
  });

  it('reads a workbook that keeps its text in the cells (no shared strings), as streaming writers make it', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'export.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const sheet = writer.addWorksheet('Export');
    sheet.addRow(['respondent', 'wijkcode', 'toelichting']).commit();
    for (let i = 1; i <= 3000; i++)
      sheet.addRow([i, `WK02680${i % 3}`, i % 2 ? 'Meer groen in de wijk' : 'Café dichtbij']).commit();
    await writer.commit();
    const project = path.join(folder, 'p.skw');
    const run = await runCliAsync(['import', project, file, '--json'], folder);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 3000, sheet: 'Export' });
    const rows = storedTable(project, 'export').rows;
    expect(rows).toHaveLength(3000);
    expect(rows[1]).toEqual({ respondent: 2, wijkcode: 'WK026802', toelichting: 'Café dichtbij' });
  });

  it('says a damaged workbook cannot be read as one, and changes nothing', async () => {
    const folder = tempFolder();
    const whole = await readFile(await writeWorkbook(folder));
    // Cut off at half: the zip's directory, at its end, is gone.
    const file = path.join(folder, 'afgebroken.xlsx');
    await writeFile(file, whole.subarray(0, whole.length >> 1));
    const project = path.join(folder, 'p.skw');
    const first = await runCliAsync(
      ['import', project, path.join(folder, 'wijkpanel.xlsx'), '--sheet', DATA_SHEET],
      folder,
    );
    expect(first.status, first.stderr).toBe(0);
    const before = projectSnapshot(project);
    const run = await runCliAsync(['import', project, file], folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `werkbank: ${file} kan niet als Excel-werkmap (.xlsx) worden gelezen: het bestand is beschadigd of geen werkmap. Open het in Excel en sla het opnieuw op, of sla het op als CSV.\n`,
    );
    expect(projectSnapshot(project)).toEqual(before);
  });
});
