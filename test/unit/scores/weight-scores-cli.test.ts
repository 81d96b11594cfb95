import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import type { ScoreTable } from '../../../shared/scores/score-types';

/**
 * The scores' weighted means take the same weights as the crosstab: a `gewicht` of integer codes is the
 * survey's weight, and a weight the crosstab refuses is refused here too. Through the real `werkbank`.
 */

/** Per wijk, respondents as [item, gewicht]; `factor` is gewicht with one -1 in wijk 3. */
const respondents: Record<string, [number, number][]> = {
  WK026801: [
    [1, 1],
    [2, 2],
    [3, 1],
    [4, 2],
  ],
  WK026802: [
    [5, 1],
    [4, 1],
    [3, 2],
    [5, 2],
  ],
  WK026803: [
    [2, 2],
    [2, 1],
    [1, 1],
    [3, 1],
  ],
};
/** Σ gewicht × item / Σ gewicht per wijk, by hand from the rows above. */
const weightedMeans = { WK026801: (1 + 4 + 3 + 8) / 6, WK026802: (5 + 4 + 6 + 10) / 6, WK026803: (4 + 2 + 1 + 3) / 5 };

function surveyCsv(): string {
  const lines = ['wijkcode,item,gewicht,factor'];
  for (const [code, rows] of Object.entries(respondents)) {
    rows.forEach(([item, weight], r) =>
      lines.push(`${code},${item},${weight},${code === 'WK026803' && r === 0 ? -1 : weight}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

let home: string;
let file: string;
beforeAll(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'werkbank-weight-scores-'));
  file = path.join(home, 'enquete.csv');
  writeFileSync(file, surveyCsv());
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

function importAndMap(project: string, ...flags: string[]): void {
  const imported = runCli(['import', project, file, '--name', 'enquete', '--kind', 'survey', ...flags], home);
  expect(imported.status, imported.stderr).toBe(0);
  const mapped = runCli(
    ['map', project, '--dataset', 'enquete', '--variable', 'item', '--condition', 'cohesion'],
    home,
  );
  expect(mapped.status, mapped.stderr).toBe(0);
}

describe('weights in the scores', () => {
  it('weighs each wijk’s mean by a gewicht of integer codes, found by its name', () => {
    const project = path.join(home, 'gewicht.skw');
    importAndMap(project);
    const run = runCli(['scores', project, '--dataset', 'enquete', '--json'], home);
    expect(run.status, run.stderr).toBe(0);
    const table = JSON.parse(run.stdout) as ScoreTable;
    expect(table.weighted).toBe('gewicht');
    for (const area of table.areas)
      expect(area.details[0]!.value, area.code).toBeCloseTo(weightedMeans[area.code as keyof typeof weightedMeans], 12);
  });

  it('refuses a weight with a negative value, as the crosstab does, in Dutch and English', () => {
    const project = path.join(home, 'factor.skw');
    importAndMap(project, '--weight-column', 'factor');
    const nl = runCli(['scores', project, '--dataset', 'enquete', '--lang', 'nl'], home);
    expect(nl.status).toBe(1);
    expect(nl.stderr).toContain(
      '"factor" in "enquete" heeft negatieve waarden (de laagste is -1) en kan dus geen weegfactor zijn',
    );
    const en = runCli(['scores', project, '--dataset', 'enquete', '--lang', 'en'], home);
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(
      '"factor" in "enquete" has negative values (the lowest is -1), so it cannot be a weight',
    );
  });
});
