import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../../helpers/temp-folder';
import { Engine, runCliAsync, storedTable } from './engine-harness';

/**
 * What Excel with Dutch settings saves as "CSV (puntkomma-gescheiden)", built byte by byte: Windows-1252
 * (é ë ö as Latin-1 bytes, € as 0x80, curly quotes as 0x93/0x94), `;`, CRLF, decimal commas with
 * thousands points, padded wijk codes, CBS `.` for unknown, and an open answer over two lines.
 */
const tempFolder = useTempFolder();
let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

const EURO = 0x80;
const LEFT_QUOTE = 0x93;
const RIGHT_QUOTE = 0x94;

/** Latin-1 text with the Windows-1252 bytes for €, “ and ” put in. */
function cp1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      if (char === '€') return EURO;
      if (char === '“') return LEFT_QUOTE;
      if (char === '”') return RIGHT_QUOTE;
      const code = char.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in the fixture's alphabet: ${char}`);
      return code;
    }),
  );
}

const LINES = [
  'Wijkcode;Wijknaam;Cijfer;Inkomen;Aantal kinderen;Toelichting',
  '"WK026801  ";Coöperatiewijk;4,5;1.234,5;2;Prima',
  '"WK026802  ";Café Zeeënbuurt;7,25;32.450,75;99;"“Parkeren kost € 5”,\r\nveel te duur"',
  '"WK026803  ";Hengstdal;.;.;3;Geen opmerking',
  '"WK026804  ";Brakkenstein;6;2.000;99;.',
  '"WK026805  ";Dukenburg;8,1;987,6;1;Mooi groen',
  '"WK026806  ";Lindenholt;5,5;1.500,25;-;Te weinig speelplekken',
];

const EXPECTED = [
  {
    Wijkcode: 'WK026801',
    Wijknaam: 'Coöperatiewijk',
    Cijfer: 4.5,
    Inkomen: 1234.5,
    'Aantal kinderen': 2,
    Toelichting: 'Prima',
  },
  {
    Wijkcode: 'WK026802',
    Wijknaam: 'Café Zeeënbuurt',
    Cijfer: 7.25,
    Inkomen: 32450.75,
    'Aantal kinderen': 99,
    Toelichting: '“Parkeren kost € 5”,\r\nveel te duur',
  },
  {
    Wijkcode: 'WK026803',
    Wijknaam: 'Hengstdal',
    Cijfer: null,
    Inkomen: null,
    'Aantal kinderen': 3,
    Toelichting: 'Geen opmerking',
  },
  {
    Wijkcode: 'WK026804',
    Wijknaam: 'Brakkenstein',
    Cijfer: 6,
    Inkomen: 2000,
    'Aantal kinderen': 99,
    Toelichting: null,
  },
  {
    Wijkcode: 'WK026805',
    Wijknaam: 'Dukenburg',
    Cijfer: 8.1,
    Inkomen: 987.6,
    'Aantal kinderen': 1,
    Toelichting: 'Mooi groen',
  },
  {
    Wijkcode: 'WK026806',
    Wijknaam: 'Lindenholt',
    Cijfer: 5.5,
    Inkomen: 1500.25,
    'Aantal kinderen': 0,
    Toelichting: 'Te weinig speelplekken',
  },
];

function writeExport(folder: string): string {
  const file = path.join(folder, 'wijkmonitor-export.csv');
  const bytes = cp1252(`${LINES.join('\r\n')}\r\n`);
  // The fixture really is what it claims: no UTF-8 sequences, the 0x80–0x9F bytes in place.
  expect(bytes.includes(EURO)).toBe(true);
  expect(bytes.includes(Buffer.from('é', 'utf8'))).toBe(false);
  writeFileSync(file, bytes);
  return file;
}

describe('a Windows-1252 export with `;`, CRLF and decimal commas', () => {
  it('is detected as such and stored with numbers (CBS "-" as 0), accents, the euro sign and the two-line answer intact', async () => {
    const folder = tempFolder();
    const file = writeExport(folder);
    engine = new Engine(folder);
    const project = path.join(folder, 'p.skw');
    engine.workbench.create(project);

    const preview = await engine.prepare({ file, name: 'Wijkmonitor' });
    expect(preview.detected).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      bom: false,
      delimiter: ';',
      lineEnding: '\r\n',
      hasHeader: true,
    });
    expect(preview.plan.source).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    const byName = Object.fromEntries(preview.plan.columns.map((c) => [c.name, c]));
    expect(byName.Wijkcode?.role).toBe('area_code');
    expect(byName.Cijfer).toMatchObject({ type: 'number', decimalMark: ',' });
    expect(byName.Inkomen).toMatchObject({ type: 'number', decimalMark: ',' });
    expect(byName.Toelichting?.type).toBe('text');
    // The preview shows the rows as they will be stored, with their line in the file.
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 5, 6, 7, 8]);

    const status = await engine.workbench.imports.wait((await engine.start(preview)).id);
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.summary?.rows).toBe(6);
    expect(status.summary?.invalid).toEqual([]);

    expect(storedTable(project, 'Wijkmonitor').rows).toEqual(EXPECTED);

    const variables = Object.fromEntries((await engine.variables('Wijkmonitor')).map((v) => [v.name, v]));
    expect(variables.Wijkcode).toMatchObject({ n: 6, missing: 0 });
    expect(variables.Cijfer).toMatchObject({ n: 5, missing: 1, min: 4.5, max: 8.1 });
    expect(variables.Cijfer!.mean).toBeCloseTo((4.5 + 7.25 + 6 + 8.1 + 5.5) / 5, 12);
    expect(variables.Inkomen).toMatchObject({ n: 5, missing: 1, min: 987.6, max: 32450.75 });
    expect(variables['Aantal kinderen']).toMatchObject({ n: 6, missing: 0, max: 99 });
    expect(variables.Toelichting).toMatchObject({ n: 5, missing: 1 });
  });

  it('turns 99 into missing with --missing 99 (CLI), in the stored values and the counts', async () => {
    const folder = tempFolder();
    const file = writeExport(folder);
    const project = path.join(folder, 'p.skw');
    const run = await runCliAsync(
      ['import', project, file, '--name', 'Wijkmonitor', '--missing', '99', '--json'],
      folder,
    );
    expect(run.stderr).not.toMatch(/werkbank:/);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      encoding: string;
      delimiter: string;
      columns: { name: string; n: number; missing: number; mean: number | null; max: number | null }[];
    };
    expect(report).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    const kinderen = report.columns.find((c) => c.name === 'Aantal kinderen')!;
    expect(kinderen).toMatchObject({ n: 4, missing: 2, max: 3 });
    expect(kinderen.mean).toBeCloseTo((2 + 3 + 1 + 0) / 4, 12);

    const rows = storedTable(project, 'Wijkmonitor').rows;
    expect(rows.map((r) => r['Aantal kinderen'])).toEqual([2, null, 3, null, 1, 0]);
    // The other columns are read as before.
    expect(rows.map((r) => r.Inkomen)).toEqual(EXPECTED.map((r) => r.Inkomen));
    expect(rows[1]!.Toelichting).toBe('“Parkeren kost € 5”,\r\nveel te duur');
  });
});

describe('a UTF-16LE text export (Excel "Unicode-tekst": tabs, BOM)', () => {
  it('is detected and stored with accents and decimal commas intact', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'unicode-tekst.txt');
    const text =
      'id\twijk\tnaam\tcijfer\r\n1\tWK026801\tCafé Zoë\t7,5\r\n2\tWK026802\tCoöperatie € 5\t8\r\n3\tWK026803\tÆrø\t6,5\r\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    engine = new Engine(folder);
    const project = path.join(folder, 'p.skw');
    engine.workbench.create(project);
    const { preview, status } = await engine.importFile({ file, name: 'Unicode' });
    expect(preview.detected).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t' });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(storedTable(project, 'Unicode').rows).toEqual([
      { id: 1, wijk: 'WK026801', naam: 'Café Zoë', cijfer: 7.5 },
      { id: 2, wijk: 'WK026802', naam: 'Coöperatie € 5', cijfer: 8 },
      { id: 3, wijk: 'WK026803', naam: 'Ærø', cijfer: 6.5 },
    ]);
  });
});
