import { useId } from 'react';
import type { AreaScores } from '../../../shared/scores/score-types';
import { useAnalysis } from '../profile/analysis-context';
import { useChartWording } from '../profile/chart-wording';
import { buildProfileChart, useAxisTexts } from '../profile/profile-chart';
import { areaLabel, isHidden, plainPaint, suppressionWords } from '../../../shared/scores/profile-data';
import { tokenPaint } from '../profile/condition-paint';
import { radarExport } from '../profile/profile-exports';
import { useScoreFormat } from '../profile/score-format';
import { ChartExportButtons } from '../charts/ChartExportButtons';
import { largeRadar } from '../charts/radar-layout';
import { RadarChart } from '../charts/RadarChart';
import { RadarLegendAndTable } from '../charts/RadarLegendAndTable';
import { RadarPlaceholder } from '../charts/RadarPlaceholder';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { codingProfileTexts } from './coding-profile-texts';
import { pairedRadar } from './paired-radar';

/**
 * Where the figures point: the area's profile over the four conditions from the indicators of the
 * dataset chosen in the Analyse section, drawn as the Profielen view draws it (index, 100 = average).
 */
export function FiguresRadarPanel({ areaCode, areaName }: { areaCode: string; areaName: string }) {
  const t = useT(codingProfileTexts);
  const headingId = useId();
  const dataset = useAnalysis((state) => state.dataset) ?? '';
  const scores = useAnalysis((state) => state.scores);
  const scoresLoading = useAnalysis((state) => state.scoresLoading);
  const setView = useAnalysis((state) => state.setView);
  const audience = useAnalysis((state) => state.audience);

  let body;
  if (!scores) {
    body = scoresLoading ? <p role="status">{t('analysis.scores.loading')}</p> : null;
  } else if (scores.indicators.length === 0) {
    body = (
      <div className="chart-panel__hint">
        <p>{t('codingProfile.figures.none', { dataset })}</p>
        <Button variant="primary" onClick={() => setView('indicators')}>
          {t('codingProfile.figures.toIndicators')}
        </Button>
      </div>
    );
  } else {
    const area = scores.areas.find((candidate) => candidate.code === areaCode);
    body = area ? (
      <FiguresRadar area={area} scaleAreas={scores.areas.filter((candidate) => !isHidden(candidate, audience))} />
    ) : (
      <p className="chart-panel__hint">{t('codingProfile.figures.noArea', { dataset, area: areaName })}</p>
    );
  }

  return (
    <section className="words-figures__panel" aria-labelledby={headingId}>
      <h4 id={headingId} className="chart-panel__title">
        {t('codingProfile.figures.heading')}
      </h4>
      <p className="words-figures__source">{t('codingProfile.figures.source', { dataset })}</p>
      {body}
    </section>
  );
}

function FiguresRadar({ area, scaleAreas }: { area: AreaScores; scaleAreas: AreaScores[] }) {
  const t = useT(codingProfileTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const texts = useAxisTexts();
  const wording = useChartWording();
  const table = useAnalysis((state) => state.scores)!;
  const audience = useAnalysis((state) => state.audience);
  const title = wording.profileTitle(area, 'conditions', null);
  const seriesLabel = (shown: AreaScores) =>
    shown.suppressed
      ? t('analysis.chart.suppressedSeries', { area: areaLabel(shown), n: shown.n ?? '' })
      : areaLabel(shown);
  const chart = buildProfileChart({
    table,
    areas: [area],
    scaleAreas,
    level: 'conditions',
    zoom: null,
    texts,
    paint: tokenPaint,
    seriesLabel,
  });

  // An export is partner-facing in every view: an area under the threshold is never exported.
  function makeExport() {
    const publishable = table.areas.filter((candidate) => !candidate.suppressed);
    const exported = buildProfileChart({
      table,
      areas: [area],
      scaleAreas: publishable,
      level: 'conditions',
      zoom: null,
      texts,
      paint: plainPaint,
    });
    return radarExport(wording.frame(title, []), exported, largeRadar);
  }

  if (isHidden(area, audience)) {
    return (
      <div className="radar-chart">
        <RadarPlaceholder
          layout={pairedRadar}
          lines={[
            t('analysis.suppressed.notShown'),
            t('analysis.suppressed.reason', suppressionWords(table, language)),
          ]}
          title={title}
        />
      </div>
    );
  }
  return (
    <>
      <RadarChart
        axes={chart.axes}
        series={chart.series}
        domain={chart.domain}
        layout={pairedRadar}
        title={title}
        formatValue={format.index}
        showValues
      />
      <RadarLegendAndTable
        title={title}
        axisHeader={t('analysis.chart.axis.condition')}
        chart={chart}
        formatValue={format.index}
        reference
      />
      <ChartExportButtons makeExport={makeExport} unavailable={area.suppressed ? t('analysis.export.nothing') : null} />
    </>
  );
}
