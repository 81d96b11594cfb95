import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../helpers/temp-folder';
import { projectSnapshot, realFile, runCliAsync, storedTable, useNewProject } from './engine-harness';

const tempFolder = useTempFolder();
const newProject = useNewProject();
const elan = realFile('elan-wijken-zorg-inkomen-2009-2022.csv');

/**
 * The ELAN long file: one row per wijk and year (191 wijken × up to 14 years, 2,674 rows). Figures read
 * from the raw CSV with Python's csv module, rows with YEAR = 2016: 191 rows, 191 distinct WKC;
 * WK048401 has WKN "Oudshoorn" (gem_name "Alphen aan den Rijn"), AGE_MEAN 40.6242906900712 and
 * Income_MEAN 31240.8976954555; WK178304 is on 14 rows of the whole file (2009–2022).
 */
describe('an area file with a row per area and year', () => {
  it('is refused as an area dataset with a message that names the code, the column and its values, and leaves nothing behind', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'elan.skw');
    for (const args of [[], ['--kind', 'area']]) {
      const run = await runCliAsync(['import', project, elan, ...args], folder);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('WK178304 op 14 regels');
      expect(run.stderr).toContain(
        'De kolom "YEAR" onderscheidt ze (2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022)',
      );
      expect(run.stderr).toContain('--keep "YEAR=WAARDE"');
    }
    const english = await runCliAsync(['import', project, elan, '--lang', 'en'], folder);
    expect(english.stderr).toContain('The column "YEAR" tells them apart');
    expect(projectSnapshotOrNothing(project)).toBe('no project file');
  });

  it('keeps one year with --keep YEAR=2016: 191 areas, each with that year’s values and its own wijk name', async () => {
    const folder = tempFolder();
    const project = path.join(folder, 'elan.skw');
    const run = await runCliAsync(['import', project, elan, '--keep', 'YEAR=2016', '--name', 'elan', '--json'], folder);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      kind: string;
      rows: number;
      filteredRows: number;
      columns: { name: string; role: string | null }[];
    };
    expect(report).toMatchObject({ kind: 'area', rows: 191, filteredRows: 2674 - 191 });
    expect(report.columns.find((c) => c.role === 'area_name')?.name).toBe('WKN');
    const stored = storedTable(project, 'elan').rows;
    expect(stored).toHaveLength(191);
    expect(new Set(stored.map((row) => row.WKC)).size).toBe(191);
    expect(stored.find((row) => row.WKC === 'WK048401')).toMatchObject({
      WKN: 'Oudshoorn',
      AGE_MEAN: 40.6242906900712,
      Income_MEAN: 31240.8976954555,
    });
    // The note about a column of one value leaves out YEAR: it holds 2016 by the user's own choice.
    expect(run.stderr).not.toContain('"YEAR"');

    const mapped = await runCliAsync(
      ['map', project, '--dataset', 'elan', '--variable', 'Income_MEAN', '--condition', 'security'],
      folder,
    );
    expect(mapped.status, mapped.stderr).toBe(0);
    const scores = await runCliAsync(['scores', project, '--dataset', 'elan', '--json'], folder);
    const area = (
      JSON.parse(scores.stdout) as { areas: { code: string; name: string; details: { value: number }[] }[] }
    ).areas.find((a) => a.code === 'WK048401')!;
    expect(area.name).toBe('Oudshoorn');
    expect(area.details[0]!.value).toBe(31240.8976954555);
  });

  it('is stopped by the import itself when a plan for an area dataset reaches it with repeated codes, changing nothing', async () => {
    const { engine, project } = newProject();
    const before = projectSnapshot(project);
    const { status } = await engine.importFile({ file: elan, name: 'elan', kind: 'area' });
    expect(status.state).toBe('failed');
    expect(status.error?.code).toBe('import_repeated_areas');
    expect(status.error?.message.nl).toContain('191 gebied(en) staan op meer dan één regel');
    expect(projectSnapshot(project)).toEqual(before);
  });
});

function projectSnapshotOrNothing(project: string): unknown {
  try {
    return projectSnapshot(project);
  } catch {
    return 'no project file';
  }
}
