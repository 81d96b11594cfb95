import { conditionIds, type ConditionId } from '../../../shared/conditions';
import type { AreaScores, ScoreTable } from '../../../shared/scores/score-types';
import { ChartExportButtons } from '../charts/ChartExportButtons';
import type { ExportLegendItem } from '../charts/chart-export-svg';
import { ChartLegend } from '../charts/ChartLegend';
import { radarDomain } from '../charts/radar-geometry';
import { smallRadar } from '../charts/radar-layout';
import { RadarPlaceholder } from '../charts/RadarPlaceholder';
import { RadarSvg } from '../charts/RadarSvg';
import type { RadarAxis } from '../charts/radar-types';
import { referenceStyle, seriesStyle } from '../charts/series-styles';
import { SelectField } from '../components/SelectField';
import { useLanguage, useT } from '../i18n/hooks';
import { analysisTexts } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import type { AreaSort } from '../../../shared/scores/profile-data';
import { useChartWording } from '../profile/chart-wording';
import { useConditionShortName } from '../profile/profile-chart';
import {
  areaLabel,
  conditionOf,
  isHidden,
  plainPaint,
  sortAreas,
  suppressionWords,
  type ConditionPaint,
} from '../../../shared/scores/profile-data';
import { tokenPaint } from '../profile/condition-paint';
import { multiplesExport, type MultiplePanel } from '../profile/profile-exports';
import { useScoreFormat } from '../profile/score-format';

function conditionAxes(shortName: (id: ConditionId) => string, paint: ConditionPaint): RadarAxis[] {
  return conditionIds.map((id) => ({ id, label: shortName(id), color: paint(id) }));
}

/** A small radar per area on one scale, sorted by name or by a condition: the whole municipality at a glance. */
export function SmallMultiples({ table }: { table: ScoreTable }) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const shortName = useConditionShortName();
  const wording = useChartWording();
  const audience = useAnalysis((state) => state.audience);
  const sort = useAnalysis((state) => state.multiplesSort);
  const setSort = useAnalysis((state) => state.setMultiplesSort);
  const selectArea = useAnalysis((state) => state.selectArea);
  const setChartMode = useAnalysis((state) => state.setChartMode);

  const sorted = sortAreas(table.areas, sort, language);
  const axes = conditionAxes(shortName, tokenPaint);
  const scoresOf = (area: AreaScores) => conditionIds.map((id) => area.scores[id]);
  const domain = radarDomain(table.areas.filter((area) => !isHidden(area, audience)).flatMap(scoresOf));
  const placeholderLines = [
    t('analysis.suppressed.notShown'),
    t('analysis.suppressed.reason', suppressionWords(table, language)),
  ];
  const describe = (area: AreaScores) =>
    `${areaLabel(area)}: ${conditionIds.map((id) => `${conditionOf(id).label[language]} ${area.scores[id] === null ? t('analysis.noValue') : format.index(area.scores[id]!)}`).join('; ')}`;

  function makeExport() {
    const publishable = table.areas.filter((area) => !area.suppressed);
    const exportAxes = conditionAxes(shortName, plainPaint);
    const panels: MultiplePanel[] = sorted.map((area) => ({
      caption: areaLabel(area),
      series: area.suppressed
        ? null
        : { id: area.code, label: areaLabel(area), values: scoresOf(area), style: seriesStyle(0) },
      title: area.suppressed ? `${areaLabel(area)}: ${placeholderLines.join(' ')}` : describe(area),
    }));
    const axisLegend: ExportLegendItem[] = conditionIds.map((id) => ({
      label: conditionOf(id).label[language],
      color: plainPaint(id),
      dash: null,
      marker: 'circle',
      line: false,
    }));
    const frame = wording.frame(
      wording.multiplesTitle(),
      wording.omittedNote(table.areas.filter((area) => area.suppressed)),
    );
    return multiplesExport(
      frame,
      panels,
      { axes: exportAxes, domain: radarDomain(publishable.flatMap(scoresOf)) },
      smallRadar,
      placeholderLines,
      axisLegend,
    );
  }

  const sortOptions: { value: AreaSort; label: string }[] = [
    { value: 'name', label: t('analysis.sort.name') },
    ...conditionIds.map((id) => ({
      value: id,
      label: t('analysis.sort.condition', { condition: conditionOf(id).label[language] }),
    })),
  ];

  return (
    <div className="multiples">
      <div className="chart-panel__controls">
        <div className="multiples__sort">
          <SelectField label={t('analysis.sort')} value={sort} options={sortOptions} onChange={setSort} />
        </div>
        <ChartLegend
          label={t('chart.legend')}
          items={[
            ...conditionIds.map((id) => ({
              id,
              label: shortName(id),
              color: tokenPaint(id),
              dash: null,
              marker: 'circle' as const,
              line: false,
            })),
            {
              id: 'reference',
              label: t('chart.referenceLegend'),
              color: referenceStyle.color,
              dash: referenceStyle.dash,
              marker: null,
            },
          ]}
        />
      </div>
      <ul className="multiples__grid" data-main-content aria-label={wording.multiplesTitle()}>
        {sorted.map((area) => {
          const hidden = isHidden(area, audience);
          return (
            <li key={area.code} className={`multiple${area.suppressed ? ' multiple--suppressed' : ''}`}>
              <figure className="multiple__figure">
                <figcaption className="multiple__caption">
                  <button
                    type="button"
                    className="link-button multiple__name"
                    onClick={() => {
                      selectArea(area.code);
                      setChartMode('profile');
                    }}
                  >
                    {areaLabel(area)}
                  </button>
                  {!hidden && table.kind === 'survey' && (
                    <span className="multiple__n">n = {format.count(area.n ?? 0)}</span>
                  )}
                  {area.suppressed && !hidden && (
                    <span className="badge badge--warning">{t('analysis.suppressed.badge')}</span>
                  )}
                </figcaption>
                {hidden ? (
                  <RadarPlaceholder
                    layout={smallRadar}
                    lines={placeholderLines}
                    title={`${areaLabel(area)}: ${placeholderLines.join(' ')}`}
                  />
                ) : (
                  <RadarSvg
                    axes={axes}
                    series={[{ id: area.code, label: areaLabel(area), values: scoresOf(area), style: seriesStyle(0) }]}
                    domain={domain}
                    layout={smallRadar}
                    title={describe(area)}
                    formatValue={format.index}
                    fillOpacity={0.2}
                  />
                )}
              </figure>
            </li>
          );
        })}
      </ul>
      <ChartExportButtons makeExport={makeExport} />
    </div>
  );
}
