import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uniqueHeaders } from '../../../shared/import/unique-headers';
import { projectSnapshot, storedTable, useNewProject } from './engine-harness';
import { unzip, zip } from './fuzz-inputs';

/** Bugs the import fuzz test (import-fuzz.test.ts) found, each as the input that showed it. */
const newProject = useNewProject();

describe('import fuzz regressions', () => {
  it('refuses a line of 183,334 repeated column names at once, instead of naming each one first', async () => {
    // Found as a BOM cut in two by a huge field: the preview spent hours making the names unique.
    const { engine, project } = newProject();
    const file = path.join(path.dirname(project), 'een-regel.csv');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xef, 0xbb]), Buffer.from(`"${'ab;cd,'.repeat(183_333)}ab"`), Buffer.from([0xbf])]),
    );
    const result = await engine.result('import.prepare', { file });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message.nl).toBe(
      `${file} heeft 183.334 kolommen; een dataset kan er hoogstens 1.999 hebben (zoveel houdt SQLite, waarin het project is opgeslagen, in één tabel). Verwijder de kolommen die je niet nodig hebt, of verdeel ze over twee bestanden.`,
    );
  });

  it('stops at a quote that opens a field of more than 4 MB, at its line, instead of running out of memory', async () => {
    // Found beside the fuzzer's huge fields: a 150 MB field took 142 s and ended in "save the sheet as CSV".
    const { engine, project } = newProject();
    const file = path.join(path.dirname(project), 'open-veld.csv');
    writeFileSync(file, `id,tekst\n1,kort\n2,"${'lang antwoord\n'.repeat(3_000_000)}`);
    const before = projectSnapshot(project);
    const started = performance.now();
    const { status } = await engine.importFile({ file, name: 'Open' });
    expect(status.error?.message.nl).toBe(
      `${file}, regel 3: hier opent een aanhalingsteken een veld dat na 4 MB nog niet is gesloten. Waarschijnlijk wordt het nergens gesloten; herstel het aanhalingsteken.`,
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(projectSnapshot(project)).toEqual(before);
  });

  it('refuses a file of one 60 MB line at its first line when a plan comes without a preview', async () => {
    // Found with the limit above: the reader read the whole line to find where the first record ends.
    const { engine, project } = newProject();
    const folder = path.dirname(project);
    const small = path.join(folder, 'klein.csv');
    writeFileSync(small, 'a,b\n1,2\n');
    const { plan } = await engine.prepare({ file: small, name: 'Eindeloos' });
    const file = path.join(folder, 'een-regel.csv');
    writeFileSync(file, `a,${'x'.repeat(60 << 20)}`);
    const started = performance.now();
    const status = await engine.workbench.imports.wait(
      (await engine.start({ plan: { ...plan, file }, detected: null })).id,
    );
    expect(status.error?.message.en).toBe(
      `${file}, line 1: this line is longer than 4 MB and does not end. The file has no line ends there (CR, LF or CRLF), so it is not a table with a row per line.`,
    );
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('numbers a header repeated 1,999 times without searching from _2 for each', () => {
    const { names, renamed } = uniqueHeaders(Array.from({ length: 1999 }, () => 'vraag'));
    expect(names.slice(0, 3)).toEqual(['vraag', 'vraag_2', 'vraag_3']);
    expect(names.at(-1)).toBe('vraag_1999');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(1999);
    expect(renamed).toHaveLength(1998);
  });

  it('names the sheet that holds only a header, and the workbook’s other sheets', async () => {
    // Found as workbooks with a first sheet of notes: "has a header row but no data" blamed the file.
    const { engine, project } = newProject();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Toelichting').addRow(['Bron', 'Wijkpanel']);
    book.addWorksheet('Data').addRows([
      ['id', 'score'],
      [1, 3],
    ]);
    book.addWorksheet('Codes').addRow(['code', 'label']);
    const file = path.join(path.dirname(project), 'met-toelichting.xlsx');
    await book.xlsx.writeFile(file);
    const result = await engine.result('import.prepare', { file });
    expect(!result.ok && result.error.message).toEqual({
      nl: `Werkblad "Toelichting" van ${file} bevat alleen een kopregel en geen gegevens. De werkmap heeft ook "Data" en "Codes": kies het werkblad met de gegevens.`,
      en: `Sheet "Toelichting" of ${file} has a header row but no data. The workbook also has "Data" and "Codes": choose the sheet with the data.`,
    });
  });

  it('says a workbook that names a sheet it does not hold is damaged, not that the sheet is missing', async () => {
    // Found as a workbook without its sheet part: "has no sheet "Data". Sheets: Data".
    const { engine, project } = newProject();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Data').addRows([
      ['id', 'score'],
      [1, 3],
    ]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    // The sheet's entry renamed in its local header and the directory: the workbook's relation points at nothing.
    const file = path.join(path.dirname(project), 'zonder-blad.xlsx');
    writeFileSync(
      file,
      Buffer.from(
        bytes.toString('latin1').replaceAll('xl/worksheets/sheet1.xml', 'xl/worksheets/sheetX.xml'),
        'latin1',
      ),
    );
    const result = await engine.result('import.prepare', { file });
    expect(!result.ok && result.error.code).toBe('import_xlsx_unreadable');
  });

  it('reads a date cell whose stored value is no number as empty, in the preview and in the import', async () => {
    // Found as <v>45247</v> → <v>abc</v> in a date cell: "Invalid time value" came out as an internal error.
    const { engine, project } = newProject();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['id', 'datum']);
    for (const [id, day] of [
      [1, 1],
      [2, 2],
      [3, 3],
    ] as const)
      sheet.addRow([id, new Date(Date.UTC(2024, 2, day))]).getCell(2).numFmt = 'dd-mm-yyyy';
    const entries = unzip(Buffer.from(await book.xlsx.writeBuffer()));
    const xml = entries.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const serial = String(Date.UTC(2024, 2, 2) / 86_400_000 + 25_569);
    expect(xml).toContain(`<v>${serial}</v>`);
    entries.set('xl/worksheets/sheet1.xml', Buffer.from(xml.replace(`<v>${serial}</v>`, '<v>abc</v>')));
    const file = path.join(path.dirname(project), 'datum.xlsx');
    writeFileSync(file, zip(entries));

    const { preview, status } = await engine.importFile({ file, name: 'Datum' });
    expect(preview.rows.map((row) => row.cells)).toEqual([
      [1, '2024-03-01'],
      [2, null],
      [3, '2024-03-03'],
    ]);
    expect(status.error).toBeNull();
    expect(storedTable(project, 'Datum').rows).toEqual([
      { id: 1, datum: '2024-03-01' },
      { id: 2, datum: null },
      { id: 3, datum: '2024-03-03' },
    ]);
  });

  it('says a workbook whose sheet is damaged inside cannot be read, in the preview and in the import', async () => {
    // Found as 1,810 zero bytes in the middle of a workbook: exceljs's XML and zip errors came out as "internal".
    const { engine, project } = newProject();
    const folder = path.dirname(project);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['id', 'wijk', 'score']);
    for (let i = 1; i <= 200; i++) sheet.addRow([i, `WK0268${String(i % 20).padStart(2, '0')}`, i % 5]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const entry = bytes.indexOf('xl/worksheets/sheet1.xml');
    const damaged = Buffer.from(bytes);
    damaged.fill(0, entry + 100, entry + 600);
    const file = path.join(folder, 'beschadigd.xlsx');
    writeFileSync(file, damaged);

    const before = projectSnapshot(project);
    const preview = await engine.result('import.prepare', { file });
    expect(!preview.ok && preview.error.code).toBe('import_xlsx_unreadable');
    expect(!preview.ok && preview.error.message.nl).toContain(
      `${file} kan niet als Excel-werkmap (.xlsx) worden gelezen`,
    );

    // The import reads the sheet in its own worker: a plan made from the undamaged file meets the damage there.
    const intact = path.join(folder, 'heel.xlsx');
    writeFileSync(intact, bytes);
    const plan = (await engine.prepare({ file: intact, name: 'Beschadigd' })).plan;
    const started = await engine.start({ plan: { ...plan, file }, detected: null });
    const status = await engine.workbench.imports.wait(started.id);
    expect(status.error?.code).toBe('import_xlsx_unreadable');
    expect(projectSnapshot(project)).toEqual(before);
  });
});
