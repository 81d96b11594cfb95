import { useId } from 'react';
import type { CodingProfile, CodingProfileArea } from '../../../shared/coding/coding-types';
import { plainPaint, type ConditionPaint } from '../../../shared/scores/profile-data';
import { tokenPaint } from '../profile/condition-paint';
import { useScoreFormat } from '../profile/score-format';
import { ChartExportButtons } from '../charts/ChartExportButtons';
import { largeRadar } from '../charts/radar-layout';
import { RadarChart } from '../charts/RadarChart';
import { RadarLegendAndTable } from '../charts/RadarLegendAndTable';
import { RadarPlaceholder } from '../charts/RadarPlaceholder';
import { useLanguage, useT } from '../i18n/hooks';
import { codingProfileTexts } from './coding-profile-texts';
import { useCoderLabel } from './coder-label';
import { pairedRadar } from './paired-radar';
import { buildShareChart, shareRings } from './share-chart';
import { shareRadarExport } from './share-export';
import { useShareFormat } from './share-format';

/** Where the words point: the area's share of coded records per condition, against all coded records. */
export function WordsRadarPanel({ profile, area }: { profile: CodingProfile; area: CodingProfileArea }) {
  const t = useT(codingProfileTexts);
  const language = useLanguage();
  const headingId = useId();
  const format = useShareFormat();
  const scoreFormat = useScoreFormat();
  const coderLabel = useCoderLabel();
  const coder = coderLabel(profile.coder);
  const name = area.name ?? area.code;
  const title = t('codingProfile.words.title', { area: name });
  const rings = shareRings(format.ring);
  const hidden = area.coded === null;

  // An export is partner-facing in every view: its scale fits only the areas that may be published.
  const chartFor = (paint: ConditionPaint, scaleAreas: CodingProfileArea[]) =>
    buildShareChart({
      area,
      overall: profile.overall,
      scaleAreas,
      areaLabel: t(area.belowThreshold ? 'analysis.chart.suppressedSeries' : 'codingProfile.words.series', {
        area: name,
        n: scoreFormat.count(area.coded ?? 0),
      }),
      overallLabel: t('codingProfile.words.overall', { n: scoreFormat.count(profile.overall.coded) }),
      language,
      paint,
    });
  const chart = chartFor(tokenPaint, profile.areas);

  function makeExport() {
    return shareRadarExport(
      {
        title,
        subtitle: t('codingProfile.words.subtitle', { coder }),
        source: t('chart.source', { dataset: profile.dataset }),
        date: scoreFormat.date(new Date()),
      },
      chartFor(
        plainPaint,
        profile.areas.filter((candidate) => !candidate.belowThreshold),
      ),
      rings,
      format.share,
      largeRadar,
    );
  }

  let body;
  if (hidden) {
    body = (
      <div className="radar-chart">
        <RadarPlaceholder
          layout={pairedRadar}
          lines={[t('codingProfile.words.notShown'), t('codingProfile.words.reason', { threshold: profile.threshold })]}
          title={title}
        />
      </div>
    );
  } else if (area.coded === 0) {
    body = <p className="chart-panel__hint">{t('codingProfile.words.noneCoded', { coder, area: name })}</p>;
  } else {
    body = (
      <RadarChart
        axes={chart.axes}
        series={chart.series}
        domain={chart.domain}
        rings={rings}
        layout={pairedRadar}
        title={title}
        formatValue={format.share}
        showValues
        fillOpacity={0.12}
      />
    );
  }

  return (
    <section className="words-figures__panel" aria-labelledby={headingId}>
      <h4 id={headingId} className="chart-panel__title">
        {t('codingProfile.words.heading')}
      </h4>
      <p className="words-figures__source">{t('codingProfile.words.source', { coder })}</p>
      {body}
      {!hidden && area.coded !== 0 && (
        <RadarLegendAndTable
          title={title}
          axisHeader={t('analysis.chart.axis.condition')}
          chart={chart}
          formatValue={format.share}
          reference={false}
        />
      )}
      <ChartExportButtons
        makeExport={makeExport}
        unavailable={
          area.belowThreshold
            ? t('codingProfile.words.exportHidden', { area: name, threshold: profile.threshold })
            : null
        }
      />
    </section>
  );
}
