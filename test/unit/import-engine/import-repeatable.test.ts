import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DetectedSchema, ImportPlanSchema } from '../../../shared/import/import-plan';
import { useNewProject, importLog, realFile, storedTable } from './engine-harness';

/**
 * The import log makes an import repeatable: it names the file with its size and SHA-256, and keeps
 * the plan, which `import.start` accepts again and which gives the same stored values.
 */
const newProject = useNewProject('p.skw');

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the import log', () => {
  it('records the file name, size and SHA-256, what was detected and the plan', async () => {
    const { engine, project } = newProject();
    const file = realFile('ggd-wijk-eenzaamheid-2016.csv');
    const { preview, status } = await engine.importFile({ file, name: 'GGD 2016' });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.summary?.sha256).toBe(sha256(file));

    const log = importLog(project, 'GGD 2016');
    expect(log).toMatchObject({
      file_name: 'ggd-wijk-eenzaamheid-2016.csv',
      file_path: file,
      file_size: statSync(file).size,
      file_sha256: sha256(file),
      // 2,983 lines, of which 2826 and 2827 repeat line 2825 (WK191104) and are stored once.
      rows: 2981,
      filtered_rows: 0,
    });
    expect(JSON.parse(log.skipped_lines as string)).toEqual([]);
    expect(DetectedSchema.parse(JSON.parse(log.detected as string))).toEqual(preview.detected);
    const plan = ImportPlanSchema.parse(JSON.parse(log.plan as string));
    expect(plan).toEqual(preview.plan);
    expect(plan.source).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ',', quote: '"', hasHeader: true });
    expect(Date.parse(log.finished_at as string)).toBeGreaterThanOrEqual(Date.parse(log.started_at as string));

    const db = new Database(project, { readonly: true });
    try {
      expect(db.prepare('SELECT source_sha256 FROM dataset WHERE name = ?').pluck().get('GGD 2016')).toBe(sha256(file));
    } finally {
      db.close();
    }
  });

  it("holds a plan with the user's choices that, started again under a new name, stores the same values", async () => {
    const { engine, project } = newProject();
    const file = realFile('cbs-statline-ses-woa-2019-amsterdam.csv');
    const { status } = await engine.importFile({
      file,
      name: 'SES wijken',
      areaLevel: 'wijk',
      missingCodes: ['0.178'],
      columns: {
        Perioden: { include: false },
        'Wijken en buurten': { name: 'wijknaam', label: 'Naam van de wijk' },
        'Particuliere huishoudens (Aantal)': { name: 'huishoudens' },
      },
    });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.summary?.rows).toBe(99);

    const first = storedTable(project, 'SES wijken');
    expect(first.columns).not.toContain('Perioden');
    expect(first.columns.slice(0, 3)).toEqual(['wijknaam', 'Regiocode (gemeente, wijk, buurt) (code)', 'huishoudens']);
    // Two wijken score 0.178 and one is "."; the missing code makes all three missing.
    const ses = first.rows.map((r) => r['SES-WOA/Totaalscore/Gemiddelde score (Getal)']);
    expect(ses).not.toContain(0.178);
    expect(ses.filter((value) => value === null)).toHaveLength(3);

    const logged = ImportPlanSchema.parse(JSON.parse(importLog(project, 'SES wijken').plan as string));
    expect(logged).toMatchObject({ file, name: 'SES wijken', areaLevel: 'wijk', kind: 'area' });
    const replay = await engine.start({ plan: { ...logged, name: 'SES wijken (herhaald)' }, detected: null });
    const ended = await engine.workbench.imports.wait(replay.id);
    expect(ended.state, JSON.stringify(ended.error)).toBe('done');
    expect(ended.summary).toMatchObject({ rows: 99, filteredRows: 480, sha256: status.summary?.sha256 });

    const second = storedTable(project, 'SES wijken (herhaald)');
    expect(second).toEqual(first);
    expect(await engine.variables('SES wijken (herhaald)')).toEqual(await engine.variables('SES wijken'));
    expect((await engine.variables('SES wijken')).find((v) => v.name === 'wijknaam')?.label).toBe('Naam van de wijk');
    expect(JSON.parse(importLog(project, 'SES wijken (herhaald)').plan as string)).toEqual({
      ...logged,
      name: 'SES wijken (herhaald)',
    });
  });
});
