import { renderSvgMarkup } from '../charts/chart-download';
import type { ChartExportSpec } from '../charts/chart-export-svg';
import type { RadarRings } from '../charts/radar-geometry';
import type { RadarLayout } from '../charts/radar-layout';
import { RadarSvg } from '../charts/RadarSvg';
import type { ShareChart } from './share-chart';

export interface ShareExportFrame {
  title: string;
  subtitle: string;
  source: string;
  date: string;
}

/** The share radar as a standalone image: its reference is a shape (all records), so the legend names both series. */
export function shareRadarExport(
  frame: ShareExportFrame,
  chart: ShareChart,
  rings: RadarRings,
  formatValue: (value: number) => string,
  layout: RadarLayout,
): ChartExportSpec {
  const markup = renderSvgMarkup(
    <RadarSvg
      axes={chart.axes}
      series={chart.series}
      domain={chart.domain}
      rings={rings}
      layout={layout}
      title={frame.title}
      formatValue={formatValue}
      showValues
      fillOpacity={0.12}
    />,
  );
  return {
    title: frame.title,
    subtitle: frame.subtitle,
    panels: [{ markup, width: layout.width, height: layout.height, caption: null }],
    columns: 1,
    legend: chart.series.map((item) => ({
      label: item.label,
      color: item.style.color,
      dash: item.style.dash,
      marker: item.style.marker,
    })),
    notes: [],
    source: frame.source,
    date: frame.date,
  };
}
