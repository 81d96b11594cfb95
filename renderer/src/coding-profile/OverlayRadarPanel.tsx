import { useId } from 'react';
import type { CodingProfile } from '../../../shared/coding/coding-types';
import { conditionIds } from '../../../shared/conditions';
import type { ScoreTable } from '../../../shared/scores/score-types';
import { useAnalysis } from '../profile/analysis-context';
import { useChartWording } from '../profile/chart-wording';
import { useAxisTexts } from '../profile/profile-chart';
import { isHidden, plainPaint, profileAxes, type ConditionPaint } from '../../../shared/scores/profile-data';
import { tokenPaint } from '../profile/condition-paint';
import { radarExport } from '../profile/profile-exports';
import { useScoreFormat } from '../profile/score-format';
import { ChartExportButtons } from '../charts/ChartExportButtons';
import { radarDomain } from '../charts/radar-geometry';
import { largeRadar } from '../charts/radar-layout';
import { RadarBox } from '../charts/RadarBox';
import { RadarChart } from '../charts/RadarChart';
import { RadarLegendAndTable } from '../charts/RadarLegendAndTable';
import { RadarPlaceholder } from '../charts/RadarPlaceholder';
import type { RadarSeries } from '../charts/radar-types';
import { seriesStyle } from '../charts/series-styles';
import { useT } from '../i18n/hooks';
import { codingProfileTexts } from './coding-profile-texts';
import type { WordsIndex } from '../../../shared/coding/words-index';

interface OverlayRadarPanelProps {
  table: ScoreTable;
  profile: CodingProfile;
  words: WordsIndex;
  areaCode: string;
  areaName: string;
}

/**
 * Figures and words on one chart, honest only because both are an index over areas (100 = average, 10
 * points = one standard deviation); the legend and a note say what high means for each.
 */
export function OverlayRadarPanel({ table, profile, words, areaCode, areaName }: OverlayRadarPanelProps) {
  const t = useT(codingProfileTexts);
  const headingId = useId();
  const format = useScoreFormat();
  const texts = useAxisTexts();
  const wording = useChartWording();
  const audience = useAnalysis((state) => state.audience);
  const figures = new Map(table.areas.map((area) => [area.code, area]));
  const coded = new Map(profile.areas.map((area) => [area.code, area]));
  const title = t('codingProfile.overlay.title', { area: areaName });
  const explanation = t('codingProfile.overlay.explain', {
    count: words.reference.length,
    threshold: profile.threshold,
  });
  // Shown: neither its figures nor its words hidden from this audience; publishable (exports): neither under the threshold.
  const shown = (code: string) => {
    const area = figures.get(code);
    return !(area && isHidden(area, audience)) && coded.get(code)?.coded !== null;
  };
  const publishable = (code: string) => !figures.get(code)?.suppressed && !coded.get(code)?.belowThreshold;

  const seriesOf = (code: string): RadarSeries[] => [
    {
      id: 'figures',
      label: t('codingProfile.overlay.figures'),
      values: conditionIds.map((id) => figures.get(code)?.scores[id] ?? null),
      style: seriesStyle(0),
    },
    {
      id: 'words',
      label: t('codingProfile.overlay.words'),
      values: conditionIds.map((id) => words.index.get(code)?.[id] ?? null),
      style: seriesStyle(1),
    },
  ];
  // Every area that may be shown fits the scale, so changing the area never rescales the chart.
  const chartWith = (paint: ConditionPaint, fits: (code: string) => boolean) => ({
    axes: profileAxes(table, 'conditions', null, texts, paint),
    series: seriesOf(areaCode),
    domain: radarDomain(
      profile.areas
        .filter((area) => fits(area.code))
        .flatMap((area) => seriesOf(area.code).flatMap((series) => series.values)),
    ),
  });
  const chart = chartWith(tokenPaint, shown);
  const hidden = !shown(areaCode);

  function makeExport() {
    const frame = { ...wording.frame(title, [explanation]), subtitle: t('codingProfile.overlay.subtitle') };
    return radarExport(frame, chartWith(plainPaint, publishable), largeRadar);
  }

  return (
    <section className="chart-panel" aria-labelledby={headingId}>
      <h4 id={headingId} className="chart-panel__title">
        {t('codingProfile.overlay.heading')}
      </h4>
      <div className="radar-view">
        <RadarBox layout={largeRadar} className="radar-view__chart">
          {hidden ? (
            <div className="radar-chart">
              <RadarPlaceholder
                layout={largeRadar}
                lines={[
                  t('codingProfile.words.notShown'),
                  t('codingProfile.words.reason', { threshold: profile.threshold }),
                ]}
                title={title}
              />
            </div>
          ) : (
            <RadarChart
              axes={chart.axes}
              series={chart.series}
              domain={chart.domain}
              layout={largeRadar}
              title={title}
              formatValue={format.index}
              fillOpacity={0.05}
            />
          )}
        </RadarBox>
        <div className="radar-view__side">
          {!hidden && (
            <RadarLegendAndTable
              title={title}
              axisHeader={t('analysis.chart.axis.condition')}
              chart={chart}
              formatValue={format.index}
              reference
            />
          )}
          <p className="words-figures__source">{explanation}</p>
          <ChartExportButtons
            makeExport={makeExport}
            unavailable={publishable(areaCode) ? null : t('analysis.export.nothing')}
          />
        </div>
      </div>
    </section>
  );
}
