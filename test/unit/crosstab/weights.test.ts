import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImport } from '../../../engine/import/prepare-import';
import { runCli } from '../../helpers/run-cli';

/**
 * Any numeric variable is a weight, as in SPSS and jamovi, and one with a weight's name gets the role at
 * import even when its values are integer codes. Through the real `werkbank` command; the import plan
 * through prepareImport.
 */

/**
 * R's `datasets::HairEyeColor` (Snee 1974, "Graphical display of two-way contingency tables", The
 * American Statistician 28, 9–12), as printed by `HairEyeColor` in R: persons by hair, eye colour (Brown,
 * Blue, Hazel, Green) and sex.
 */
const hairEyeColor: Record<'Male' | 'Female', Record<'Black' | 'Brown' | 'Red' | 'Blond', readonly number[]>> = {
  Male: { Black: [32, 11, 10, 3], Brown: [53, 50, 25, 15], Red: [10, 10, 7, 7], Blond: [3, 30, 5, 8] },
  Female: { Black: [36, 9, 5, 2], Brown: [66, 34, 29, 14], Red: [16, 7, 7, 7], Blond: [4, 64, 5, 8] },
};
const eyes = ['Brown', 'Blue', 'Hazel', 'Green'] as const;

/** One row per person; `gewicht` 2 for blond hair, else 1: integer codes the import would read as ordinal. */
function hairEyeCsv(): string {
  const lines = ['hair,eye,sex,gewicht'];
  for (const [sex, byHair] of Object.entries(hairEyeColor)) {
    for (const [hair, counts] of Object.entries(byHair)) {
      counts.forEach((count, j) => {
        for (let k = 0; k < count; k++) lines.push(`${hair},${eyes[j]},${sex},${hair === 'Blond' ? 2 : 1}`);
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Hair × eye summed over sex, blond counted twice: by hand from the table above. */
const weighted: Record<string, Record<string, number>> = {
  Black: { Brown: 32 + 36, Blue: 11 + 9, Hazel: 10 + 5, Green: 3 + 2 },
  Brown: { Brown: 53 + 66, Blue: 50 + 34, Hazel: 25 + 29, Green: 15 + 14 },
  Red: { Brown: 10 + 16, Blue: 10 + 7, Hazel: 7 + 7, Green: 7 + 7 },
  Blond: { Brown: (3 + 4) * 2, Blue: (30 + 64) * 2, Hazel: (5 + 5) * 2, Green: (8 + 8) * 2 },
};

interface CrosstabJson {
  rowCategories: string[];
  colCategories: string[];
  counts: (number | null)[][];
  n: number;
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  weight: string | null;
  missing: { excluded: number | null; weight: number | null };
}

interface ImportJson {
  rows: number;
  columns: { name: string; type: string; role: string | null }[];
}

let home: string;
beforeAll(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'werkbank-weights-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

function importCsv(project: string, name: string, text: string, ...flags: string[]): ImportJson {
  const file = path.join(home, `${name}.csv`);
  writeFileSync(file, text);
  const run = runCli(['import', project, file, '--name', name, '--json', ...flags], home);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ImportJson;
}

describe('HairEyeColor with gewicht = 2 for blond hair', () => {
  let project: string;
  beforeAll(() => {
    project = path.join(home, 'haar.skw');
  });

  it('imports gewicht as a numeric weight, and the crosstab counts the weights, chi-square on the weighted counts', () => {
    const imported = importCsv(project, 'hec', hairEyeCsv());
    expect(imported.rows).toBe(592);
    expect(imported.columns.find((c) => c.name === 'gewicht')).toMatchObject({ type: 'number', role: 'weight' });

    const run = runCli(
      ['crosstab', project, '--dataset', 'hec', '--rows', 'hair', '--cols', 'eye', '--weight', 'gewicht', '--json'],
      home,
    );
    expect(run.status, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout) as CrosstabJson;
    expect(table.weight).toBe('gewicht');
    table.rowCategories.forEach((hair, i) =>
      table.colCategories.forEach((eye, j) =>
        expect(table.counts[i]![j], `${hair} × ${eye}`).toBe(weighted[hair]![eye]),
      ),
    );
    const cell = (hair: string, eye: string) =>
      table.counts[table.rowCategories.indexOf(hair)]![table.colCategories.indexOf(eye)];
    expect(cell('Blond', 'Blue')).toBe(188);
    expect(cell('Black', 'Brown')).toBe(68);
    // 592 persons, the 127 blond ones counted twice.
    expect(table.n).toBe(719);
    expect(table.missing.weight).toBe(0);
    // Pearson's X² on the weighted 4 × 4 table, as SPSS computes it; by the textbook formula
    // Σ (o − e)² / e, e = row total × column total / 719, in python3 outside the project:
    // X² = 210.85278372228564, V = √(X² / (719 × 3)) = 0.3126544374785864, and
    // scipy.stats.chi2.sf(X², 9) = 1.7502395858631066e-40.
    expect(table.chiSquare).toBeCloseTo(210.852784, 5);
    expect(table.df).toBe(9);
    expect(table.cramersV).toBeCloseTo(0.312654, 5);
    expect(table.p! / 1.7502395858631066e-40).toBeCloseTo(1, 3);
  });
});

describe('weights the crosstab takes and refuses', () => {
  let project: string;
  // Twelve persons; `klasse` is integer codes (an ordinal category), the others are what a weight cannot be.
  const rows = [
    ['a', '1', '1.5', 'zonnig', '', '0'],
    ['a', '2', '1.2', 'regen', '', '0'],
    ['a', '1', '0.8', 'wind', '', '0'],
    ['a', '2', '1', 'mist', '', '0'],
    ['a', '1', '-1', 'hagel', '', '0'],
    ['a', '1', '1', 'sneeuw', '', '0'],
    ['b', '2', '1', 'storm', '', '0'],
    ['b', '1', '1', 'ijzel', '', '0'],
    ['b', '2', '1', 'onweer', '', '0'],
    ['b', '1', '1', 'motregen', '', '0'],
    ['b', '1', '1', 'dooi', '', '0'],
    ['b', '2', '1', 'vorst', '', '0'],
  ];
  const crosstab = (weight: string, language: 'nl' | 'en') =>
    runCli(
      [
        'crosstab',
        project,
        '--dataset',
        'weer',
        '--rows',
        'groep',
        '--cols',
        'klasse',
        '--weight',
        weight,
        '--lang',
        language,
        '--json',
      ],
      home,
    );

  beforeAll(() => {
    project = path.join(home, 'weer.skw');
    const text = [['groep', 'klasse', 'factor', 'opmerking', 'weegfactor', 'nul'], ...rows]
      .map((row) => row.join(','))
      .join('\n');
    const imported = importCsv(project, 'weer', `${text}\n`);
    expect(imported.columns.map((c) => [c.name, c.type])).toEqual([
      ['groep', 'category'],
      ['klasse', 'category'],
      ['factor', 'number'],
      ['opmerking', 'text'],
      ['weegfactor', 'number'],
      ['nul', 'category'],
    ]);
  });

  it('takes integer codes read as an ordinal category as a weight', () => {
    const run = crosstab('klasse', 'nl');
    expect(run.status, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout) as CrosstabJson;
    // Klasse 1 weighs 1, klasse 2 weighs 2: group a has four 1s and two 2s, group b three of each.
    expect(table.rowCategories).toEqual(['a', 'b']);
    expect(table.colCategories).toEqual(['1', '2']);
    expect(table.counts).toEqual([
      [4, 4],
      [3, 6],
    ]);
    expect(table.n).toBe(17);
  });

  it('refuses a weight with a negative value, naming the column and the value, and says how to declare it missing', () => {
    const nl = crosstab('factor', 'nl');
    expect(nl.status).toBe(1);
    expect(nl.stderr).toContain(
      '"factor" in "weer" heeft negatieve waarden (de laagste is -1) en kan dus geen weegfactor zijn',
    );
    expect(nl.stderr).toContain('Is -1 een code voor ontbrekend?');
    expect(nl.stderr).toContain('Extra ontbrekende codes');
    expect(nl.stderr).toContain('--missing "-1"');
    const en = crosstab('factor', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('"factor" in "weer" has negative values (the lowest is -1), so it cannot be a weight');
    expect(en.stderr).toContain('Extra missing codes');
  });

  it('refuses a text column as a weight, naming it and saying where its type is chosen', () => {
    const nl = crosstab('opmerking', 'nl');
    expect(nl.status).toBe(1);
    expect(nl.stderr).toContain('"opmerking" in "weer" is tekst, geen getal, en kan dus geen weegfactor zijn');
    expect(nl.stderr).toContain('Data → Gegevens importeren…');
    expect(nl.stderr).toContain('het type Getal');
    expect(nl.stderr).toContain('--weight-column "opmerking"');
    const en = crosstab('opmerking', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('"opmerking" in "weer" is text, not a number, so it cannot be a weight');
    expect(en.stderr).toContain('Data → Import data…');
    expect(en.stderr).toContain('the type Number');
  });

  it('refuses a weight that is missing in every row, and one that is 0 in every row', () => {
    const nl = crosstab('weegfactor', 'nl');
    expect(nl.status).toBe(1);
    expect(nl.stderr).toContain(
      '"weegfactor" in "weer" heeft in geen enkele rij een waarde (alle 12 ontbreken) en kan dus geen weegfactor zijn',
    );
    const en = crosstab('weegfactor', 'en');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(
      '"weegfactor" in "weer" has no value in any row (all 12 are missing), so it cannot be a weight',
    );
    const zero = crosstab('nul', 'en');
    expect(zero.status).toBe(1);
    expect(zero.stderr).toContain('"nul" in "weer" is 0 or missing in every row, so it cannot be a weight');
  });
});

describe('the weight column in the import plan', () => {
  it('is stored as a number, whatever its detected type or a type chosen after its role', async () => {
    const file = path.join(home, 'plan.csv');
    writeFileSync(file, 'groep,klasse,opmerking\na,1,zonnig\na,2,regen\nb,1,wind\nb,2,mist\na,1,hagel\nb,2,storm\n');
    const codes = await prepareImport({ file, weightColumn: 'klasse' });
    expect(codes.inferred[1]).toMatchObject({ type: 'category', ordinal: true });
    expect(codes.plan.columns[1]).toMatchObject({ name: 'klasse', type: 'number', ordinal: false, role: 'weight' });
    const text = await prepareImport({ file, weightColumn: 'opmerking', columns: { opmerking: { type: 'text' } } });
    expect(text.plan.columns[2]).toMatchObject({ name: 'opmerking', type: 'number', role: 'weight' });
  });
});
