import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../helpers/temp-folder';
import { projectSnapshot, realFile, runCliAsync, storedTable } from './engine-harness';

/** `werkbank import … --json`: the report scripts rely on, and the flags that shape an import. */
const tempFolder = useTempFolder();

interface ReportColumn {
  name: string;
  type: string;
  role: string | null;
  n: number;
  missing: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  distinct: number | null;
  top: string[];
}

interface Report {
  dataset: string;
  kind: string;
  rows: number;
  encoding: string | null;
  delimiter: string | null;
  columns: ReportColumn[];
  skippedLines: number[];
  filteredRows: number;
  duplicateLines: number[];
  warnings: string[];
}

function counts(values: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
  return map;
}

describe('werkbank import --json', () => {
  it('prints only the JSON report on stdout, with descriptives per column and at most 10 top values', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'p.skw');
    const file = realFile('ggd-wijk-eenzaamheid-2016.csv');
    const run = await runCliAsync(['import', project, file, '--name', 'GGD', '--json'], folder);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Importeren: 100% · 2\.981 rijen/);
    // Lines 2826 and 2827 say again what line 2825 says (WK191104), so each area is stored once.
    expect(run.stderr).toContain(
      'Let op: regel 2826, 2827 herhaalt een eerdere regel van hetzelfde gebied helemaal en is niet nog eens bewaard.',
    );
    expect(run.stderr).toContain('Let op: de kolom "% 75 jaar en ouder" is leeg: geen enkele regel heeft een waarde.');
    const report = JSON.parse(run.stdout) as Report;

    expect(report).toMatchObject({
      dataset: 'GGD',
      kind: 'area',
      rows: 2981,
      encoding: 'utf-8',
      delimiter: ',',
      skippedLines: [],
      filteredRows: 0,
      duplicateLines: [2826, 2827],
    });
    const [header, ...allLines] = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    const lines = allLines.filter((line, i) => allLines.indexOf(line) === i);
    expect(lines).toHaveLength(2981);
    const names = header!.split(',');
    const rows = lines.map((line) => line.split(','));
    expect(report.columns.map((c) => c.name)).toEqual(names);
    expect(report.columns.find((c) => c.name === '% 75 jaar en ouder')).toMatchObject({
      type: 'number',
      n: 0,
      missing: 2981,
    });
    for (const column of report.columns) {
      expect(Object.keys(column).sort(), column.name).toEqual([
        'distinct',
        'max',
        'mean',
        'min',
        'missing',
        'n',
        'name',
        'role',
        'top',
        'type',
      ]);
      expect(column.top.length, column.name).toBeLessThanOrEqual(10);
      expect(
        column.top.every((value) => typeof value === 'string'),
        column.name,
      ).toBe(true);
      expect(column.n + column.missing, column.name).toBe(2981);
      expect(['number', 'category', 'text', 'date']).toContain(column.type);
      if (column.type === 'number') {
        const values = rows
          .map((row) => row[names.indexOf(column.name)]!)
          .filter((cell) => cell !== '')
          .map(Number);
        expect(column.n, column.name).toBe(values.length);
        if (values.length === 0) {
          // "% 75 jaar en ouder" is empty in every row of this file.
          expect([column.mean, column.min, column.max], column.name).toEqual([null, null, null]);
          continue;
        }
        expect(column.min, column.name).toBe(Math.min(...values));
        expect(column.max, column.name).toBe(Math.max(...values));
        expect(Math.abs(column.mean! - values.reduce((a, b) => a + b, 0) / values.length), column.name).toBeLessThan(
          1e-9,
        );
      } else {
        expect([column.mean, column.min, column.max], column.name).toEqual([null, null, null]);
      }
    }

    // Distinct counts and the most frequent values, counted here from the file.
    const codes = counts(rows.map((row) => row[0]!));
    const code = report.columns.find((c) => c.name === 'wijkcode')!;
    expect(code).toMatchObject({ role: 'area_code', distinct: codes.size });
    const repeated = [...codes].filter(([, n]) => n > 1).map(([value]) => value);
    expect(code.top.slice(0, repeated.length).sort()).toEqual(repeated.sort());
    const municipalities = counts(rows.map((row) => row[3]!));
    const gemnaam = report.columns.find((c) => c.name === 'gemnaam')!;
    expect(gemnaam).toMatchObject({ distinct: municipalities.size });
    const byFrequency = [...municipalities].sort((a, b) => b[1] - a[1]);
    expect(gemnaam.top).toHaveLength(10);
    expect(gemnaam.top[0]).toBe(byFrequency[0]![0]);
    for (const value of gemnaam.top) expect(municipalities.get(value)!).toBeGreaterThanOrEqual(byFrequency[9]![1]);
  });

  it('gives empty and repeated headers unique names, and says so on stderr and in the report', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'p.skw');
    const file = path.join(folder, 'koppen.csv');
    writeFileSync(file, 'id;score;;score;Score;kolom_3\n1;4;a;5;6;x1\n2;3;b;4;5;x2\n3;5;c;3;4;x3\n');
    const run = await runCliAsync(['import', project, file, '--json'], folder);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const names = report.columns.map((c) => c.name);
    expect(names).toEqual(['id', 'score', 'kolom_3_2', 'score_2', 'Score_3', 'kolom_3']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(run.stderr).toContain('Let op: Kolom 3 heeft geen naam en heet nu "kolom_3_2"');
    expect(run.stderr).toContain('Let op: Kolomnaam "score" komt vaker voor; deze kolom heet nu "score_2"');
    expect(run.stderr).toContain('Let op: Kolomnaam "Score" komt vaker voor; deze kolom heet nu "Score_3"');
    expect(report.warnings).toHaveLength(3);
    expect(storedTable(project, 'koppen').rows[0]).toEqual({
      id: 1,
      score: 4,
      kolom_3_2: 'a',
      score_2: 5,
      Score_3: 6,
      kolom_3: 'x1',
    });
  });

  it('keeps only wijk rows of the StatLine file with --level wijk', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'p.skw');
    const run = await runCliAsync(
      ['import', project, realFile('cbs-statline-ses-woa-2019-amsterdam.csv'), '--level', 'wijk', '--json'],
      folder,
    );
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({
      dataset: 'cbs-statline-ses-woa-2019-amsterdam',
      rows: 99,
      filteredRows: 480,
      encoding: 'utf-8',
      delimiter: ';',
    });
    expect(report.columns.find((c) => c.name === 'Regiocode (gemeente, wijk, buurt) (code)')).toMatchObject({
      role: 'area_code',
      n: 99,
      distinct: 99,
    });
    expect(report.columns.find((c) => c.name === 'Opleidingsniveau/Laag/Waarde (%)')).toMatchObject({
      n: 98,
      missing: 1,
    });
    expect(projectSnapshot(project).datasets).toEqual([
      { name: 'cbs-statline-ses-woa-2019-amsterdam', kind: 'area', rows: 99, table: 'ds_1' },
    ]);
  });

  it('applies --kind, --id-column, --weight-column, --delimiter and --decimal, and names the columns when one is not found', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'p.skw');
    const file = path.join(folder, 'enquete.txt');
    // Decimal commas in a tab-less `|` file, a weight column without a recognisable name.
    writeFileSync(
      file,
      'nr|buurt|factor|cijfer\n11|WK026801|0,9|7,5\n12|WK026801|1,1|8\n13|WK026802|1,0|6,5\n14|WK026802|1,2|7\n',
    );
    const [imported, wrong] = await Promise.all([
      runCliAsync(
        [
          'import',
          project,
          file,
          '--name',
          'Enquête',
          '--kind',
          'survey',
          '--id-column',
          'nr',
          '--weight-column',
          'factor',
          '--delimiter',
          'pipe',
          '--decimal',
          ',',
          '--json',
        ],
        folder,
      ),
      runCliAsync(['import', path.join(folder, 'q.skw'), file, '--id-column', 'respondent', '--lang', 'en'], folder),
    ]);
    expect(imported.status, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as Report;
    expect(report).toMatchObject({ dataset: 'Enquête', kind: 'survey', rows: 4, delimiter: '|' });
    const columns = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(columns.nr).toMatchObject({ role: 'id' });
    expect(columns.buurt).toMatchObject({ role: 'area_code' });
    expect(columns.factor).toMatchObject({ role: 'weight', type: 'number', min: 0.9, max: 1.2 });
    expect(columns.cijfer).toMatchObject({ type: 'number', min: 6.5, max: 8, mean: 7.25 });
    const listed = await runCliAsync(['datasets', project, '--json'], folder);
    expect(JSON.parse(listed.stdout)).toEqual([{ name: 'Enquête', kind: 'survey', rows: 4, columns: 4 }]);

    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(`werkbank: ${file} has no column "respondent". Columns: nr, buurt, factor, cijfer.\n`);
  });
});
