import { LARGE_SURVEY_ROWS as ROWS, largeSurveyProject } from './large-survey-project';
import { median, type BenchResult } from './measure';

/** geslacht and the 20 Likert items: every round a category the engine has not tabulated yet. */
const CATEGORIES = ['geslacht', ...Array.from({ length: 20 }, (_, i) => `item_${i + 1}`)];
const ROUNDS = 7;

/**
 * The cross-tab issue: `crosstab.compute` of the area against a category over 1,000,000 respondents,
 * weighted, against a plain `SELECT a, b, COUNT(*) … GROUP BY a, b` over the same two columns of the same
 * table, alternating, median of seven. Each round takes another category, so every table is the first
 * of its pair: no cache answers it. (Tables of two other variables, or with bins or a layer, are counted
 * with one GROUP BY and take about as long as the plain query.)
 */
export async function crosstabBench(folder: string): Promise<BenchResult> {
  const { call, db, table, column, close } = await largeSurveyProject(folder, 'werkbank-crosstab');
  const ours: number[] = [];
  const theirs: number[] = [];
  db.prepare(`SELECT COUNT(*) FROM ${table}`).get();
  for (let round = 0; round < ROUNDS; round++) {
    const category = CATEGORIES[round % CATEGORIES.length]!;
    const t1 = performance.now();
    const groups = db
      .prepare(`SELECT ${column('wijkcode')} AS a, ${column(category)} AS b, COUNT(*) AS n FROM ${table} GROUP BY a, b`)
      .all().length;
    theirs.push(performance.now() - t1);

    const t2 = performance.now();
    const result = await call('crosstab.compute', {
      dataset: 'enquete',
      rows: { variable: 'wijkcode' },
      cols: { variable: category },
      weight: 'weging',
      missing: 'category',
    });
    ours.push(performance.now() - t2);
    const table0 = result.tables[0]!;
    if (table0.rowCategories.length * table0.colCategories.length < groups)
      throw new Error(`cross-table of ${category} has fewer cells than SQL has groups`);
    const counted = (table0.total.unweighted ?? 0) + (table0.missing.weight ?? 0);
    if (counted !== ROWS) throw new Error(`cross-table of ${category} counted ${counted} rows, expected ${ROWS}`);
  }
  close();
  return {
    name: `crosstab area × category, ${ROWS.toLocaleString('en')} respondents, weighted, a new category every round`,
    ratio: median(ours) / median(theirs),
    goal: 0.3,
    details: `median crosstab.compute ${median(ours).toFixed(1)} ms vs SQL GROUP BY ${median(theirs).toFixed(1)} ms`,
  };
}
