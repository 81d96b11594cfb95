import { LARGE_SURVEY_ROWS as ROWS, largeSurveyProject } from './large-survey-project';
import { median, type BenchResult } from './measure';

const ROUNDS = 7;

/**
 * Issue 4: after a mapping change, scores for 1,000,000 respondents × 20 mapped items × 60 areas,
 * against a plain `SELECT area, AVG(item_1), …, AVG(item_20) … GROUP BY area` over the same table,
 * alternating, median of seven.
 */
export async function scoresBench(folder: string): Promise<BenchResult> {
  const { call, db, table, column, close } = await largeSurveyProject(folder, 'werkbank-scores');
  const items = Array.from({ length: 20 }, (_, i) => `item_${i + 1}`);
  const conditions = ['security', 'inclusion', 'cohesion', 'empowerment'] as const;
  for (const [i, variable] of items.entries())
    await call('mappings.set', { dataset: 'enquete', variable, condition: conditions[i % 4]! });

  const plain = db.prepare(
    `SELECT ${column('wijkcode')} AS area, ${items.map((item) => `AVG(${column(item)})`).join(', ')} FROM ${table} GROUP BY 1`,
  );

  const ours: number[] = [];
  const theirs: number[] = [];
  let areas = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    const grouped = plain.all();
    theirs.push(performance.now() - t0);
    areas = grouped.length;

    // A mapping change as the UI makes it, then the scores it shows.
    const t1 = performance.now();
    await call('mappings.set', {
      dataset: 'enquete',
      variable: items[round % 20]!,
      condition: conditions[round % 4]!,
      polarity: round % 2 ? 'negative' : 'positive',
    });
    const table = await call('scores.compute', { dataset: 'enquete' });
    ours.push(performance.now() - t1);
    if (table.areas.length !== areas) throw new Error(`scores for ${table.areas.length} areas, SQL gave ${areas}`);
  }
  close();
  return {
    name: `scores after a mapping change, ${ROWS.toLocaleString('en')} respondents × 20 items × ${areas} areas`,
    ratio: median(ours) / median(theirs),
    goal: 0.2,
    details: `median mapping change + scores ${median(ours).toFixed(1)} ms vs SQL AVG … GROUP BY ${median(theirs).toFixed(1)} ms`,
  };
}
