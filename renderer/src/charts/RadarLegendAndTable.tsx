import { useT } from '../i18n/hooks';
import { chartTexts } from './chart-texts';
import { ChartLegend } from './ChartLegend';
import type { RadarAxis, RadarSeries } from './radar-types';
import { RadarDataTable } from './RadarDataTable';
import { referenceStyle } from './series-styles';

interface RadarLegendAndTableProps {
  /** The chart's title: the table's caption, so it is read out as the same chart. */
  title: string;
  axisHeader: string;
  chart: { axes: RadarAxis[]; series: RadarSeries[] };
  formatValue: (value: number) => string;
  /** Whether the chart draws the reference ring (100 = average), which then needs its own legend entry. */
  reference: boolean;
}

/** What stands beside a radar: the legend of its series and its figures as a table (none without series). */
export function RadarLegendAndTable({ title, axisHeader, chart, formatValue, reference }: RadarLegendAndTableProps) {
  const t = useT(chartTexts);
  const seriesItems = chart.series.map((item) => ({
    id: item.id,
    label: item.label,
    color: item.style.color,
    dash: item.style.dash,
    marker: item.style.marker,
  }));
  const referenceItem = {
    id: 'reference',
    label: t('chart.referenceLegend'),
    color: referenceStyle.color,
    dash: referenceStyle.dash,
    marker: null,
  };
  return (
    <>
      <ChartLegend label={t('chart.legend')} items={reference ? [...seriesItems, referenceItem] : seriesItems} />
      {chart.series.length > 0 && (
        <RadarDataTable
          caption={title}
          axisHeader={axisHeader}
          axes={chart.axes}
          series={chart.series}
          formatValue={formatValue}
          missingLabel={t('analysis.noValue')}
        />
      )}
    </>
  );
}
