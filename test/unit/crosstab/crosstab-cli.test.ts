import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { fixtures } from './crosstab-workbench';

const hairEyeFile = path.join(fixtures, 'haireyecolor.csv');

interface CrosstabJson {
  layer?: string;
  rowCategories: string[];
  colCategories: string[];
  counts: (number | null)[][];
  n: number;
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  suppressed: boolean[][];
}

/** HairEyeColor summed over sex, by hair and eye colour. */
const summed: Record<string, Record<string, number>> = {
  Black: { Brown: 68, Blue: 20, Hazel: 15, Green: 5 },
  Brown: { Brown: 119, Blue: 84, Hazel: 54, Green: 29 },
  Red: { Brown: 26, Blue: 17, Hazel: 14, Green: 14 },
  Blond: { Brown: 7, Blue: 94, Hazel: 10, Green: 16 },
};

describe('werkbank crosstab', () => {
  let home: string;
  let project: string;
  // One project for every test: importing is the slow part.
  beforeAll(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'werkbank-crosstab-cli-'));
    project = path.join(home, 'hec.skw');
    const imported = runCli(['import', project, hairEyeFile, '--name', 'hec', '--weight-column', 'weight'], home);
    expect(imported.status, imported.stderr).toBe(0);
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const crosstab = (...args: string[]) =>
    runCli(['crosstab', project, '--dataset', 'hec', '--rows', 'hair', '--cols', 'eye', ...args], home);

  it('prints the issue’s JSON: categories, counts in their order, n, chi-square, df, p, V, suppressed', () => {
    const run = crosstab('--json');
    expect(run.status, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout) as CrosstabJson;
    table.rowCategories.forEach((hair, i) =>
      table.colCategories.forEach((eye, j) => expect(table.counts[i]![j]).toBe(summed[hair]![eye])),
    );
    expect(table.n).toBe(592);
    expect(table.chiSquare).toBeCloseTo(138.29, 2);
    expect(table.df).toBe(9);
    expect(table.cramersV).toBeCloseTo(0.279, 3);
    expect(table.p).toBeGreaterThan(0);
    expect(table.p).toBeLessThan(1e-20);
    // Black × Green (5) and Blond × Brown (7) are below the threshold of 10.
    const black = table.rowCategories.indexOf('Black');
    const green = table.colCategories.indexOf('Green');
    expect(table.suppressed[black]![green]).toBe(true);
    expect(table.suppressed.flat().every((v) => typeof v === 'boolean')).toBe(true);
  });

  it('with --weight, counts the weights, and n is their sum', () => {
    const run = crosstab('--weight', 'weight', '--json');
    expect(run.status, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout) as CrosstabJson;
    expect(table.n).toBeCloseTo(666, 10);
    expect(table.counts.flat().reduce((a, b) => a! + b!, 0)).toBeCloseTo(666, 10);
  });

  it('with --layer, prints one table per layer as an array', () => {
    const run = crosstab('--layer', 'sex', '--json', '--audience', 'partner');
    expect(run.status, run.stderr).toBe(0);
    const tables = JSON.parse(run.stdout) as CrosstabJson[];
    expect(tables.map((t) => t.layer)).toEqual(['Female', 'Male']);
    expect(tables.map((t) => t.n)).toEqual([313, 279]);
    // Partners get no figures for hidden cells, and no tests.
    const female = tables[0]!;
    female.suppressed.forEach((row, i) =>
      row.forEach((hidden, j) => hidden && expect(female.counts[i]![j]).toBeNull()),
    );
    expect(female.chiSquare).toBeNull();
  });

  it('prints an aligned table with counts and row percentages for people', () => {
    const run = crosstab('--lang', 'nl');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('hair × eye');
    const header = lines[1]!;
    expect(header).toMatch(/Blue\s+Brown\s+Green\s+Hazel\s+Totaal$/);
    const brown = lines.find((l) => l.startsWith('Brown'))!;
    expect(brown).toContain('119 (41,6%)');
    expect(brown.length).toBe(header.length);
    expect(run.stdout).toContain('χ² = 138,29, df = 9');
    expect(run.stdout).toContain('° = verborgen in partnerweergaven en exports');
  });

  it('bins a number with --bins-rows', () => {
    const run = runCli(
      [
        'crosstab',
        project,
        '--dataset',
        'hec',
        '--rows',
        'respondent',
        '--bins-rows',
        '100,300',
        '--cols',
        'sex',
        '--json',
      ],
      home,
    );
    expect(run.status, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout) as CrosstabJson;
    expect(table.rowCategories).toEqual(['< 100', '100–300', '> 300']);
    // Respondents 1–99, 100–300, 301–592.
    expect(table.counts.map((row) => row.reduce((a, b) => a! + b!, 0))).toEqual([99, 201, 292]);
  });

  it('exports a CSV for Dutch Excel with --export, threshold applied', () => {
    const file = path.join(home, 'haar-ogen.csv');
    const run = crosstab('--export', file);
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Black;20;68;<10;');
  });

  it('refuses a missing --cols (usage) and an unknown variable (user error)', () => {
    const usage = runCli(['crosstab', project, '--dataset', 'hec', '--rows', 'hair'], home);
    expect(usage.status).toBe(2);
    const unknown = crosstab('--weight', 'gewicht', '--lang', 'en');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('has no variable "gewicht"');
  });
});
