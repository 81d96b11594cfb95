import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../../shared/contract/channels';
import { EXAMPLE_SURVEY, useExampleProject } from '../../helpers/example-project';

const SURVEY = EXAMPLE_SURVEY;
const example = useExampleProject();
const call = example.call;

const requests: Omit<RequestOf<'crosstab.compute'>, 'dataset'>[] = [
  { rows: { variable: 'wijkcode' }, cols: { variable: 'geslacht' }, weight: 'weging' },
  { rows: { variable: 'wijkcode' }, cols: { variable: 'geslacht' }, weight: null },
  { rows: { variable: 'geslacht' }, cols: { variable: 'wijkcode' }, weight: 'weging', missing: 'category' },
  { rows: { variable: 'wijkcode' }, cols: { variable: 'coh_vertrouwen' }, weight: 'weging', missing: 'category' },
  { rows: { variable: 'zek_rondkomen' }, cols: { variable: 'wijkcode' }, weight: null, audience: 'partner' },
];

/** Equal, with numbers equal to 1e-9 relative: weights summed in another order differ in the last bits. */
function expectSameTable(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), where).toBe(true);
    expect((actual as unknown[]).length, where).toBe(expected.length);
    expected.forEach((item, i) => expectSameTable((actual as unknown[])[i], item, `${where}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectSameTable((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
    return;
  }
  expect(actual, where).toEqual(expected);
}

describe('cross-tables of the area from the counts the import stored', () => {
  it('are the same tables the GROUP BY over the rows gives', async () => {
    const fromStored = [];
    for (const request of requests) fromStored.push(await call('crosstab.compute', { dataset: SURVEY, ...request }));

    // The first tables came from the stored counts: changing one changes the table.
    const db = new Database(example.path());
    db.prepare(
      "UPDATE area_category_count SET rows = rows + 1000 WHERE area_code = 'WK026801' AND value = 'man'",
    ).run();
    const changed = (await call('crosstab.compute', { dataset: SURVEY, ...requests[1]! })) as {
      tables: { rowTotals: { count: number }[] }[];
    };
    const before = (fromStored[1] as typeof changed).tables[0]!.rowTotals[0]!.count;
    expect(changed.tables[0]!.rowTotals[0]!.count).toBe(before + 1000);

    // Without the stored counts the engine counts the rows with SQL.
    const removed = db.prepare('DELETE FROM area_category_count').run().changes;
    db.close();
    expect(removed).toBeGreaterThan(0);
    for (const [i, request] of requests.entries()) {
      expectSameTable(
        fromStored[i],
        await call('crosstab.compute', { dataset: SURVEY, ...request }),
        JSON.stringify(request),
      );
    }
  });
});
