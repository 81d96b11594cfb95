import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SURVEY, useExampleProject } from '../../helpers/example-project';
import type { ScoreTable } from '../../../shared/scores/score-types';

const SURVEY = EXAMPLE_SURVEY;
const example = useExampleProject();
const call = example.call;

/** The weighted mean per wijk straight from the stored rows, with SQL: the reference for the per-area sums. */
function weightedMeans(variable: string): Map<string, { mean: number; n: number }> {
  const db = new Database(example.path(), { readonly: true });
  const column = (name: string) =>
    (
      db
        .prepare(
          'SELECT v.column_name AS c FROM variable v JOIN dataset d ON d.id = v.dataset_id WHERE d.name = ? AND v.name = ?',
        )
        .get(SURVEY, name) as { c: string }
    ).c;
  const { table_name: table } = db.prepare('SELECT table_name FROM dataset WHERE name = ?').get(SURVEY) as {
    table_name: string;
  };
  const [x, w, area] = [column(variable), column('weging'), column('wijkcode')];
  const rows = db
    .prepare(
      `SELECT ${area} AS code, SUM(${w} * ${x}) / SUM(${w}) AS mean, COUNT(${x}) AS n FROM ${table} WHERE ${x} IS NOT NULL AND ${w} > 0 GROUP BY ${area}`,
    )
    .all() as { code: string; mean: number; n: number }[];
  db.close();
  return new Map(rows.map((r) => [r.code, { mean: r.mean, n: r.n }]));
}

describe('scores of a weighted survey', () => {
  it('uses the weighted mean of each wijk’s respondents, and n', async () => {
    await call('mappings.set', { dataset: SURVEY, variable: 'coh_vertrouwen', condition: 'cohesion' });
    const table = (await call('scores.compute', { dataset: SURVEY })) as ScoreTable;
    expect(table.weighted).toBe('weging');
    const reference = weightedMeans('coh_vertrouwen');
    expect(table.areas).toHaveLength(9);
    for (const area of table.areas) {
      const detail = area.details.find((d) => d.variable === 'coh_vertrouwen')!;
      expect(detail.value).toBeCloseTo(reference.get(area.code)!.mean, 10);
      expect(detail.n).toBe(reference.get(area.code)!.n);
    }
  });

  it('marks wijken under the publication threshold, and hides their figures for partners', async () => {
    const researcher = (await call('scores.compute', { dataset: SURVEY })) as ScoreTable;
    const noord = researcher.areas.find((a) => a.code === 'WK026809')!;
    expect(noord.n).toBe(8);
    expect(noord.suppressed).toBe(true);
    expect(noord.scores.cohesion).not.toBeNull();
    expect(researcher.areas.filter((a) => a.suppressed)).toHaveLength(1);

    const partner = (await call('scores.compute', { dataset: SURVEY, audience: 'partner' })) as ScoreTable;
    const hidden = partner.areas.find((a) => a.code === 'WK026809')!;
    expect(hidden.scores).toEqual({ security: null, inclusion: null, cohesion: null, empowerment: null });
    expect(hidden.details.every((d) => d.value === null && d.z === null && d.n === null)).toBe(true);
    expect(hidden.n).toBeNull();
    const shown = partner.areas.find((a) => a.code === 'WK026801')!;
    expect(shown.scores.cohesion).toBeCloseTo(
      researcher.areas.find((a) => a.code === 'WK026801')!.scores.cohesion!,
      12,
    );

    await call('project.updateSettings', { publicationThreshold: 5 });
    const lower = (await call('scores.compute', { dataset: SURVEY, audience: 'partner' })) as ScoreTable;
    expect(lower.areas.find((a) => a.code === 'WK026809')!.suppressed).toBe(false);
    await call('project.updateSettings', { publicationThreshold: 10 });
  });

  it('refuses the weight and the id as indicators', async () => {
    await expect(call('mappings.set', { dataset: SURVEY, variable: 'weging', condition: 'security' })).rejects.toThrow(
      /weight and cannot be an indicator/,
    );
    await expect(
      call('mappings.set', { dataset: SURVEY, variable: 'respondent', condition: 'security' }),
    ).rejects.toThrow(/id column/);
  });

  it('reverse-codes a Likert item on its 1–5 scale', async () => {
    await call('mappings.set', { dataset: SURVEY, variable: 'emp_invloed', condition: 'empowerment', reverse: true });
    const table = (await call('scores.compute', { dataset: SURVEY })) as ScoreTable;
    const reference = weightedMeans('emp_invloed');
    for (const area of table.areas) {
      expect(area.details.find((d) => d.variable === 'emp_invloed')!.value).toBeCloseTo(
        6 - reference.get(area.code)!.mean,
        10,
      );
    }
  });
});
