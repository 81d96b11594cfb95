import { describe, expect, it } from 'vitest';
import type { SuppressionMark } from '../../../shared/crosstab/crosstab-types';
import { suppressCells, type SuppressionPattern } from '../../../shared/crosstab/suppress-cells';

/**
 * The publication threshold's suppression, checked with rules an attacker could use rather than with
 * the algorithm's own reasoning. The table with its margins is a grid whose every line adds up (a row and
 * its row total; the column totals and the grand total; likewise per column).
 */

type Grid = { value: number; hidden: boolean }[][];

/** The table with its margins, each figure marked hidden or not. */
function grid(table: number[][], pattern: SuppressionPattern): Grid {
  const rowTotals = table.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = table[0]!.map((_, j) => table.reduce((sum, row) => sum + row[j]!, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  return [
    ...table.map((row, i) => [
      ...row.map((value, j) => ({ value, hidden: pattern.cells[i]![j] !== null })),
      { value: rowTotals[i]!, hidden: pattern.rowTotals[i] !== null },
    ]),
    [
      ...colTotals.map((value, j) => ({ value, hidden: pattern.colTotals[j] !== null })),
      { value: total, hidden: pattern.total !== null },
    ],
  ];
}

function lines(g: Grid): [number, number][][] {
  const rows = g.length;
  const cols = g[0]!.length;
  return [
    ...Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j): [number, number] => [i, j])),
    ...Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i): [number, number] => [i, j])),
  ];
}

/** Rule 1: no line holds exactly one hidden figure (it would be its total minus the rest). */
function linesWithOneHidden(g: Grid): number {
  return lines(g).filter((line) => line.filter(([i, j]) => g[i]![j]!.hidden).length === 1).length;
}

/**
 * Rule 2, an attacker's: repeatedly solve every line with one unknown left, using what earlier steps
 * recovered. Answers what was recovered.
 */
function attack(g: Grid): [number, number][] {
  const known = g.map((row) => row.map((cell) => !cell.hidden));
  const recovered: [number, number][] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines(g)) {
      const unknown = line.filter(([i, j]) => !known[i]![j]);
      if (unknown.length !== 1) continue;
      const [i, j] = unknown[0]!;
      known[i]![j] = true;
      recovered.push([i, j]);
      changed = true;
    }
  }
  return recovered;
}

/**
 * Rule 3, exact: a hidden figure can be recomputed from everything shown exactly when no cycle of hidden
 * figures runs through it (alternately adding and subtracting along a cycle keeps every line's sum, so
 * its figures are free). A cycle through (i, j) exists when, without that figure, row line i still
 * reaches column line j over hidden figures. Checked by plain search, independently of the algorithm.
 */
function recomputable(g: Grid): [number, number][] {
  const rows = g.length;
  const cols = g[0]!.length;
  const found: [number, number][] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!g[i]![j]!.hidden) continue;
      const seen = new Set<string>([`r${i}`]);
      const queue: string[] = [`r${i}`];
      while (queue.length) {
        const node = queue.pop()!;
        const index = Number(node.slice(1));
        const next =
          node[0] === 'r'
            ? Array.from({ length: cols }, (_, c) => c)
                .filter((c) => g[index]![c]!.hidden && !(index === i && c === j))
                .map((c) => `c${c}`)
            : Array.from({ length: rows }, (_, r) => r)
                .filter((r) => g[r]![index]!.hidden && !(r === i && index === j))
                .map((r) => `r${r}`);
        for (const n of next) {
          if (seen.has(n)) continue;
          seen.add(n);
          queue.push(n);
        }
      }
      if (!seen.has(`c${j}`)) found.push([i, j]);
    }
  }
  return found;
}

function expectSafe(table: number[][], threshold: number): SuppressionPattern {
  const pattern = suppressCells(table, threshold);
  const g = grid(table, pattern);
  // Every cell and margin below the threshold (and not empty) is hidden, as below the threshold.
  g.forEach((row) =>
    row.forEach((cell) => {
      if (cell.value > 0 && cell.value < threshold) expect(cell.hidden).toBe(true);
    }),
  );
  table.forEach((row, i) =>
    row.forEach((n, j) => {
      if (n > 0 && n < threshold) expect(pattern.cells[i]![j]).toBe('threshold');
    }),
  );
  expect(linesWithOneHidden(g)).toBe(0);
  expect(attack(g)).toEqual([]);
  expect(recomputable(g)).toEqual([]);
  return pattern;
}

const hidden = (marks: SuppressionMark[][]) => marks.flat().filter((m) => m !== null).length;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('secondary suppression', () => {
  it('hides a second cell in a row and a column with one small cell, the smallest non-empty one', () => {
    const table = [
      [30, 22, 41, 3],
      [12, 40, 35, 11],
      [25, 18, 70, 14],
    ];
    const pattern = expectSafe(table, 10);
    expect(pattern.cells[0]![3]).toBe('threshold');
    // Row 0's smallest other cell is 22; column 3's is 11.
    expect(pattern.cells[0]![1]).toBe('secondary');
    expect(pattern.cells[1]![3]).toBe('secondary');
    expect(pattern.rowTotals.every((m) => m === null)).toBe(true);
    expect(pattern.colTotals.every((m) => m === null)).toBe(true);
  });

  it('leaves a table without small cells alone, and empty cells shown', () => {
    const pattern = expectSafe(
      [
        [20, 0],
        [15, 30],
      ],
      10,
    );
    expect(hidden(pattern.cells)).toBe(0);
  });

  it('protects a hidden total: a lone small row total gets a second one hidden', () => {
    const table = [
      [3, 2, 1],
      [40, 50, 60],
      [30, 20, 25],
    ];
    const pattern = expectSafe(table, 10);
    expect(pattern.rowTotals[0]).toBe('threshold');
    expect(pattern.rowTotals.filter((m) => m !== null).length).toBeGreaterThanOrEqual(2);
    expect(pattern.total).toBeNull();
  });

  it('closes a chain the "two per line" rule alone lets through', () => {
    // Two blocks of small cells joined by one small cell: every line holds two or more hidden cells,
    // yet the joining cell is row 1's total, minus column 0 and 1's, plus row 0's.
    const table = [
      [5, 5, 50, 50, 50],
      [5, 5, 5, 50, 50],
      [50, 50, 5, 5, 50],
      [50, 50, 5, 5, 50],
      [50, 50, 50, 50, 50],
    ];
    const primaryOnly: SuppressionPattern = {
      cells: table.map((row) => row.map((n) => (n < 10 ? 'threshold' : null))),
      rowTotals: table.map(() => null),
      colTotals: table[0]!.map(() => null),
      total: null,
    };
    expect(linesWithOneHidden(grid(table, primaryOnly))).toBe(0);
    expect(recomputable(grid(table, primaryOnly))).toEqual([[1, 2]]);
    expectSafe(table, 10);
  });

  it('hides everything that is not empty when the whole table is below the threshold', () => {
    const pattern = expectSafe(
      [
        [3, 0],
        [2, 1],
      ],
      10,
    );
    expect(pattern.total).toBe('threshold');
  });

  it('handles a single row, a single column and the HairEyeColor tables per sex', () => {
    expectSafe([[4, 30, 50]], 10);
    expectSafe([[4], [30], [50]], 10);
    expectSafe(
      [
        [32, 11, 10, 3],
        [53, 50, 25, 15],
        [10, 10, 7, 7],
        [3, 30, 5, 8],
      ],
      10,
    );
    expectSafe(
      [
        [36, 9, 5, 2],
        [66, 34, 29, 14],
        [16, 7, 7, 7],
        [4, 64, 5, 8],
      ],
      10,
    );
  });

  it('never leaves a hidden figure recomputable in 300 random tables of many shapes and thresholds', () => {
    const random = seededRandom(2026);
    for (let t = 0; t < 300; t++) {
      const rows = 1 + Math.floor(random() * 8);
      const cols = 1 + Math.floor(random() * 8);
      const threshold = [5, 10, 20][Math.floor(random() * 3)]!;
      const table = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (random() < 0.15 ? 0 : Math.floor(random() ** 2 * 60))),
      );
      expectSafe(table, threshold);
    }
  });
});

describe('suppression on a base (area data)', () => {
  it('hides a cell of areas without a base value, which sums to 0 people but is not empty', () => {
    // People per cell (the base summed over its areas) and the areas in it: the lower right cell holds one
    // area whose base is missing.
    const people = [
      [0, 5000],
      [3000, 0],
    ];
    const areas = [
      [0, 2],
      [1, 1],
    ];
    const pattern = suppressCells(people, 1000, areas);
    expect(pattern.cells[1]![1]).toBe('threshold');
    expect(pattern.cells[0]![0]).not.toBe('threshold');
    expect(suppressCells(people, 1000).cells[1]![1]).toBeNull();
  });
});
