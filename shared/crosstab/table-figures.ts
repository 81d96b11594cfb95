import type { CrossTable, CrosstabMargin, CrosstabMeasure, CrosstabResult, SuppressionMark } from './crosstab-types';
import type { CrosstabFormat } from './crosstab-format';

/** What a cell shows; each is a matrix of the engine's answer. */
export type CellMeasure = Extract<
  CrosstabMeasure,
  'count' | 'rowPercent' | 'colPercent' | 'totalPercent' | 'expected' | 'residual'
>;
export const cellMeasures: CellMeasure[] = [
  'count',
  'rowPercent',
  'colPercent',
  'totalPercent',
  'expected',
  'residual',
];

/** One figure as a table shows it. */
export interface ShownFigure {
  text: string;
  /** Why the figure is missing: hidden by the threshold, hidden to protect such a figure, or simply none. */
  missing: 'threshold' | 'secondary' | 'none' | null;
  /** Researcher view: partners and exports do not see this figure. */
  flagged: boolean;
}

export interface TableFigures {
  cells: ShownFigure[][];
  rowTotals: ShownFigure[];
  colTotals: ShownFigure[];
  total: ShownFigure;
  /** Respondents per row, per column and in all, for weighted tables (whose counts are weights). */
  rowN: ShownFigure[] | null;
  colN: ShownFigure[] | null;
  totalN: ShownFigure | null;
}

const matrixOf = (table: CrossTable, measure: CellMeasure) =>
  ({
    count: table.counts,
    rowPercent: table.rowPercent,
    colPercent: table.colPercent,
    totalPercent: table.totalPercent,
    expected: table.expected,
    residual: table.residuals,
  })[measure];

/**
 * The figures of a table for the chosen cell contents, formatted, with hidden figures as the exports
 * write them: "<10" for a count under the threshold, "*" for what is hidden to protect it (and for
 * percentages of hidden counts: "<10%" would misread). Margins follow SPSS: a row percentage's row total
 * is 100%, its column totals are each column's share of the whole; residuals have no margins.
 */
export function tableFigures(
  result: CrosstabResult,
  table: CrossTable,
  measure: CellMeasure,
  format: CrosstabFormat,
): TableFigures {
  const weighted = result.weight !== null;
  const researcher = result.audience === 'researcher';
  const countLike = measure === 'count';
  const write = (value: number, as: CellMeasure | 'n'): string => {
    switch (as) {
      case 'count':
        return format.count(value, weighted);
      case 'n':
        return format.integer(value);
      case 'rowPercent':
      case 'colPercent':
      case 'totalPercent':
        return format.percent(value);
      case 'expected':
        return format.expected(value);
      case 'residual':
        return format.residual(value);
    }
  };
  const totalHidden = table.total.suppressed !== null;

  const figure = (
    value: number | null | undefined,
    as: CellMeasure | 'n',
    mark: SuppressionMark,
    derivedFromHidden: boolean,
  ): ShownFigure => {
    const flagged = researcher && mark !== null;
    if (value !== null && value !== undefined) return { text: write(value, as), missing: null, flagged };
    if (mark === 'threshold' && (as === 'count' || as === 'n'))
      return { text: `<${result.threshold}`, missing: 'threshold', flagged };
    if (mark !== null || derivedFromHidden) return { text: '*', missing: 'secondary', flagged };
    return { text: '–', missing: 'none', flagged };
  };
  const blank: ShownFigure = { text: '', missing: null, flagged: false };

  const matrix = matrixOf(table, measure);
  const cells = table.rowCategories.map((_, i) =>
    table.colCategories.map((_, j) => {
      const derived = table.rowTotals[i]!.suppressed !== null || table.colTotals[j]!.suppressed !== null || totalHidden;
      return figure(matrix[i]![j], measure, table.suppressed[i]![j]!, derived && !researcher);
    }),
  );

  /** A margin's figure: `own` is the percentage measure that makes this margin 100%. */
  const margin = (m: CrosstabMargin, own: CellMeasure): ShownFigure => {
    if (measure === 'residual') return blank;
    const derived = totalHidden && !researcher;
    if (measure === 'count' || measure === 'expected')
      return figure(m.count, countLike ? 'count' : 'expected', m.suppressed, derived);
    if (measure === own) return figure(m.count ? 100 : null, measure, m.suppressed, derived);
    return figure(m.percent, measure, m.suppressed, derived);
  };
  const rowTotals = table.rowTotals.map((m) => margin(m, 'rowPercent'));
  const colTotals = table.colTotals.map((m) => margin(m, 'colPercent'));
  const total =
    measure === 'residual'
      ? blank
      : measure === 'count' || measure === 'expected'
        ? figure(table.total.count, countLike ? 'count' : 'expected', table.total.suppressed, false)
        : figure(table.total.count ? 100 : null, measure, table.total.suppressed, false);

  const n = (m: CrosstabMargin) => figure(m.unweighted, 'n', m.suppressed, totalHidden && !researcher);
  return {
    cells,
    rowTotals,
    colTotals,
    total,
    rowN: weighted ? table.rowTotals.map(n) : null,
    colN: weighted ? table.colTotals.map(n) : null,
    totalN: weighted ? figure(table.total.unweighted, 'n', table.total.suppressed, false) : null,
  };
}

/** A variable as tables name it: its label, else its name. */
export function variableName(variable: { name: string; label: string | null }): string {
  return variable.label ?? variable.name;
}
