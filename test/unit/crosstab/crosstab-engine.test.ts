import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrossTable, CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import type { ContractError } from '../../../shared/contract/result';
import { crosstabWorkbench, errorCode, fixtures, type CrosstabWorkbench } from './crosstab-workbench';

/**
 * Cross-tables from real project files: the fixture CSVs imported through the contract, the tables
 * computed through it, and the figures checked against published values or counts made here from the
 * CSV itself.
 */

const hairEyeFile = path.join(fixtures, 'haireyecolor.csv');
const wijkenFile = path.join(fixtures, 'wijken-voorkeur.csv');

/** R's HairEyeColor, by sex, as published (Hair × Eye: Brown, Blue, Hazel, Green). */
const published = {
  Male: { Black: [32, 11, 10, 3], Brown: [53, 50, 25, 15], Red: [10, 10, 7, 7], Blond: [3, 30, 5, 8] },
  Female: { Black: [36, 9, 5, 2], Brown: [66, 34, 29, 14], Red: [16, 7, 7, 7], Blond: [4, 64, 5, 8] },
} as const;
const eyes = ['Brown', 'Blue', 'Hazel', 'Green'] as const;
const hairs = ['Black', 'Brown', 'Red', 'Blond'] as const;

/** The rows of the fixture as the file holds them (no quoting in it), weights with a decimal comma. */
function hairEyeRows(): { hair: string; eye: string; sex: string; weight: number }[] {
  const [, ...lines] = readFileSync(hairEyeFile, 'utf8').trim().split('\r\n');
  return lines.map((line) => {
    const [, hair, eye, sex, weight] = line.split(';');
    return { hair: hair!, eye: eye!, sex: sex!, weight: Number(weight!.replace(',', '.')) };
  });
}

/** A table's figure by category labels, wherever the order put them. */
function at<T>(table: CrossTable, matrix: (T | null)[][], row: string, col: string): T | null {
  const i = table.rowCategories.findIndex((c) => c.label === row);
  const j = table.colCategories.findIndex((c) => c.label === col);
  expect(i, row).toBeGreaterThanOrEqual(0);
  expect(j, col).toBeGreaterThanOrEqual(0);
  return matrix[i]![j]!;
}

let bench: CrosstabWorkbench;
const compute = async (request: Record<string, unknown>) =>
  (await bench.call('crosstab.compute', { dataset: 'hec', ...request })) as CrosstabResult;

beforeAll(async () => {
  bench = await crosstabWorkbench([
    { file: hairEyeFile, choices: { name: 'hec', weightColumn: 'weight' } },
    {
      file: wijkenFile,
      choices: { name: 'wijken', areaColumn: 'wijkcode', areaNameColumn: 'wijknaam', weightColumn: 'weging' },
    },
  ]);
});
afterAll(() => bench.close());

describe('HairEyeColor as 592 respondents', () => {
  it('counts hair × eye as R’s table summed over sex, with chi-square 138.29, df 9, V 0.279 and p < 1e-20', async () => {
    const result = await compute({ rows: { variable: 'hair' }, cols: { variable: 'eye' } });
    expect(result.tables).toHaveLength(1);
    const [table] = result.tables as [CrossTable];
    for (const hair of hairs) {
      for (const [j, eye] of eyes.entries())
        expect(at(table, table.counts, hair, eye)).toBe(published.Male[hair][j]! + published.Female[hair][j]!);
    }
    expect(table.total.count).toBe(592);
    expect(table.statistics!.chiSquare).toBeCloseTo(138.29, 2);
    expect(table.statistics!.df).toBe(9);
    expect(table.statistics!.cramersV).toBeCloseTo(0.279, 3);
    expect(table.statistics!.p).toBeLessThan(1e-20);
    expect(table.statistics!.p).toBeGreaterThan(0);
    // Row percentages add up to 100 per hair colour; column percentages per eye colour.
    for (const row of table.rowPercent) expect(row.reduce((a, b) => a! + b!, 0)).toBeCloseTo(100, 10);
    for (const j of eyes.keys()) expect(table.colPercent.reduce((sum, row) => sum + row[j]!, 0)).toBeCloseTo(100, 10);
    expect(at(table, table.expected, 'Black', 'Brown')).toBeCloseTo((108 * 220) / 592, 10);
    expect(result.weight).toBeNull();
    expect(table.missing.excluded).toBe(0);
  });

  it('with a weight, counts the sum of the weights per cell, n the respondents, and says so', async () => {
    const rows = hairEyeRows();
    const result = await compute({
      rows: { variable: 'hair' },
      cols: { variable: 'eye' },
      weight: 'weight',
      language: 'nl',
    });
    const [table] = result.tables as [CrossTable];
    for (const hair of hairs) {
      for (const eye of eyes) {
        const inCell = rows.filter((r) => r.hair === hair && r.eye === eye);
        expect(at(table, table.counts, hair, eye)).toBeCloseTo(
          inCell.reduce((sum, r) => sum + r.weight, 0),
          10,
        );
        expect(at(table, table.unweighted, hair, eye)).toBe(inCell.length);
      }
    }
    const sumOfWeights = rows.reduce((sum, r) => sum + r.weight, 0);
    expect(sumOfWeights).toBe(666);
    expect(table.total.count).toBeCloseTo(sumOfWeights, 10);
    expect(table.total.unweighted).toBe(592);
    expect(result.weight).toBe('weight');
    expect(table.notes[0]).toContain('Gewogen naar weight');
  });

  it('makes one table per sex with R’s tables, the same categories in each', async () => {
    const result = await compute({ rows: { variable: 'hair' }, cols: { variable: 'eye' }, layer: { variable: 'sex' } });
    expect(result.tables.map((t) => t.layer?.label)).toEqual(['Female', 'Male']);
    for (const table of result.tables) {
      const sex = table.layer!.label as keyof typeof published;
      expect(table.rowCategories).toEqual(result.tables[0]!.rowCategories);
      for (const hair of hairs)
        for (const [j, eye] of eyes.entries()) expect(at(table, table.counts, hair, eye)).toBe(published[sex][hair][j]);
    }
    expect(result.tables.map((t) => t.total.count)).toEqual([313, 279]);
  });

  it('orders categories by value (text as Dutch sorts it) or by frequency', async () => {
    const byValue = await compute({ rows: { variable: 'hair' }, cols: { variable: 'eye', order: 'frequency' } });
    expect(byValue.tables[0]!.rowCategories.map((c) => c.label)).toEqual(['Black', 'Blond', 'Brown', 'Red']);
    // Eye totals: Brown 220, Blue 215, Hazel 93, Green 64.
    expect(byValue.tables[0]!.colCategories.map((c) => c.label)).toEqual(['Brown', 'Blue', 'Hazel', 'Green']);
  });

  it('hides small cells from partners: null figures, no tests, and the same pattern researchers see marked', async () => {
    const request = { rows: { variable: 'hair' }, cols: { variable: 'eye' }, layer: { variable: 'sex' } };
    const researcher = await compute(request);
    const partner = await compute({ ...request, audience: 'partner' });
    for (const [t, table] of partner.tables.entries()) {
      const seen = researcher.tables[t]!;
      expect(table.suppressed).toEqual(seen.suppressed);
      table.suppressed.forEach((row, i) =>
        row.forEach((mark, j) => {
          const n = seen.unweighted[i]![j]!;
          if (n > 0 && n < 10) expect(mark).toBe('threshold');
          if (mark) {
            expect(table.counts[i]![j]).toBeNull();
            expect(table.rowPercent[i]![j]).toBeNull();
            expect(table.residuals[i]![j]).toBeNull();
          } else {
            expect(table.counts[i]![j]).toBe(seen.counts[i]![j]);
          }
        }),
      );
      expect(seen.counts.flat().every((n) => n !== null)).toBe(true);
      expect(table.statistics).toBeNull();
      expect(seen.statistics).not.toBeNull();
    }
    // Female Black × Green (2) is below the threshold.
    const female = partner.tables[0]!;
    expect(at(female, female.suppressed, 'Black', 'Green')).toBe('threshold');
  });

  it('counts afresh once the data changes, also by another connection (the counts are cached until then)', async () => {
    const request = { rows: { variable: 'hair' }, cols: { variable: 'eye' } };
    const before = (await compute(request)).tables[0]!;
    expect(at(before, before.counts, 'Red', 'Green')).toBe(14);
    const other = new Database(bench.workbench.current().path);
    const table = (other.prepare("SELECT table_name FROM dataset WHERE name = 'hec'").get() as { table_name: string })
      .table_name;
    const column = (name: string) =>
      (
        other
          .prepare(
            "SELECT column_name FROM variable WHERE name = ? AND dataset_id = (SELECT id FROM dataset WHERE name = 'hec')",
          )
          .get(name) as { column_name: string }
      ).column_name;
    const recode = (from: string, to: string) =>
      other
        .prepare(
          `UPDATE "${table}" SET "${column('hair')}" = ? WHERE "_row" = (SELECT MIN("_row") FROM "${table}" WHERE "${column('hair')}" = ? AND "${column('eye')}" = 'Green')`,
        )
        .run(to, from);
    recode('Blond', 'Red');
    const after = (await compute(request)).tables[0]!;
    expect(at(after, after.counts, 'Red', 'Green')).toBe(15);
    expect(at(after, after.counts, 'Blond', 'Green')).toBe(15);
    recode('Red', 'Blond');
    other.close();
    const restored = (await compute(request)).tables[0]!;
    expect(at(restored, restored.counts, 'Red', 'Green')).toBe(14);
  });

  it('follows a change of the publication threshold at once', async () => {
    await bench.call('project.updateSettings', { publicationThreshold: 3 });
    const low = await compute({
      rows: { variable: 'hair' },
      cols: { variable: 'eye' },
      layer: { variable: 'sex' },
      audience: 'partner',
    });
    await bench.call('project.updateSettings', { publicationThreshold: 10 });
    const high = await compute({
      rows: { variable: 'hair' },
      cols: { variable: 'eye' },
      layer: { variable: 'sex' },
      audience: 'partner',
    });
    const hiddenCells = (result: CrosstabResult) =>
      result.tables[0]!.suppressed.flat().filter((mark) => mark !== null).length;
    const female = low.tables[0]!;
    expect(low.threshold).toBe(3);
    // Black × Green (2) is the only female cell below 3; with its protection, far fewer cells are hidden.
    expect(female.suppressed.flat().filter((mark) => mark === 'threshold')).toHaveLength(1);
    expect(at(female, female.suppressed, 'Black', 'Green')).toBe('threshold');
    expect(hiddenCells(low)).toBeLessThan(hiddenCells(high));
    expect(at(female, female.counts, 'Blond', 'Blue')).toBe(64);
  });
});

describe('missing values, bins, labels and areas', () => {
  let survey: CrosstabWorkbench;
  beforeAll(async () => {
    const file = path.join(bench.folder, 'buurtonderzoek.csv');
    // Scores on and around the cut points 90 and 110; two respondents without a score, one without a
    // tevredenheid, one with neither; tevredenheid is a 1–3 scale with labels.
    const lines = [
      'respondent;score;tevredenheid;geslacht',
      '1;89,5;1;man',
      '2;90;2;vrouw',
      '3;100;3;vrouw',
      '4;110;2;man',
      '5;110,5;3;vrouw',
      '6;;1;man',
      '7;;2;vrouw',
      '8;95;;man',
      '9;;;vrouw',
      '10;130;3;man',
    ];
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    survey = await crosstabWorkbench([
      {
        file,
        choices: {
          name: 'buurt',
          columns: {
            tevredenheid: {
              type: 'category',
              ordinal: true,
              valueLabels: { 1: 'ontevreden', 2: 'neutraal', 3: 'tevreden' },
            },
          },
        },
      },
    ]);
  });
  afterAll(() => survey.close());
  const buurt = async (request: Record<string, unknown>) =>
    (await survey.call('crosstab.compute', { dataset: 'buurt', language: 'nl', ...request })) as CrosstabResult;

  it('bins a number by its cut points: a value on 90 or 110 falls in "90–110", only above 110 in "> 110"', async () => {
    const result = await buurt({ rows: { variable: 'score', bins: [90, 110] }, cols: { variable: 'geslacht' } });
    const [table] = result.tables as [CrossTable];
    expect(table.rowCategories.map((c) => c.label)).toEqual(['< 90', '90–110', '> 110']);
    const totals = table.rowTotals.map((m) => m.count);
    expect(totals).toEqual([1, 4, 2]);
    expect(table.missing.rowVariable).toBe(3);
    expect(table.missing.excluded).toBe(3);
    expect(table.notes.some((n) => n.startsWith('3 respondenten weggelaten'))).toBe(true);
  });

  it('shows missing values as a category of their own when asked, last', async () => {
    const result = await buurt({
      rows: { variable: 'tevredenheid' },
      cols: { variable: 'score', bins: [100] },
      missing: 'category',
    });
    const [table] = result.tables as [CrossTable];
    expect(table.rowCategories.map((c) => c.label)).toEqual(['ontevreden', 'neutraal', 'tevreden', 'Ontbrekend']);
    expect(table.rowCategories[3]).toEqual({ value: null, label: 'Ontbrekend', missing: true });
    expect(table.colCategories.map((c) => c.label)).toEqual(['< 100', '≥ 100', 'Ontbrekend']);
    expect(table.total.count).toBe(10);
    // Respondent 9 has neither.
    expect(table.counts[3]![2]).toBe(1);
    expect(table.missing.excluded).toBe(0);
  });

  it('leaves out rows without a layer value and says how many, or makes them a layer of their own', async () => {
    const request = {
      rows: { variable: 'geslacht' },
      cols: { variable: 'score', bins: [100] },
      layer: { variable: 'tevredenheid' },
    };
    const excluded = await buurt(request);
    // Respondents 8 and 9 have no tevredenheid.
    expect(excluded.layerMissing).toBe(2);
    expect(excluded.tables).toHaveLength(3);
    expect(excluded.tables[0]!.notes).toContain('2 respondenten zonder waarde voor de laagvariabele weggelaten.');
    const own = await buurt({ ...request, missing: 'category' });
    expect(own.tables.map((t) => t.layer?.missing)).toEqual([false, false, false, true]);
    expect(own.tables[3]!.total.count).toBe(2);
    expect(own.tables.reduce((sum, t) => sum + t.total.count!, 0)).toBe(10);
  });

  it('takes value labels from the variable view as they are now, in the order of the values', async () => {
    await survey.call('datasets.updateVariable', {
      dataset: 'buurt',
      variable: 'tevredenheid',
      valueLabels: { 1: 'zeer ontevreden', 2: 'neutraal', 3: 'zeer tevreden' },
    });
    const result = await buurt({ rows: { variable: 'tevredenheid' }, cols: { variable: 'geslacht' } });
    expect(result.tables[0]!.rowCategories.map((c) => [c.value, c.label])).toEqual([
      [1, 'zeer ontevreden'],
      [2, 'neutraal'],
      [3, 'zeer tevreden'],
    ]);
    const byLabel = await buurt({ rows: { variable: 'tevredenheid', order: 'label' }, cols: { variable: 'geslacht' } });
    expect(byLabel.tables[0]!.rowCategories.map((c) => c.label)).toEqual([
      'neutraal',
      'zeer ontevreden',
      'zeer tevreden',
    ]);
  });

  it('labels wijken with their names', async () => {
    const result = (await bench.call('crosstab.compute', {
      dataset: 'wijken',
      rows: { variable: 'wijkcode' },
      cols: { variable: 'voorkeur' },
    })) as CrosstabResult;
    expect(result.tables[0]!.rowCategories.map((c) => [c.value, c.label])).toEqual([
      ['WK026801', 'Wijk 01 Stadscentrum'],
      ['WK026802', 'Wijk 02 Benedenstad'],
      ['WK026803', 'Wijk 03 Nijmegen-Oud-West'],
    ]);
    expect(result.tables[0]!.colCategories.map((c) => c.label)).toContain('café');
  });

  it('refuses bins on text, a text weight, unknown variables and a variable with too many values', async () => {
    await expect(
      buurt({ rows: { variable: 'geslacht', bins: [1] }, cols: { variable: 'score' } }).catch(errorCode),
    ).resolves.toBe('crosstab_bins_not_numeric');
    await expect(
      buurt({ rows: { variable: 'geslacht' }, cols: { variable: 'tevredenheid' }, weight: 'geslacht' }).catch(
        errorCode,
      ),
    ).resolves.toBe('weight_unusable');
    // The id column is stored as a number, but its numbers name rows: never a weight.
    const byId = bench.call('crosstab.compute', {
      dataset: 'hec',
      rows: { variable: 'hair' },
      cols: { variable: 'eye' },
      weight: 'respondent',
    });
    await expect(byId.catch((error: ContractError) => [error.code, error.message.nl])).resolves.toEqual([
      'weight_unusable',
      '"respondent" in "hec" is de id-kolom van de dataset: de getallen nummeren de rijen en zijn geen gewicht. Kies een andere weegfactor of weeg niet.',
    ]);
    await expect(buurt({ rows: { variable: 'leeftijd' }, cols: { variable: 'score' } }).catch(errorCode)).resolves.toBe(
      'variable_not_found',
    );
    await expect(
      buurt({ rows: { variable: 'score' }, cols: { variable: 'geslacht', bins: [2, 1] } }).catch(errorCode),
    ).resolves.toBe('invalid_request');
    const tooMany = bench.call('crosstab.compute', {
      dataset: 'hec',
      rows: { variable: 'respondent' },
      cols: { variable: 'eye' },
    });
    await expect(tooMany.catch(errorCode)).resolves.toBe('crosstab_too_many_categories');
  });
});
