import type {
  CrossTable,
  CrosstabMeasure,
  CrosstabResult,
  SuppressionMark,
} from '../../shared/crosstab/crosstab-types';
import type { CrosstabLanguage } from '../../shared/crosstab/crosstab-texts';
import { crosstabText } from '../../shared/crosstab/crosstab-texts';
import { thresholdSummary } from '../../shared/units/count-unit';

export type NumberKind = 'integer' | 'weighted' | 'percent' | 'decimal' | 'coefficient' | 'p';

export type GridCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; format: NumberKind }
  | { kind: 'hidden'; text: string }
  | { kind: 'empty' };

export type LineRole = 'title' | 'header' | 'body' | 'total' | 'statistic' | 'note' | 'blank';

export interface GridLine {
  role: LineRole;
  cells: GridCell[];
}

export interface GridSheet {
  /** The layer's label, or a general name without a layer. */
  name: string;
  lines: GridLine[];
}

export interface ExportContext {
  project: string;
  measures: CrosstabMeasure[];
  date: Date;
}

const measureLabels: Record<CrosstabMeasure, Record<CrosstabLanguage, string>> = {
  count: { nl: 'Aantal', en: 'Count' },
  unweighted: { nl: 'n (ongewogen)', en: 'n (unweighted)' },
  rowPercent: { nl: '% van rij', en: '% of row' },
  colPercent: { nl: '% van kolom', en: '% of column' },
  totalPercent: { nl: '% van totaal', en: '% of total' },
  expected: { nl: 'Verwacht aantal', en: 'Expected count' },
  residual: { nl: 'Gestandaardiseerd residu', en: 'Standardised residual' },
  adjustedResidual: { nl: 'Aangepast residu', en: 'Adjusted residual' },
};

const words = {
  crosstab: { nl: 'Kruistabel', en: 'Cross-table' },
  measure: { nl: 'Maat', en: 'Measure' },
  weightedCount: { nl: 'Aantal (gewogen)', en: 'Count (weighted)' },
  test: { nl: 'Toets', en: 'Test' },
  value: { nl: 'Waarde', en: 'Value' },
  pearson: { nl: 'Chi-kwadraat (Pearson)', en: 'Pearson chi-square' },
  likelihood: { nl: 'Aannemelijkheidsquotiënt (G²)', en: 'Likelihood ratio (G²)' },
  fisher: { nl: 'Exacte toets van Fisher (tweezijdig)', en: "Fisher's exact test (two-sided)" },
  cramer: { nl: 'Cramérs V', en: "Cramér's V" },
  phi: { nl: 'Phi', en: 'Phi' },
  source: { nl: 'Bron', en: 'Source' },
  dataset: { nl: 'dataset', en: 'dataset' },
  project: { nl: 'project', en: 'project' },
  weight: { nl: 'Weging', en: 'Weight' },
  unweighted: { nl: 'ongewogen', en: 'unweighted' },
  threshold: { nl: 'Publicatiedrempel', en: 'Publication threshold' },
  date: { nl: 'Datum', en: 'Date' },
} satisfies Record<string, Record<CrosstabLanguage, string>>;

const text = (value: string): GridCell => ({ kind: 'text', text: value });
const empty: GridCell = { kind: 'empty' };

/**
 * A cross-tabulation as lines of cells, a sheet per layer, the same for every export format: CSV,
 * tab-separated text and XLSX only differ in how they write a cell. Built from a partner-audience result,
 * so hidden figures are already gone; here they become "<10" (below the threshold) or "*" (hidden to
 * protect those, and percentages of hidden counts).
 */
export function crosstabGrid(result: CrosstabResult, context: ExportContext): GridSheet[] {
  const used = new Set<string>();
  return result.tables.map((table) => ({
    name: sheetName(table, result, used),
    lines: tableLines(result, table, context),
  }));
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(table: CrossTable, result: CrosstabResult, used: Set<string>): string {
  const base =
    (table.layer?.label ?? words.crosstab[result.language])
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || words.crosstab[result.language];
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  used.add(name.toLowerCase());
  return name;
}

function tableLines(result: CrosstabResult, table: CrossTable, context: ExportContext): GridLine[] {
  const language = result.language;
  const { measures } = context;
  const several = measures.length > 1;
  const weighted = result.weight !== null;
  const name = (variable: { name: string; label: string | null }) => variable.label ?? variable.name;
  // "<10" only where the figure is a number of respondents: in a line of percentages it would read as "<10%".
  const hiddenText = (mark: SuppressionMark, measure: CrosstabMeasure) =>
    mark === 'threshold' && (measure === 'count' || measure === 'unweighted') ? `<${result.threshold}` : '*';
  const measureLabel = (measure: CrosstabMeasure) =>
    measure === 'count' && weighted ? words.weightedCount[language] : measureLabels[measure][language];
  const formats: Record<CrosstabMeasure, NumberKind> = {
    count: weighted ? 'weighted' : 'integer',
    unweighted: 'integer',
    rowPercent: 'percent',
    colPercent: 'percent',
    totalPercent: 'percent',
    expected: 'decimal',
    residual: 'decimal',
    adjustedResidual: 'decimal',
  };
  /** A figure; null where hidden (as its mark, or "*" when it would give a hidden margin away) or undefined. */
  const figure = (
    value: number | null | undefined,
    measure: CrosstabMeasure,
    mark: SuppressionMark,
    derivedFromHidden: boolean,
  ): GridCell => {
    if (value !== null && value !== undefined) return { kind: 'number', value, format: formats[measure] };
    if (mark) return { kind: 'hidden', text: hiddenText(mark, measure) };
    return derivedFromHidden ? { kind: 'hidden', text: '*' } : empty;
  };
  const matrices: Record<CrosstabMeasure, (number | null)[][]> = {
    count: table.counts,
    unweighted: table.unweighted,
    rowPercent: table.rowPercent,
    colPercent: table.colPercent,
    totalPercent: table.totalPercent,
    expected: table.expected,
    residual: table.residuals,
    adjustedResidual: table.adjustedResiduals,
  };
  const totalHidden = table.total.suppressed !== null;

  const rowMargin = (measure: CrosstabMeasure, i: number): GridCell => {
    const margin = table.rowTotals[i]!;
    const values: Partial<Record<CrosstabMeasure, number | null>> = {
      count: margin.count,
      unweighted: margin.unweighted,
      rowPercent: margin.count ? 100 : null,
      colPercent: margin.percent,
      totalPercent: margin.percent,
    };
    return figure(values[measure], measure, margin.suppressed, totalHidden);
  };
  const colMargin = (measure: CrosstabMeasure, j: number): GridCell => {
    const margin = table.colTotals[j]!;
    const values: Partial<Record<CrosstabMeasure, number | null>> = {
      count: margin.count,
      unweighted: margin.unweighted,
      rowPercent: margin.percent,
      colPercent: margin.count ? 100 : null,
      totalPercent: margin.percent,
    };
    return figure(values[measure], measure, margin.suppressed, totalHidden);
  };
  const corner = (measure: CrosstabMeasure): GridCell => {
    const values: Partial<Record<CrosstabMeasure, number | null>> = {
      count: table.total.count,
      unweighted: table.total.unweighted,
      rowPercent: 100,
      colPercent: 100,
      totalPercent: 100,
    };
    return table.total.count === 0 && measure.endsWith('Percent')
      ? empty
      : figure(values[measure], measure, table.total.suppressed, false);
  };

  const title = `${words.crosstab[language]}: ${name(result.rows)} × ${name(result.cols)}${table.layer && result.layer ? ` (${name(result.layer)}: ${table.layer.label})` : ''}`;
  const lines: GridLine[] = [
    { role: 'title', cells: [text(title)] },
    {
      role: 'header',
      cells: [
        text(name(result.rows)),
        ...(several ? [text(words.measure[language])] : []),
        ...table.colCategories.map((c) => text(c.label)),
        text(crosstabText.total(language)),
      ],
    },
  ];
  for (const [i, category] of table.rowCategories.entries()) {
    for (const measure of measures) {
      const cells = table.colCategories.map((_, j) => {
        const derived =
          table.rowTotals[i]!.suppressed !== null || table.colTotals[j]!.suppressed !== null || totalHidden;
        return figure(matrices[measure][i]![j], measure, table.suppressed[i]![j]!, derived);
      });
      lines.push({
        role: 'body',
        cells: [
          text(category.label),
          ...(several ? [text(measureLabel(measure))] : []),
          ...cells,
          rowMargin(measure, i),
        ],
      });
    }
  }
  for (const measure of measures) {
    lines.push({
      role: 'total',
      cells: [
        text(crosstabText.total(language)),
        ...(several ? [text(measureLabel(measure))] : []),
        ...table.colCategories.map((_, j) => colMargin(measure, j)),
        corner(measure),
      ],
    });
  }

  const statistics = table.statistics;
  if (statistics) {
    lines.push(
      { role: 'blank', cells: [] },
      { role: 'header', cells: [text(words.test[language]), text(words.value[language]), text('df'), text('p')] },
    );
    const test = (
      label: string,
      value: number | null,
      kind: NumberKind,
      df: number | null,
      p: number | null,
    ): GridLine => ({
      role: 'statistic',
      cells: [
        text(label),
        value === null ? empty : { kind: 'number', value, format: kind },
        df === null ? empty : { kind: 'number', value: df, format: 'integer' },
        p === null ? empty : { kind: 'number', value: p, format: 'p' },
      ],
    });
    lines.push(
      test(words.pearson[language], statistics.chiSquare, 'decimal', statistics.df, statistics.p),
      test(words.likelihood[language], statistics.likelihoodRatio, 'decimal', statistics.df, statistics.lrP),
    );
    if (statistics.fisherP !== null)
      lines.push(test(words.fisher[language], null, 'decimal', null, statistics.fisherP));
    lines.push(test(words.cramer[language], statistics.cramersV, 'coefficient', null, null));
    if (statistics.phi !== null) lines.push(test(words.phi[language], statistics.phi, 'coefficient', null, null));
  }

  const weight = result.weight ?? words.unweighted[language];
  lines.push(
    { role: 'blank', cells: [] },
    {
      role: 'note',
      cells: [
        text(
          `${words.source[language]}: ${words.dataset[language]} "${result.dataset}", ${words.project[language]} ${context.project}`,
        ),
        text(`${words.weight[language]}: ${weight}`),
        text(
          `${words.threshold[language]}: ${thresholdSummary(result.publication, result.unit, result.areaLevel, language)}`,
        ),
        text(`${words.date[language]}: ${localDate(context.date)}`),
      ],
    },
    ...table.notes.map((note): GridLine => ({ role: 'note', cells: [text(note)] })),
  );
  return lines;
}

function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
