import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useNewProject, projectSnapshot, realFile, storedTable } from './engine-harness';

/**
 * The real GGD and StatLine exports (test/helpers/real-files.ts), imported through the contract with the real
 * workers into a real project file. Expected values are computed here from the files themselves, with
 * a parser of a few lines, never taken from the engine.
 */

const newProject = useNewProject('onderzoek.skw');

/** The GGD file: comma-separated UTF-8 without BOM; no field holds a comma, so a split is enough. */
function readGgd(): { header: string[]; rows: string[][] } {
  const lines = readFileSync(realFile('ggd-wijk-eenzaamheid-2016.csv'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const [header, ...rows] = lines.map((line) => line.split(','));
  return { header: header!, rows };
}

/** The StatLine file: BOM, `;`, every field quoted and space-padded. */
function readStatLine(): { header: string[]; rows: string[][] } {
  const text = readFileSync(realFile('cbs-statline-ses-woa-2019-amsterdam.csv'), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((line) => line !== '');
  const [header, ...rows] = lines.map((line) => line.split(';').map((field) => field.replace(/^"|"$/g, '').trim()));
  return { header: header!, rows };
}

function meanOf(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

describe('GGD wijk file (2,983 lines of wijken, comma-separated UTF-8)', () => {
  it('stores every wijk once with its code, and "% eenzaam*" with the mean and missing count of the file', async () => {
    const { engine, project } = newProject();
    const all = readGgd();
    expect(all.rows).toHaveLength(2983);
    expect(all.rows.every((row) => row.length === all.header.length)).toBe(true);
    // WK191104 (Wieringen) stands on lines 2825–2827, the same line three times: stored once, and said so.
    const seen = new Set<string>();
    const repeatedLines = all.rows.flatMap((row, r) =>
      seen.has(row.join(',')) ? [r + 2] : (seen.add(row.join(',')), []),
    );
    expect(repeatedLines).toEqual([2826, 2827]);
    const file = { header: all.header, rows: all.rows.filter((_, r) => !repeatedLines.includes(r + 2)) };
    expect(file.rows).toHaveLength(2981);

    const { preview, status } = await engine.importFile({
      file: realFile('ggd-wijk-eenzaamheid-2016.csv'),
      name: 'GGD 2016',
    });
    expect(preview.detected).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      bom: false,
      delimiter: ',',
      hasHeader: true,
    });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.summary?.rows).toBe(2981);
    expect(status.summary?.skippedLines).toEqual([]);
    expect(status.summary?.duplicateLines).toEqual([2826, 2827]);

    expect(await engine.datasets()).toEqual([{ name: 'GGD 2016', kind: 'area', rows: 2981, columns: 19 }]);
    const variables = await engine.variables('GGD 2016');
    expect(variables.map((v) => v.name)).toEqual(file.header);
    expect(variables.find((v) => v.name === 'wijkcode')).toMatchObject({ role: 'area_code', n: 2981, missing: 0 });
    expect(variables.find((v) => v.name === 'wijknaam')?.role).toBe('area_name');

    const column = file.header.indexOf('% eenzaam*');
    const cells = file.rows.map((row) => row[column]!);
    const present = cells.filter((cell) => cell !== '').map(Number);
    const empty = cells.filter((cell) => cell === '').length;
    expect(empty).toBeGreaterThan(0);
    const eenzaam = variables.find((v) => v.name === '% eenzaam*')!;
    expect(eenzaam).toMatchObject({
      type: 'number',
      n: present.length,
      missing: empty,
      min: Math.min(...present),
      max: Math.max(...present),
    });
    expect(Math.abs(eenzaam.mean! - meanOf(present))).toBeLessThan(1e-9);

    const stored = storedTable(project, 'GGD 2016');
    expect(stored.rows).toHaveLength(2981);
    expect(stored.rows.map((r) => r.wijkcode)).toEqual(file.rows.map((row) => row[0]));
    expect(stored.rows.map((r) => r['% eenzaam*'])).toEqual(cells.map((cell) => (cell === '' ? null : Number(cell))));
    expect(stored.rows.filter((r) => String(r.wijkcode).startsWith('WK0268'))).toHaveLength(9);
    expect(stored.rows.filter((r) => String(r.wijkcode).startsWith('WK0202'))).toHaveLength(24);
    // A name with quotes inside it (not around it) is stored as written.
    expect(stored.rows.find((r) => r.wijkcode === 'WK008069')?.wijknaam).toBe('Wijk 69 "De Zuidlanden"');
    expect(projectSnapshot(project).integrity).toEqual(['ok']);
  });
});

describe('StatLine SES-WOA file (579 rows: gemeente, wijken and buurten, every field quoted and padded)', () => {
  const file = realFile('cbs-statline-ses-woa-2019-amsterdam.csv');
  const codeColumn = 'Regiocode (gemeente, wijk, buurt) (code)';
  const figureColumns = [
    'Opleidingsniveau/Laag/Waarde (%)',
    'Opleidingsniveau/Middelbaar/Waarde (%)',
    'Opleidingsniveau/Hoog/Waarde (%)',
    'SES-WOA/Totaalscore/Gemiddelde score (Getal)',
    'Spreiding/Spreiding totaal/Waarde (Getal)',
  ];

  it('stores all 579 rows with normalised region codes, "." as missing and numbers read with a decimal point', async () => {
    const { engine, project } = newProject();
    const source = readStatLine();
    expect(source.rows).toHaveLength(579);

    const { preview, status } = await engine.importFile({ file, name: 'SES-WOA 2019' });
    expect(preview.detected).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ';', hasHeader: true });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.summary?.rows).toBe(579);

    const variables = await engine.variables('SES-WOA 2019');
    expect(variables.map((v) => v.name)).toEqual(source.header);
    expect(variables[0]!.name).toBe('Perioden');
    expect(variables.find((v) => v.name === codeColumn)?.role).toBe('area_code');

    const stored = storedTable(project, 'SES-WOA 2019');
    expect(stored.rows).toHaveLength(579);
    const codes = stored.rows.map((r) => r[codeColumn]);
    expect(codes).toEqual(source.rows.map((row) => row[2]));
    expect(codes.every((code) => typeof code === 'string' && /^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(code))).toBe(true);
    expect(codes).toContain('WK036300');
    expect(codes).toContain('GM0363');

    for (const name of figureColumns) {
      const index = source.header.indexOf(name);
      const cells = source.rows.map((row) => row[index]!);
      const present = cells.filter((cell) => cell !== '.').map(Number);
      expect(
        cells.filter((cell) => cell === '.'),
        name,
      ).toHaveLength(90);
      const variable = variables.find((v) => v.name === name)!;
      expect(variable, name).toMatchObject({ type: 'number', n: 489, missing: 90 });
      expect(Math.abs(variable.mean! - meanOf(present)), name).toBeLessThan(1e-9);
      expect(
        stored.rows.filter((r) => r[name] === null),
        name,
      ).toHaveLength(90);
      expect(
        stored.rows.map((r) => r[name]),
        name,
      ).toEqual(cells.map((cell) => (cell === '.' ? null : Number(cell))));
    }

    const amsterdam = stored.rows.find((r) => r[codeColumn] === 'GM0363')!;
    expect(amsterdam['Wijken en buurten']).toBe('Amsterdam');
    expect(amsterdam['Particuliere huishoudens (Aantal)']).toBe(457400);
    expect(amsterdam['SES-WOA/Totaalscore/Gemiddelde score (Getal)']).toBe(-0.1);
    const burgwallen = stored.rows.find((r) => r[codeColumn] === 'WK036300')!;
    expect(burgwallen['Wijken en buurten']).toBe('Burgwallen-Oude Zijde');
    expect(burgwallen['Opleidingsniveau/Hoog/Waarde (%)']).toBe(58.2);
  });

  it('keeps only the 99 wijken with area level "wijk"', async () => {
    const { engine, project } = newProject();
    const source = readStatLine();
    const wijken = source.rows.filter((row) => row[2]!.startsWith('WK'));
    expect(wijken).toHaveLength(99);

    const { status } = await engine.importFile({ file, name: 'SES wijken', areaLevel: 'wijk' });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.summary).toMatchObject({ rows: 99, filteredRows: 480 });
    expect(await engine.datasets()).toEqual([{ name: 'SES wijken', kind: 'area', rows: 99, columns: 9 }]);

    const stored = storedTable(project, 'SES wijken');
    expect(stored.rows.map((r) => r[codeColumn])).toEqual(wijken.map((row) => row[2]));
    const ses = 'SES-WOA/Totaalscore/Gemiddelde score (Getal)';
    const sesIndex = source.header.indexOf(ses);
    const present = wijken
      .map((row) => row[sesIndex]!)
      .filter((cell) => cell !== '.')
      .map(Number);
    const variable = (await engine.variables('SES wijken')).find((v) => v.name === ses)!;
    expect(variable.n).toBe(present.length);
    expect(variable.missing).toBe(99 - present.length);
    expect(Math.abs(variable.mean! - meanOf(present))).toBeLessThan(1e-9);
  });
});
