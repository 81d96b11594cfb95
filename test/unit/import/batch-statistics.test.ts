import { describe, expect, it } from 'vitest';
import { BatchStatistics } from '../../../engine/import/batch-statistics';
import { ImportColumnSchema } from '../../../shared/import/import-plan';

// Stored columns as an import plan has them: number columns travel in `numbers` (column after column), the rest in `texts`.
const columns = [
  ImportColumnSchema.parse({ source: 0, name: 'wijk', type: 'text', role: 'area_code' }),
  ImportColumnSchema.parse({ source: 1, name: 'weging', type: 'number', role: 'weight' }),
  ImportColumnSchema.parse({ source: 2, name: 'item', type: 'category', ordinal: true }),
  ImportColumnSchema.parse({ source: 3, name: 'score', type: 'category', ordinal: true }),
];

type Row = [area: string | null, weight: number, item: number, score: number];

function add(statistics: BatchStatistics, rows: Row[]): void {
  const columns = [1, 2, 3] as const;
  statistics.add(
    rows.length,
    Float64Array.from(columns.flatMap((column) => rows.map((row) => row[column]))),
    rows.map(([area]) => area),
  );
}

/** What the statistics mean, computed row by row from their definitions. */
function expected(rows: Row[], column: 2 | 3, area: string) {
  const values = rows.map((row) => row[column]).filter((v) => !Number.isNaN(v));
  const usable = rows.filter((row) => row[0] === area && !Number.isNaN(row[column]) && row[1] > 0);
  return {
    n: values.length,
    missing: rows.length - values.length,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
    areaN: usable.length,
    sumW: usable.reduce((a, row) => a + row[1], 0),
    sumWx: usable.reduce((a, row) => a + row[1] * row[column], 0),
  };
}

describe('statistics of an import', () => {
  // `item` holds codes throughout; `score` turns out not to be codes in the second batch (2.5, and 256).
  const first: Row[] = [
    ['WK01', 1.5, 1, 3],
    ['WK01', 0.5, 5, NaN],
    ['WK02', NaN, 3, 4],
    [null, 1, 2, 0],
    ['WK02', 2, NaN, 4],
  ];
  const second: Row[] = [
    ['WK01', 1, 4, 2.5],
    ['WK02', 1.25, 5, 256],
    ['WK01', 0, 1, 1],
  ];
  const all = [...first, ...second];
  const statistics = new BatchStatistics(columns);
  add(statistics, first);
  add(statistics, second);
  const summaries = statistics.summaries();
  const areas = statistics.areaSums()!;

  it.each([
    ['item', 2 as const],
    ['score', 3 as const],
  ])('gives %s the same descriptives and area sums whether counted per code or value by value', (_, column) => {
    const summary = summaries[column]!;
    const whole = expected(all, column, 'WK01');
    expect(summary).toMatchObject({ n: whole.n, missing: whole.missing, min: whole.min, max: whole.max });
    expect(summary.mean).toBeCloseTo(whole.mean, 12);
    for (const area of ['WK01', 'WK02']) {
      const want = expected(all, column, area);
      const at = areas.codes.indexOf(area) * areas.columns + (column - 1);
      expect([areas.n[at], areas.sumW[at], areas.sumWx[at]]).toEqual([want.areaN, want.sumW, want.sumWx]);
    }
  });

  it('counts the most frequent values of a code column from its counts', () => {
    expect(summaries[2]!.distinct).toBe(5);
    expect(summaries[2]!.top?.slice(0, 2)).toEqual([
      { value: '1', count: 2 },
      { value: '5', count: 2 },
    ]);
  });

  it('keeps counting a column of codes per area, and stops for one that is not', () => {
    const counted = statistics.areaCategoryCounts()!.columns.map((c) => c.stored);
    expect(counted).toEqual([2]);
  });
});
