import { describe, expect, it } from 'vitest';
import { AreaCategoryCounter, type BatchRows, type CategoryEntry } from '../../../engine/import/area-category-counter';
import { BatchStatistics } from '../../../engine/import/batch-statistics';
import { ImportColumnSchema } from '../../../shared/import/import-plan';

/** A small seeded generator, so a failure repeats. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** The counts by their definition, row by row: per area and value, rows, rows with a positive weight, and their weight. */
function countRows(
  rows: { area: string | null; weight: number; value: number }[],
): Map<string, { rows: number; usable: number; weight: number }> {
  const counts = new Map<string, { rows: number; usable: number; weight: number }>();
  for (const row of rows) {
    const key = `${row.area}|${Number.isNaN(row.value) ? null : row.value}`;
    const count = counts.get(key) ?? { rows: 0, usable: 0, weight: 0 };
    count.rows++;
    if (row.weight > 0) {
      count.usable++;
      count.weight += row.weight;
    }
    counts.set(key, count);
  }
  return counts;
}

function byKey(
  entries: CategoryEntry[],
  areas: string[],
): Map<string, { rows: number; usable: number; weight: number }> {
  return new Map(
    entries.map((e) => [
      `${e.slot === 0 ? null : areas[e.slot - 1]}|${e.value}`,
      { rows: e.rows, usable: e.usable, weight: e.weight },
    ]),
  );
}

describe('counts of code columns per area', () => {
  // 100 areas, more of them in each batch (63 at first: with slot 0 the 64 the counts start with), and
  // 12 codes (0 and 255 among them): past the room the counts start with, so they grow while counting.
  const AREAS = Array.from({ length: 100 }, (_, i) => `WK0268${String(i).padStart(2, '0')}`);
  const CODES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99, 255];

  function generate(seed: number, batches: number[], weighted: boolean) {
    const next = random(seed);
    return batches.map((size, b) =>
      Array.from({ length: size }, () => ({
        area: next() < 0.05 ? null : AREAS[Math.floor(next() * [63, 80, 100][b]!)]!,
        // Weights as surveys have them, and the ones that make a row unusable: missing, zero, negative.
        weight: weighted ? [NaN, 0, -1, 0.5, 1.25, 2.75][Math.floor(next() * 6)]! : 1,
        // Codes that appear late in the file as well as early.
        codes: [0, 1].map(() => (next() < 0.1 ? NaN : CODES[Math.floor(next() * next() * CODES.length)]!)),
      })),
    );
  }

  it.each([
    ['without a weight column', false],
    ['with a weight column', true],
  ])('equal the row-by-row counts %s', (_, weighted) => {
    const batches = generate(weighted ? 7 : 8, [2048, 2048, 777], weighted);
    const counter = new AreaCategoryCounter(['codes', 'codes'], weighted);
    const slotOf = new Map<string, number>();
    for (const batch of batches) {
      const slots = Int32Array.from(batch, (row) => {
        if (row.area === null) return -1;
        if (!slotOf.has(row.area)) slotOf.set(row.area, slotOf.size);
        return slotOf.get(row.area)!;
      });
      const rows: BatchRows = {
        count: batch.length,
        slots,
        weights: Float64Array.from(batch, (row) => row.weight),
        areas: slotOf.size,
      };
      for (const column of [0, 1]) {
        const values = Float64Array.from(batch, (row) => row.codes[column]!);
        expect(AreaCategoryCounter.onlyCodes(batch.length, values)).toBe(true);
        counter.addCodes(column, rows, values);
      }
    }
    const areas = [...slotOf.keys()];
    for (const column of [0, 1]) {
      const want = countRows(
        batches.flat().map((row) => ({ area: row.area, weight: row.weight, value: row.codes[column]! })),
      );
      const entries = counter.entries(column);
      expect(byKey(entries, areas)).toEqual(want);
      // Per slot in order, and per slot the codes ascending with missing last: sums taken from them add up alike every run.
      const order = entries.map((e) => [e.slot, e.value === null ? Infinity : (e.value as number)] as const);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
  });

  it('counts only integer codes 0–255 and missing', () => {
    for (const value of [0, 7, 255, NaN]) expect(AreaCategoryCounter.onlyCodes(1, Float64Array.of(value))).toBe(true);
    for (const value of [-1, 2.5, 256, Infinity])
      expect(AreaCategoryCounter.onlyCodes(1, Float64Array.of(value))).toBe(false);
    // Only the rows of the batch count, not what an array holds past them.
    expect(AreaCategoryCounter.onlyCodes(1, Float64Array.of(3, 2.5))).toBe(true);
  });
});

describe('code columns that turn out not to be codes', () => {
  const columns = [
    ImportColumnSchema.parse({ source: 0, name: 'wijk', type: 'text', role: 'area_code' }),
    ImportColumnSchema.parse({ source: 1, name: 'weging', type: 'number', role: 'weight' }),
    ImportColumnSchema.parse({ source: 2, name: 'item', type: 'category', ordinal: true }),
    ImportColumnSchema.parse({ source: 3, name: 'halfway', type: 'category', ordinal: true }),
    ImportColumnSchema.parse({ source: 4, name: 'later', type: 'category', ordinal: true }),
  ];
  const next = random(3);
  type Row = [area: string | null, weight: number, item: number, halfway: number, later: number];
  const code = () => (next() < 0.1 ? NaN : 1 + Math.floor(next() * 5));
  const batches: Row[][] = [0, 1, 2].map((b) =>
    Array.from({ length: 1000 }, (_, r): Row => [
      next() < 0.05 ? null : `WK02680${Math.floor(next() * 8)}`,
      [NaN, 0, 0.75, 1, 1.5][Math.floor(next() * 5)]!,
      code(),
      // Not a code from the middle of the second batch on, then codes again.
      b === 1 && r === 500 ? 2.5 : code(),
      // Not a code in the last batch only.
      b === 2 && r === 999 ? 300 : code(),
    ]),
  );
  const statistics = new BatchStatistics(columns);
  for (const batch of batches) {
    statistics.add(
      batch.length,
      Float64Array.from([1, 2, 3, 4].flatMap((column) => batch.map((row) => row[column] as number))),
      batch.map(([area]) => area),
    );
  }
  const all = batches.flat();

  it('keeps counting the code column by its row-by-row definition and stops counting the others', () => {
    const counts = statistics.areaCategoryCounts()!;
    expect(counts.columns.map((c) => c.stored)).toEqual([2]);
    const areas = statistics.areaSums()!.codes;
    expect(byKey(counts.columns[0]!.entries, areas)).toEqual(
      countRows(all.map(([area, weight, item]) => ({ area, weight, value: item }))),
    );
  });

  it('gives the stopped columns their descriptives and area sums from every row, as counted before they stopped and after', () => {
    const summaries = statistics.summaries();
    const sums = statistics.areaSums()!;
    for (const column of [3, 4] as const) {
      const values = all.map((row) => row[column]).filter((v) => !Number.isNaN(v));
      expect(summaries[column]).toMatchObject({
        n: values.length,
        missing: all.length - values.length,
        min: Math.min(...values),
        max: Math.max(...values),
      });
      expect(summaries[column]!.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 12);
      for (const area of sums.codes) {
        const usable = all.filter((row) => row[0] === area && !Number.isNaN(row[column]) && row[1] > 0);
        const at = sums.codes.indexOf(area) * sums.columns + (column - 1);
        expect(sums.n[at]).toBe(usable.length);
        expect(sums.sumW[at]).toBeCloseTo(
          usable.reduce((a, row) => a + row[1], 0),
          9,
        );
        expect(sums.sumWx[at]).toBeCloseTo(
          usable.reduce((a, row) => a + row[1] * row[column], 0),
          9,
        );
      }
    }
  });
});
