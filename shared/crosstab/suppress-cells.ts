import type { SuppressionMark } from './crosstab-types';

export interface SuppressionPattern {
  cells: SuppressionMark[][];
  rowTotals: SuppressionMark[];
  colTotals: SuppressionMark[];
  total: SuppressionMark;
}

/**
 * Which figures of a table the publication threshold hides, from what it counts per cell: respondents,
 * or for an area dataset the sum of its base (such as the population) over the cell's areas.
 *
 * Primary: every cell and margin that holds anything and counts fewer than the threshold. Empty cells
 * stay shown: they say nothing about a person (τ-ARGUS treats them as safe by default too). `held` says
 * which cells hold rows, where that differs from the counts: a cell of areas without a base value sums
 * to 0, and is still a cell with fewer people than the threshold.
 *
 * Secondary, so that no hidden figure can be recomputed from what is shown: picture the table with its
 * margins as a grid whose every line (a row with its row total; the line of column totals with the grand
 * total; likewise per column) adds up. Hidden figures are the edges of a graph between row lines and
 * column lines. A hidden figure is pinned down exactly when its edge lies on no cycle of that graph (it
 * is a bridge); on a cycle, adding to it and taking away from the next keeps every sum. So: while a line
 * has exactly one hidden figure, hide its smallest other non-empty cell; then, while a hidden figure is
 * a bridge, hide the smallest cell that closes a cycle through it. Totals are only hidden when below the
 * threshold, or when no cell can protect a hidden total.
 */
export function suppressCells(counts: number[][], threshold: number, held: number[][] = counts): SuppressionPattern {
  const grid = withMargins(counts);
  const occupied = withMargins(held).map((line) => line.map((n) => n > 0));
  const rows = grid.length - 1;
  const cols = (grid[0]?.length ?? 1) - 1;
  const marks: SuppressionMark[][] = grid.map((line, i) =>
    line.map((n, j) => (occupied[i]![j]! && n < threshold ? 'threshold' : null)),
  );

  for (;;) {
    if (protectLoneFigures(grid, occupied, marks, rows, cols)) continue;
    const bridge = findBridge(marks, rows, cols);
    if (!bridge) break;
    const choice = closeCycle(grid, occupied, marks, bridge, rows, cols);
    if (!choice) break;
    marks[choice[0]]![choice[1]] = 'secondary';
  }
  return {
    cells: marks.slice(0, rows).map((line) => line.slice(0, cols)),
    rowTotals: marks.slice(0, rows).map((line) => line[cols]!),
    colTotals: marks[rows]!.slice(0, cols),
    total: marks[rows]![cols]!,
  };
}

/** The table with a column of row totals and a line of column totals (grand total in the corner). */
function withMargins(table: number[][]): number[][] {
  const width = table[0]?.length ?? 0;
  const lines = table.map((line) => [...line, line.reduce((sum, n) => sum + n, 0)]);
  const totals = Array.from({ length: width + 1 }, (_, j) => lines.reduce((sum, line) => sum + line[j]!, 0));
  return [...lines, totals];
}

type Entry = [number, number];

/**
 * Hides, in each line with exactly one hidden figure, the smallest other non-empty cell of the line
 * (its own total last). Answers whether it hid anything.
 */
function protectLoneFigures(
  grid: number[][],
  occupied: boolean[][],
  marks: SuppressionMark[][],
  rows: number,
  cols: number,
): boolean {
  let changed = false;
  const lines: Entry[][] = [
    ...Array.from({ length: rows + 1 }, (_, i) => Array.from({ length: cols + 1 }, (_, j): Entry => [i, j])),
    ...Array.from({ length: cols + 1 }, (_, j) => Array.from({ length: rows + 1 }, (_, i): Entry => [i, j])),
  ];
  for (const line of lines) {
    if (line.filter(([i, j]) => marks[i]![j]).length !== 1) continue;
    // The line's own total is its last entry: a cell protects it better than the total does.
    const cells = line.slice(0, -1).filter(([i, j]) => !marks[i]![j]);
    const choice =
      smallest(
        grid,
        cells.filter(([i, j]) => occupied[i]![j]!),
      ) ??
      smallest(grid, cells) ??
      line.find(([i, j]) => !marks[i]![j]);
    if (!choice) continue;
    marks[choice[0]]![choice[1]] = 'secondary';
    changed = true;
  }
  return changed;
}

function smallest(grid: number[][], entries: Entry[]): Entry | undefined {
  let best: Entry | undefined;
  for (const entry of entries) if (!best || grid[entry[0]]![entry[1]]! < grid[best[0]]![best[1]]!) best = entry;
  return best;
}

/** Nodes: row lines 0 … rows, then column lines rows + 1 … rows + 1 + cols; hidden figures are edges. */
function hiddenGraph(marks: SuppressionMark[][], rows: number, cols: number): number[][] {
  const neighbours: number[][] = Array.from({ length: rows + cols + 2 }, () => []);
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= cols; j++) {
      if (!marks[i]![j]) continue;
      neighbours[i]!.push(rows + 1 + j);
      neighbours[rows + 1 + j]!.push(i);
    }
  }
  return neighbours;
}

/** A hidden figure that lies on no cycle (Tarjan's bridge search), as [row line, column line]; or null. */
function findBridge(marks: SuppressionMark[][], rows: number, cols: number): Entry | null {
  const neighbours = hiddenGraph(marks, rows, cols);
  const order = new Array<number>(neighbours.length).fill(-1);
  const low = new Array<number>(neighbours.length).fill(0);
  let counter = 0;
  const visit = (node: number, parent: number): Entry | null => {
    order[node] = low[node] = counter++;
    for (const next of neighbours[node]!) {
      if (next === parent) continue;
      if (order[next]! >= 0) {
        low[node] = Math.min(low[node]!, order[next]!);
        continue;
      }
      const found = visit(next, node);
      if (found) return found;
      low[node] = Math.min(low[node]!, low[next]!);
      if (low[next]! > order[node]!) return node <= rows ? [node, next - rows - 1] : [next, node - rows - 1];
    }
    return null;
  };
  for (let node = 0; node < neighbours.length; node++) {
    if (order[node]! >= 0 || neighbours[node]!.length === 0) continue;
    const found = visit(node, -1);
    if (found) return found;
  }
  return null;
}

/** The figure to hide so that the bridge lies on a cycle: one joining the two sides the bridge connects. */
function closeCycle(
  grid: number[][],
  occupied: boolean[][],
  marks: SuppressionMark[][],
  [row, col]: Entry,
  rows: number,
  cols: number,
): Entry | null {
  const neighbours = hiddenGraph(marks, rows, cols);
  const side = (start: number, other: number) => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const node = queue.pop()!;
      for (const next of neighbours[node]!) {
        if ((node === start && next === other) || (node === other && next === start) || seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen;
  };
  const colNode = rows + 1 + col;
  const rowSide = side(row, colNode);
  const colSide = side(colNode, row);
  const joining: Entry[] = [];
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= cols; j++) {
      if (marks[i]![j] || (i === rows && j === cols)) continue;
      const rowNode = i;
      const otherNode = rows + 1 + j;
      if ((rowSide.has(rowNode) && colSide.has(otherNode)) || (colSide.has(rowNode) && rowSide.has(otherNode)))
        joining.push([i, j]);
    }
  }
  const inner = joining.filter(([i, j]) => i < rows && j < cols);
  const nonEmpty = (entries: Entry[]) => entries.filter(([i, j]) => occupied[i]![j]!);
  return smallest(grid, nonEmpty(inner)) ?? smallest(grid, nonEmpty(joining)) ?? smallest(grid, joining) ?? null;
}
