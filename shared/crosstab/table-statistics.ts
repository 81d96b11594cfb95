import type { Language } from '../i18n/language';
import type { CrosstabStatistics } from './crosstab-types';
import { crosstabText } from './crosstab-texts';
import { chiSquareUpperTail, fisherExactTwoSided } from './distribution-tails';

/** Cochran's rule, as SPSS and jamovi apply it: more than 20% of expected counts below 5 is too many. */
const LOW_EXPECTED = 5;
const LOW_EXPECTED_SHARE = 0.2;

export interface CellFigures {
  /** Null in rows or columns without any count: they take no part in the tests either. */
  expected: (number | null)[][];
  residuals: (number | null)[][];
  adjustedResiduals: (number | null)[][];
  /** Null when fewer than two rows or columns have counts. */
  statistics: CrosstabStatistics | null;
}

/**
 * Expected counts, residuals and the tests of independence for a table of (weighted) counts. Empty rows
 * and columns are left out of the tests and the degrees of freedom, as SPSS leaves them out of the table.
 */
export function tableStatistics(counts: number[][], language: Language): CellFigures {
  const rowTotals = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const colTotals = (counts[0] ?? []).map((_, j) => counts.reduce((sum, row) => sum + row[j]!, 0));
  const total = rowTotals.reduce((sum, value) => sum + value, 0);
  const usedRows = rowTotals.filter((value) => value > 0).length;
  const usedCols = colTotals.filter((value) => value > 0).length;

  let chiSquare = 0;
  let likelihoodRatio = 0;
  let lowCells = 0;
  let minExpected = Number.POSITIVE_INFINITY;
  const expected = counts.map((row, i) =>
    row.map((_, j) => (rowTotals[i]! > 0 && colTotals[j]! > 0 ? (rowTotals[i]! * colTotals[j]!) / total : null)),
  );
  const residuals = counts.map((row, i) =>
    row.map((observed, j) => {
      const e = expected[i]![j]!;
      return e === null ? null : (observed - e) / Math.sqrt(e);
    }),
  );
  const adjustedResiduals = counts.map((row, i) =>
    row.map((observed, j) => {
      const e = expected[i]![j]!;
      if (e === null) return null;
      const spread = e * (1 - rowTotals[i]! / total) * (1 - colTotals[j]! / total);
      return spread > 0 ? (observed - e) / Math.sqrt(spread) : null;
    }),
  );
  for (const [i, row] of counts.entries()) {
    for (const [j, observed] of row.entries()) {
      const e = expected[i]![j]!;
      if (e === null) continue;
      chiSquare += (observed - e) ** 2 / e;
      if (observed > 0) likelihoodRatio += 2 * observed * Math.log(observed / e);
      if (e < LOW_EXPECTED) lowCells++;
      minExpected = Math.min(minExpected, e);
    }
  }
  if (usedRows < 2 || usedCols < 2) return { expected, residuals, adjustedResiduals, statistics: null };

  const df = (usedRows - 1) * (usedCols - 1);
  const lowExpectedShare = lowCells / (usedRows * usedCols);
  const twoByTwo = usedRows === 2 && usedCols === 2 ? usedCells(counts, rowTotals, colTotals) : null;
  const statistics: CrosstabStatistics = {
    chiSquare,
    df,
    p: chiSquareUpperTail(chiSquare, df),
    likelihoodRatio,
    lrP: chiSquareUpperTail(likelihoodRatio, df),
    fisherP: twoByTwo ? fisherExactTwoSided(...(twoByTwo.map(Math.round) as [number, number, number, number])) : null,
    cramersV: Math.sqrt(chiSquare / (total * (Math.min(usedRows, usedCols) - 1))),
    phi: twoByTwo ? signedPhi(twoByTwo) : null,
    minExpected,
    lowExpectedShare,
    warning:
      lowExpectedShare > LOW_EXPECTED_SHARE ? crosstabText.lowExpected(lowExpectedShare, minExpected, language) : null,
  };
  return { expected, residuals, adjustedResiduals, statistics };
}

/** The four counts [a, b, c, d] of a table whose non-empty rows and columns make a 2 × 2. */
function usedCells(counts: number[][], rowTotals: number[], colTotals: number[]): [number, number, number, number] {
  const rows = counts.filter((_, i) => rowTotals[i]! > 0).map((row) => row.filter((_, j) => colTotals[j]! > 0));
  return [rows[0]![0]!, rows[0]![1]!, rows[1]![0]!, rows[1]![1]!];
}

function signedPhi([a, b, c, d]: [number, number, number, number]): number {
  const denominator = Math.sqrt((a + b) * (c + d) * (a + c) * (b + d));
  return denominator > 0 ? (a * d - b * c) / denominator : 0;
}
