import type { CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import { renderSvgMarkup } from '../charts/chart-download';
import type { ChartExportSpec } from '../charts/chart-export-svg';
import type { CrosstabFormat } from '../../../shared/crosstab/crosstab-format';
import type { CellMeasure } from '../../../shared/crosstab/table-figures';
import { CrossTableSvg, crossTableSvgLayout } from './CrossTableSvg';
import { heatLegend } from './HeatLegend';
import type { HeatScale } from '../../../shared/crosstab/heat-colours';
import { anySuppressed, partnerThresholdLines, remainingNotes, statisticsMissingReason } from './table-notes';
import { variableName } from '../../../shared/crosstab/table-figures';
import { measureDescription, tableCaption, type Translate } from './table-wording';

/**
 * The cross-tab as a standalone image: title, what the cells hold, a table per layer, the colour legend,
 * the weighting and threshold notes, the tests, and the source with the date. Always from a partner-
 * audience result: an image leaves the researcher's screen, so hidden cells stay hidden.
 */
export function crosstabImageSpec(
  result: CrosstabResult,
  measure: CellMeasure,
  scale: HeatScale,
  t: Translate,
  format: CrosstabFormat,
  date: string,
): ChartExportSpec {
  const labels = { total: t('crosstab.total'), n: t('crosstab.n') };
  const weighted = result.weight !== null;
  const panels = result.tables.map((table) => {
    const caption = tableCaption(result, table, t);
    const { layout } = crossTableSvgLayout(result, table, measure, scale, format, labels);
    const markup = renderSvgMarkup(
      <CrossTableSvg
        result={result}
        table={table}
        measure={measure}
        scale={scale}
        format={format}
        labels={labels}
        title={caption}
      />,
    );
    return { markup, width: layout.width, height: layout.height, caption: table.layer ? table.layer.label : null };
  });

  const legend = heatLegend(scale, t, format);
  const notes: string[] = [];
  if (legend) notes.push(`${legend.title}.`);
  if (anySuppressed(result)) {
    const lines = partnerThresholdLines(result, true, t);
    notes.push(lines.rule, ...(lines.marks ? [lines.marks] : []));
  }
  for (const table of result.tables) {
    const statistics = table.statistics;
    if (!statistics) {
      notes.push(
        statisticsMissingReason(result, table) === 'hidden'
          ? t('crosstab.stats.hidden')
          : t('crosstab.stats.notPossible'),
      );
      continue;
    }
    const twoByTwo = statistics.phi !== null;
    const summary = t('crosstab.stats.summary', {
      df: format.integer(statistics.df),
      chi: format.statistic(statistics.chiSquare),
      p: statistics.p < 0.001 ? format.p(statistics.p) : `= ${format.p(statistics.p)}`,
      measure: twoByTwo ? t('crosstab.stats.phi') : t('crosstab.stats.cramer'),
      value: format.coefficient(twoByTwo ? statistics.phi! : statistics.cramersV),
    });
    notes.push(table.layer ? `${table.layer.label}: ${summary}` : summary);
    if (statistics.warning) notes.push(statistics.warning);
  }
  notes.push(...remainingNotes(result));

  return {
    title: t('crosstab.export.imageTitle', { rows: variableName(result.rows), cols: variableName(result.cols) }),
    subtitle: weighted
      ? `${measureDescription(measure, weighted, t)} · ${t('crosstab.weighted', { weight: result.weight ?? '' })}`
      : measureDescription(measure, weighted, t),
    panels,
    columns: 1,
    legend: legend
      ? legend.entries.map((entry) => ({
          label: entry.glyph ? `${entry.glyph} ${entry.label}` : entry.label,
          color: entry.fill,
          dash: null,
          marker: 'square',
          line: false,
        }))
      : [],
    notes: [...new Set(notes)],
    source: t('crosstab.export.source', { dataset: result.dataset }),
    date,
  };
}
