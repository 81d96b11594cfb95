import type {
  CrossTable,
  CrosstabMeasure,
  CrosstabResult,
  SuppressionMark,
} from '../../shared/crosstab/crosstab-types';
import { crosstabText } from '../../shared/crosstab/crosstab-texts';
import type { Language } from '../../shared/i18n/language';
import { defineMessages, translate } from '../../shared/i18n/messages';
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

/** The words of an exported cross-table. */
const gridTexts = defineMessages({
  nl: {
    'measure.count': 'Aantal',
    'measure.unweighted': 'n (ongewogen)',
    'measure.rowPercent': '% van rij',
    'measure.colPercent': '% van kolom',
    'measure.totalPercent': '% van totaal',
    'measure.expected': 'Verwacht aantal',
    'measure.residual': 'Gestandaardiseerd residu',
    'measure.adjustedResidual': 'Aangepast residu',
    crosstab: 'Kruistabel',
    measure: 'Maat',
    weightedCount: 'Aantal (gewogen)',
    test: 'Toets',
    value: 'Waarde',
    pearson: 'Chi-kwadraat (Pearson)',
    likelihood: 'Aannemelijkheidsquotiënt (G²)',
    fisher: 'Exacte toets van Fisher (tweezijdig)',
    cramer: 'Cramérs V',
    phi: 'Phi',
    source: 'Bron',
    dataset: 'dataset',
    project: 'project',
    weight: 'Weging',
    unweighted: 'ongewogen',
    threshold: 'Publicatiedrempel',
    date: 'Datum',
  },
  en: {
    'measure.count': 'Count',
    'measure.unweighted': 'n (unweighted)',
    'measure.rowPercent': '% of row',
    'measure.colPercent': '% of column',
    'measure.totalPercent': '% of total',
    'measure.expected': 'Expected count',
    'measure.residual': 'Standardised residual',
    'measure.adjustedResidual': 'Adjusted residual',
    crosstab: 'Cross-table',
    measure: 'Measure',
    weightedCount: 'Count (weighted)',
    test: 'Test',
    value: 'Value',
    pearson: 'Pearson chi-square',
    likelihood: 'Likelihood ratio (G²)',
    fisher: "Fisher's exact test (two-sided)",
    cramer: "Cramér's V",
    phi: 'Phi',
    source: 'Source',
    dataset: 'dataset',
    project: 'project',
    weight: 'Weight',
    unweighted: 'unweighted',
    threshold: 'Publication threshold',
    date: 'Date',
  },
});

function word(language: Language, key: keyof typeof gridTexts.nl): string {
  return translate(language, gridTexts, key);
}

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
    (table.layer?.label ?? word(result.language, 'crosstab'))
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || word(result.language, 'crosstab');
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
    measure === 'count' && weighted ? word(language, 'weightedCount') : word(language, `measure.${measure}`);
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

  const title = `${word(language, 'crosstab')}: ${name(result.rows)} × ${name(result.cols)}${table.layer && result.layer ? ` (${name(result.layer)}: ${table.layer.label})` : ''}`;
  const lines: GridLine[] = [
    { role: 'title', cells: [text(title)] },
    {
      role: 'header',
      cells: [
        text(name(result.rows)),
        ...(several ? [text(word(language, 'measure'))] : []),
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
      {
        role: 'header',
        cells: [text(word(language, 'test')), text(word(language, 'value')), text('df'), text('p')],
      },
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
      test(word(language, 'pearson'), statistics.chiSquare, 'decimal', statistics.df, statistics.p),
      test(word(language, 'likelihood'), statistics.likelihoodRatio, 'decimal', statistics.df, statistics.lrP),
    );
    if (statistics.fisherP !== null)
      lines.push(test(word(language, 'fisher'), null, 'decimal', null, statistics.fisherP));
    lines.push(test(word(language, 'cramer'), statistics.cramersV, 'coefficient', null, null));
    if (statistics.phi !== null) lines.push(test(word(language, 'phi'), statistics.phi, 'coefficient', null, null));
  }

  const weight = result.weight ?? word(language, 'unweighted');
  lines.push(
    { role: 'blank', cells: [] },
    {
      role: 'note',
      cells: [
        text(
          `${word(language, 'source')}: ${word(language, 'dataset')} "${result.dataset}", ${word(language, 'project')} ${context.project}`,
        ),
        text(`${word(language, 'weight')}: ${weight}`),
        text(
          `${word(language, 'threshold')}: ${thresholdSummary(result.publication, result.unit, result.areaLevel, language)}`,
        ),
        text(`${word(language, 'date')}: ${localDate(context.date)}`),
      ],
    },
    ...table.notes.map((note): GridLine => ({ role: 'note', cells: [text(note)] })),
  );
  return lines;
}

function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
