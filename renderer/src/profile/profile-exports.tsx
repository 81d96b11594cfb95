import { renderSvgMarkup } from '../charts/chart-download';
import type { ChartExportSpec, ExportLegendItem, ExportPanel } from '../charts/chart-export-svg';
import type { RadarDomain } from '../charts/radar-geometry';
import type { RadarLayout } from '../charts/radar-layout';
import type { RadarAxis, RadarSeries } from '../charts/radar-types';
import { RadarPlaceholder } from '../charts/RadarPlaceholder';
import { RadarSvg } from '../charts/RadarSvg';
import { referenceStyle } from '../charts/series-styles';

/** What every export of the analysis carries besides its chart. */
export interface ExportFrame {
  title: string;
  subtitle: string;
  source: string;
  date: string;
  referenceLabel: string;
  notes: string[];
  formatValue: (value: number) => string;
}

export function referenceLegendItem(label: string): ExportLegendItem {
  return { label, color: referenceStyle.color, dash: referenceStyle.dash, marker: null };
}

function seriesLegend(series: RadarSeries[]): ExportLegendItem[] {
  return series.map((item) => ({
    label: item.label,
    color: item.style.color,
    dash: item.style.dash,
    marker: item.style.marker,
  }));
}

/** One radar (a profile, or up to four areas overlaid) as a standalone image. */
export function radarExport(
  frame: ExportFrame,
  chart: { axes: RadarAxis[]; series: RadarSeries[]; domain: RadarDomain },
  layout: RadarLayout,
): ChartExportSpec {
  const markup = renderSvgMarkup(
    <RadarSvg
      axes={chart.axes}
      series={chart.series}
      domain={chart.domain}
      layout={layout}
      title={frame.title}
      formatValue={frame.formatValue}
      showValues={chart.series.length === 1}
      fillOpacity={chart.series.length === 1 ? 0.16 : 0.05}
    />,
  );
  return {
    title: frame.title,
    subtitle: frame.subtitle,
    panels: [{ markup, width: layout.width, height: layout.height, caption: null }],
    columns: 1,
    legend: [...seriesLegend(chart.series), referenceLegendItem(frame.referenceLabel)],
    notes: frame.notes,
    source: frame.source,
    date: frame.date,
  };
}

export interface MultiplePanel {
  caption: string;
  /** Null: the area's figures may not be published; a placeholder says why. */
  series: RadarSeries | null;
  title: string;
}

/** Small multiples: a radar per area in a grid, areas under the threshold as placeholders. */
export function multiplesExport(
  frame: ExportFrame,
  panels: MultiplePanel[],
  chart: { axes: RadarAxis[]; domain: RadarDomain },
  layout: RadarLayout,
  placeholderLines: string[],
  axisLegend: ExportLegendItem[],
): ChartExportSpec {
  const rendered: ExportPanel[] = panels.map((panel) => ({
    markup: renderSvgMarkup(
      panel.series ? (
        <RadarSvg
          axes={chart.axes}
          series={[panel.series]}
          domain={chart.domain}
          layout={layout}
          title={panel.title}
          formatValue={frame.formatValue}
          fillOpacity={0.2}
        />
      ) : (
        <RadarPlaceholder layout={layout} lines={placeholderLines} title={panel.title} />
      ),
    ),
    width: layout.width,
    height: layout.height,
    caption: panel.caption,
  }));
  return {
    title: frame.title,
    subtitle: frame.subtitle,
    panels: rendered,
    columns: 3,
    legend: [...axisLegend, referenceLegendItem(frame.referenceLabel)],
    notes: frame.notes,
    source: frame.source,
    date: frame.date,
  };
}
