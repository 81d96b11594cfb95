import type { Language } from '../i18n/language';
import type {
  CategoryOrder,
  CrossTable,
  CrosstabAudience,
  CrosstabCategory,
  CrosstabMargin,
  CrosstabMissing,
  CrosstabResult,
  CrosstabVariable,
  MissingMode,
  SuppressionMark,
} from './crosstab-types';
import { ruleThreshold } from '../units/count-unit';
import { crosstabText, type CountWording } from './crosstab-texts';
import { compareText, formatNumber } from './number-format';
import { suppressCells } from './suppress-cells';
import { tableStatistics } from './table-statistics';

export type GroupValue = string | number | null;

/** One group of the engine's GROUP BY: a combination of row, column and layer value, null where missing. */
export interface CountGroup {
  row: GroupValue;
  col: GroupValue;
  layer: GroupValue;
  rows: number;
  /** Rows with a usable weight: all of them when the table is not weighted. */
  usable: number;
  /** The sum of the usable weights; `usable` when not weighted. */
  weight: number;
  /** The sum of the base column over the rows, where a base threshold applies (area datasets); a missing value adds 0. */
  base?: number;
}

export interface DimensionInput {
  variable: CrosstabVariable;
  /** Label by value (as text): value labels, area names, or bin ranges by bin index. */
  labels: Record<string, string>;
  order: CategoryOrder;
}

export interface CrosstabInput extends CountWording {
  dataset: string;
  groups: CountGroup[];
  rows: DimensionInput;
  cols: DimensionInput;
  layer: DimensionInput | null;
  weight: string | null;
  missing: MissingMode;
  audience: CrosstabAudience;
  language: Language;
}

type Axis = 'row' | 'col' | 'layer';

/**
 * The cross-tables for counted groups: categories in the order asked for (the same in every layer),
 * percentages, expected counts, residuals, tests, what the threshold hides, and notes. In the partner
 * audience, hidden figures and everything they could be derived from are null.
 */
export function buildCrosstab(input: CrosstabInput): CrosstabResult {
  const { groups, language } = input;
  const partner = input.audience === 'partner';
  // Counts of left-out rows are hidden only where they count respondents; areas are no persons.
  const respondentThreshold = input.publication.basis === 'respondents' ? input.publication.threshold : 0;
  const inTables = (group: CountGroup) =>
    group.usable > 0 && (input.missing === 'category' || (group.row !== null && group.col !== null));
  const layered = input.layer !== null;
  const layerKept = (group: CountGroup) => !layered || input.missing === 'category' || group.layer !== null;

  const kept = groups.filter(layerKept);
  const rowCategories = categories(kept.filter(inTables), 'row', input.rows, language);
  const colCategories = categories(kept.filter(inTables), 'col', input.cols, language);
  const layerCategories: (CrosstabCategory | null)[] = input.layer
    ? categories(
        kept.filter((g) => g.usable > 0),
        'layer',
        input.layer,
        language,
      )
    : [null];
  const hideSmall = (value: number) => (partner && value > 0 && value < respondentThreshold ? null : value);
  const layerMissingCount =
    layered && input.missing === 'exclude'
      ? groups.filter((g) => g.layer === null).reduce((sum, g) => sum + g.rows, 0)
      : 0;
  const layerMissing = hideSmall(layerMissingCount);

  const tables = layerCategories.map((layer) => {
    const inLayer = layer === null ? kept : kept.filter((g) => key(g.layer) === key(layer.value));
    const { missing, forValue } = missingCounts(input, inLayer, hideSmall);
    const { table, testable } = buildTable(input, inLayer.filter(inTables), {
      rowCategories,
      colCategories,
      layer,
      missing,
    });
    return {
      ...table,
      notes: notes(input, table, {
        forValue: hideSmall(forValue),
        layer: layerMissingCount > 0 ? layerMissing : 0,
        testable,
      }),
    };
  });
  return {
    dataset: input.dataset,
    rows: input.rows.variable,
    cols: input.cols.variable,
    layer: input.layer?.variable ?? null,
    weight: input.weight,
    missingMode: input.missing,
    audience: input.audience,
    unit: input.unit,
    areaLevel: input.areaLevel,
    publication: input.publication,
    threshold: ruleThreshold(input.publication),
    language,
    tables,
    layerMissing,
  };
}

function key(value: GroupValue): string {
  return value === null ? 'missing' : typeof value === 'number' ? `n${value}` : `s${value}`;
}

function categories(
  groups: CountGroup[],
  axis: Axis,
  dimension: DimensionInput,
  language: Language,
): CrosstabCategory[] {
  const totals = new Map<string, { value: GroupValue; weight: number }>();
  for (const group of groups) {
    const value = group[axis];
    const entry = totals.get(key(value)) ?? { value, weight: 0 };
    entry.weight += group.weight;
    totals.set(key(value), entry);
  }
  const entries = [...totals.values()].map(({ value, weight }) => ({
    category: category(value, dimension, language),
    weight,
  }));
  const byValue = (a: CrosstabCategory, b: CrosstabCategory) => compareValues(a.value, b.value, language);
  entries.sort((a, b) => {
    if (a.category.missing !== b.category.missing) return a.category.missing ? 1 : -1;
    if (dimension.order === 'frequency') return b.weight - a.weight || byValue(a.category, b.category);
    if (dimension.order === 'label')
      return compareText(a.category.label, b.category.label, language) || byValue(a.category, b.category);
    return byValue(a.category, b.category);
  });
  return entries.map((entry) => entry.category);
}

function category(value: GroupValue, dimension: DimensionInput, language: Language): CrosstabCategory {
  if (value === null) return { value, label: crosstabText.missingCategory(language), missing: true };
  const label =
    dimension.labels[String(value)] ?? (typeof value === 'number' ? formatNumber(value, language, 10) : value);
  return { value, label, missing: false };
}

function compareValues(a: GroupValue, b: GroupValue, language: Language): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return compareText(String(a), String(b), language);
}

function matrix<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function buildTable(
  input: CrosstabInput,
  groups: CountGroup[],
  {
    rowCategories,
    colCategories,
    layer,
    missing,
  }: Pick<CrossTable, 'rowCategories' | 'colCategories' | 'layer' | 'missing'>,
): { table: CrossTable; testable: boolean } {
  const partner = input.audience === 'partner';
  const rowIndex = new Map(rowCategories.map((c, i) => [key(c.value), i]));
  const colIndex = new Map(colCategories.map((c, j) => [key(c.value), j]));
  const counts = matrix(rowCategories.length, colCategories.length, 0);
  const respondents = matrix(rowCategories.length, colCategories.length, 0);
  const bases = matrix(rowCategories.length, colCategories.length, 0);
  for (const group of groups) {
    const i = rowIndex.get(key(group.row))!;
    const j = colIndex.get(key(group.col))!;
    counts[i]![j]! += group.weight;
    respondents[i]![j]! += group.usable;
    bases[i]![j]! += group.base ?? 0;
  }
  const rowTotals = counts.map(sum);
  const colTotals = colCategories.map((_, j) => sum(counts.map((row) => row[j]!)));
  const total = sum(rowTotals);
  const rowN = respondents.map(sum);
  const colN = colCategories.map((_, j) => sum(respondents.map((row) => row[j]!)));
  const figures = tableStatistics(counts, input.language);
  const rule = input.publication;
  // What the threshold counts: respondents, or the people an area dataset's base says the cell's areas hold.
  const pattern =
    rule.basis === 'none'
      ? suppressCells(respondents, 0)
      : rule.basis === 'base'
        ? suppressCells(bases, rule.threshold, respondents)
        : suppressCells(respondents, rule.threshold);

  const hidden = (mark: SuppressionMark) => partner && mark !== null;
  const anyHidden =
    pattern.total !== null ||
    [...pattern.rowTotals, ...pattern.colTotals, ...pattern.cells.flat()].some((mark) => mark !== null);
  const rowHidden = pattern.rowTotals.map(hidden);
  const colHidden = pattern.colTotals.map(hidden);
  const totalHidden = hidden(pattern.total);
  const percent = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);
  const perCell = <T>(make: (i: number, j: number) => T | null, guard: (i: number, j: number) => boolean) =>
    counts.map((row, i) => row.map((_, j) => (guard(i, j) ? null : make(i, j))));
  const cellHidden = (i: number, j: number) => hidden(pattern.cells[i]![j]!);
  // Expected counts are made of margins; a residual also of the cell.
  const marginHidden = (i: number, j: number) => rowHidden[i]! || colHidden[j]! || totalHidden;

  const margin = (count: number, unweighted: number, mark: SuppressionMark): CrosstabMargin =>
    hidden(mark)
      ? { count: null, unweighted: null, percent: null, suppressed: mark }
      : { count, unweighted, percent: percent(count, total), suppressed: mark };

  const table: CrossTable = {
    layer,
    rowCategories,
    colCategories,
    counts: perCell((i, j) => counts[i]![j]!, cellHidden),
    unweighted: perCell((i, j) => respondents[i]![j]!, cellHidden),
    rowPercent: perCell(
      (i, j) => percent(counts[i]![j]!, rowTotals[i]!),
      (i, j) => cellHidden(i, j) || rowHidden[i]!,
    ),
    colPercent: perCell(
      (i, j) => percent(counts[i]![j]!, colTotals[j]!),
      (i, j) => cellHidden(i, j) || colHidden[j]!,
    ),
    totalPercent: perCell(
      (i, j) => percent(counts[i]![j]!, total),
      (i, j) => cellHidden(i, j) || totalHidden,
    ),
    expected: perCell((i, j) => figures.expected[i]![j]!, marginHidden),
    residuals: perCell(
      (i, j) => figures.residuals[i]![j]!,
      (i, j) => cellHidden(i, j) || marginHidden(i, j),
    ),
    adjustedResiduals: perCell(
      (i, j) => figures.adjustedResiduals[i]![j]!,
      (i, j) => cellHidden(i, j) || marginHidden(i, j),
    ),
    rowTotals: rowTotals.map((count, i) => margin(count, rowN[i]!, pattern.rowTotals[i]!)),
    colTotals: colTotals.map((count, j) => margin(count, colN[j]!, pattern.colTotals[j]!)),
    total: margin(total, sum(rowN), pattern.total),
    suppressed: pattern.cells,
    missing,
    statistics: partner && anyHidden ? null : figures.statistics,
    notes: [],
  };
  return { table, testable: figures.statistics !== null };
}

/** What was left out of one table, and how many of those rows for a missing value (not their weight). */
function missingCounts(
  input: CrosstabInput,
  groups: CountGroup[],
  hideSmall: (value: number) => number | null,
): { missing: CrosstabMissing; forValue: number } {
  let excluded = 0;
  let excludedWeighted = 0;
  let forValue = 0;
  let rowVariable = 0;
  let colVariable = 0;
  let weight = 0;
  for (const group of groups) {
    if (group.row === null) rowVariable += group.rows;
    if (group.col === null) colVariable += group.rows;
    weight += group.rows - group.usable;
    if (input.missing === 'exclude' && (group.row === null || group.col === null)) {
      excluded += group.rows;
      excludedWeighted += group.weight;
      forValue += group.rows;
    } else {
      excluded += group.rows - group.usable;
    }
  }
  const shownExcluded = hideSmall(excluded);
  return {
    missing: {
      excluded: shownExcluded,
      excludedWeighted: input.weight === null || shownExcluded === null ? null : excludedWeighted,
      rowVariable: hideSmall(rowVariable),
      colVariable: hideSmall(colVariable),
      weight: hideSmall(weight),
    },
    forValue,
  };
}

/** Left-out rows for the notes: null where the partner audience hides a small number, 0 for none. */
interface LeftOut {
  forValue: number | null;
  layer: number | null;
  testable: boolean;
}

function notes(input: CrosstabInput, table: CrossTable, leftOut: LeftOut): string[] {
  const { language } = input;
  const result: string[] = [];
  if (input.unit !== 'respondents') result.push(crosstabText.cellsCount(input, language));
  if (input.weight !== null) result.push(crosstabText.weighted(input.weight, input, language));
  if (input.missing === 'category') result.push(crosstabText.missingAsCategory(language));
  else if (leftOut.forValue !== 0) result.push(crosstabText.excludedMissing(leftOut.forValue, input, language));
  if (input.weight !== null && table.missing.weight !== 0)
    result.push(crosstabText.excludedWeight(table.missing.weight, input, language));
  if (leftOut.layer !== 0) result.push(crosstabText.excludedLayer(leftOut.layer, input, language));
  result.push(
    input.audience === 'partner'
      ? crosstabText.thresholdPartner(input, language)
      : crosstabText.thresholdResearcher(input, language),
  );
  if (table.statistics === null)
    result.push(
      leftOut.testable ? crosstabText.statisticsHidden(language) : crosstabText.statisticsNotPossible(language),
    );
  else if (table.statistics.warning) result.push(table.statistics.warning);
  return result;
}
