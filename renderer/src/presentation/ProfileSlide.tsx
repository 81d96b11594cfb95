import { conditionIds } from '../../../shared/conditions';
import type { AreaView } from '../../../shared/session/session-types';
import { ChartLegend } from '../charts/ChartLegend';
import { radarDomain } from '../charts/radar-geometry';
import { darkPalette } from '../charts/radar-palette';
import type { RadarAxis, RadarSeries } from '../charts/radar-types';
import { RadarSvg } from '../charts/RadarSvg';
import { useLanguage, useT } from '../i18n/hooks';
import { useScoreFormat } from '../profile/score-format';
import { presentationTexts } from './presentation-texts';
import { conditionColor, conditionLabel, estimateOnIndexRings, projectorRadar, projectorSeries } from './slide-style';

/** The area's profile as one big radar with three shapes: cijfers · woorden · partners. */
export function ProfileSlide({ area, title }: { area: AreaView; title: string }) {
  const t = useT(presentationTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const axes: RadarAxis[] = conditionIds.map((id) => ({
    id,
    label: conditionLabel(id, language),
    color: conditionColor(id),
  }));
  const views = conditionIds.map((id) => area.conditions[id]);
  const shapes: RadarSeries[] = [
    {
      id: 'figures',
      label: t('presentation.series.figures'),
      values: views.map((view) => view.figures),
      style: projectorSeries.figures,
    },
    {
      id: 'words',
      label: t('presentation.series.words'),
      values: views.map((view) => view.words),
      style: projectorSeries.words,
    },
    {
      id: 'partners',
      label: t('presentation.series.partners'),
      values: views.map((view) => (view.partners ? estimateOnIndexRings(view.partners.mean) : null)),
      style: projectorSeries.partners,
      // Its dots say the estimate, not the ring it is drawn on.
      formatValue: (value) => format.index((value - 70) / 6),
    },
  ];
  const series = shapes.filter((item) => item.values.some((value) => value !== null));
  const legend = [
    { id: 'figures', text: t('presentation.legend.figures') },
    { id: 'words', text: t('presentation.legend.words') },
    { id: 'partners', text: t('presentation.legend.partners') },
  ] as const;
  return (
    <div className="slide-profile">
      <div className="slide-chart" data-chart="radar">
        <RadarSvg
          axes={axes}
          series={series}
          domain={radarDomain(series.flatMap((item) => item.values))}
          layout={projectorRadar}
          title={title}
          formatValue={format.index}
          fillOpacity={0.12}
          palette={darkPalette}
        />
      </div>
      <div className="slide-side">
        <ChartLegend
          label={t('chart.legend')}
          items={legend
            .filter((item) => series.some((shown) => shown.id === item.id))
            .map((item) => ({ id: item.id, label: item.text, ...projectorSeries[item.id] }))}
        />
        {series.length === 0 && <p>{t('presentation.noFigures')}</p>}
      </div>
    </div>
  );
}
