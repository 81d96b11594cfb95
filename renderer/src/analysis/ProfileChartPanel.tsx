import { useId } from 'react';
import { conditionIds, type ConditionId } from '../../../shared/conditions';
import type { AreaScores, ScoreTable } from '../../../shared/scores/score-types';
import { ChartExportButtons } from '../charts/ChartExportButtons';
import { largeRadar } from '../charts/radar-layout';
import { RadarBox } from '../charts/RadarBox';
import { RadarChart } from '../charts/RadarChart';
import { RadarLegendAndTable } from '../charts/RadarLegendAndTable';
import { RadarPlaceholder } from '../charts/RadarPlaceholder';
import { MAX_SERIES } from '../charts/series-styles';
import { SelectField } from '../components/SelectField';
import { useLanguage, useT } from '../i18n/hooks';
import { analysisTexts, type AnalysisKey } from './analysis-texts';
import { useAnalysis } from '../profile/analysis-context';
import type { ChartLevel } from '../../../shared/scores/profile-data';
import type { ChartMode } from '../profile/analysis-store';
import { useChartWording } from '../profile/chart-wording';
import { buildProfileChart, useAxisTexts } from '../profile/profile-chart';
import {
  areaLabel,
  conditionOf,
  isHidden,
  plainPaint,
  sortAreas,
  suppressionWords,
} from '../../../shared/scores/profile-data';
import { tokenPaint } from '../profile/condition-paint';
import { radarExport } from '../profile/profile-exports';
import { useScoreFormat } from '../profile/score-format';
import { SmallMultiples } from './SmallMultiples';

const modes: { id: ChartMode; label: AnalysisKey }[] = [
  { id: 'profile', label: 'analysis.chart.mode.profile' },
  { id: 'compare', label: 'analysis.chart.mode.compare' },
  { id: 'all', label: 'analysis.chart.mode.all' },
];

/** The radar charts: one area against the reference, up to four areas overlaid, or all areas side by side. */
export function ProfileChartPanel() {
  const t = useT(analysisTexts);
  const titleId = useId();
  const modesId = useId();
  const scores = useAnalysis((state) => state.scores);
  const chartMode = useAnalysis((state) => state.chartMode);
  const setChartMode = useAnalysis((state) => state.setChartMode);
  if (!scores) return null;
  return (
    <section className="chart-panel" aria-labelledby={titleId}>
      <div className="chart-panel__header">
        <h4 id={titleId} className="chart-panel__title">
          {t('analysis.chart.heading')}
        </h4>
        <div className="chart-panel__modes">
          <span id={modesId} className="visually-hidden">
            {t('analysis.chart.modes')}
          </span>
          <div className="segmented" role="group" aria-labelledby={modesId}>
            {modes.map((mode) => (
              <button
                key={mode.id}
                type="button"
                className="segmented__option"
                aria-pressed={chartMode === mode.id}
                onClick={() => setChartMode(mode.id)}
              >
                {t(mode.label)}
              </button>
            ))}
          </div>
        </div>
      </div>
      {chartMode === 'all' ? <SmallMultiples table={scores} /> : <RadarView table={scores} mode={chartMode} />}
    </section>
  );
}

function RadarView({ table, mode }: { table: ScoreTable; mode: Exclude<ChartMode, 'all'> }) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const format = useScoreFormat();
  const texts = useAxisTexts();
  const wording = useChartWording();
  const audience = useAnalysis((state) => state.audience);
  const selectedArea = useAnalysis((state) => state.selectedArea);
  const comparedAreas = useAnalysis((state) => state.comparedAreas);
  const level = useAnalysis((state) => state.level);
  const zoom = useAnalysis((state) => state.zoomCondition);

  const codes = mode === 'profile' ? (selectedArea ? [selectedArea] : []) : comparedAreas;
  const chosen = codes
    .map((code) => table.areas.find((area) => area.code === code))
    .filter((area): area is AreaScores => area !== undefined);
  const drawn = chosen.filter((area) => !isHidden(area, audience));
  const seriesLabel = (area: AreaScores) =>
    area.suppressed
      ? t('analysis.chart.suppressedSeries', { area: areaLabel(area), n: area.n ?? '' })
      : areaLabel(area);
  const chart = buildProfileChart({
    table,
    areas: drawn,
    scaleAreas: table.areas.filter((area) => !isHidden(area, audience)),
    level,
    zoom,
    texts,
    paint: tokenPaint,
    seriesLabel,
  });
  const title =
    mode === 'profile' && chosen[0]
      ? wording.profileTitle(chosen[0], level, zoom)
      : wording.compareTitle(chosen, level, zoom);
  const tooFewAxes = chart.axes.length < 3;

  // An export is partner-facing in every view: areas under the threshold are left out, and said so.
  const publishable = chosen.filter((area) => !area.suppressed);
  function makeExport() {
    const exported = buildProfileChart({
      table,
      areas: publishable,
      scaleAreas: table.areas.filter((area) => !area.suppressed),
      level,
      zoom,
      texts,
      paint: plainPaint,
    });
    const exportTitle =
      mode === 'profile' && publishable[0]
        ? wording.profileTitle(publishable[0], level, zoom)
        : wording.compareTitle(publishable, level, zoom);
    return radarExport(
      wording.frame(exportTitle, wording.omittedNote(chosen.filter((area) => area.suppressed))),
      exported,
      largeRadar,
    );
  }

  const unavailable = tooFewAxes
    ? t('analysis.chart.tooFewAxes', { count: chart.axes.length })
    : publishable.length === 0
      ? t('analysis.export.nothing')
      : null;

  let body;
  if (mode === 'profile' && chosen[0] && isHidden(chosen[0], audience)) {
    body = (
      <RadarBox layout={largeRadar} className="radar-view__chart" main>
        <div className="radar-chart">
          <RadarPlaceholder
            layout={largeRadar}
            lines={[
              t('analysis.suppressed.notShown'),
              t('analysis.suppressed.reason', suppressionWords(table, language)),
            ]}
            title={title}
          />
        </div>
      </RadarBox>
    );
  } else if (tooFewAxes) {
    body = (
      <p className="radar-view__chart chart-panel__hint" data-main-content>
        {t('analysis.chart.tooFewAxes', { count: chart.axes.length })}
      </p>
    );
  } else if (drawn.length === 0) {
    body = (
      <p className="radar-view__chart chart-panel__hint" data-main-content>
        {mode === 'compare' ? t('analysis.chart.chooseAreas', { max: MAX_SERIES }) : t('analysis.chart.chooseArea')}
      </p>
    );
  } else {
    body = (
      <RadarBox layout={largeRadar} className="radar-view__chart" main>
        <RadarChart
          axes={chart.axes}
          series={chart.series}
          domain={chart.domain}
          layout={largeRadar}
          title={title}
          formatValue={format.index}
          showValues={chart.series.length === 1}
          fillOpacity={chart.series.length === 1 ? 0.16 : 0.05}
        />
      </RadarBox>
    );
  }

  return (
    <div className="radar-view">
      <div className="chart-panel__controls">
        {mode === 'profile' ? <AreaChoice table={table} /> : <CompareChoice table={table} />}
        <LevelChoice />
      </div>
      {body}
      <div className="radar-view__side">
        <RadarLegendAndTable
          title={title}
          axisHeader={t(axisHeaders[level])}
          chart={chart}
          formatValue={format.index}
          reference
        />
        <ChartExportButtons makeExport={makeExport} unavailable={unavailable} />
      </div>
    </div>
  );
}

const axisHeaders: Record<ChartLevel, AnalysisKey> = {
  conditions: 'analysis.chart.axis.condition',
  domains: 'analysis.chart.axis.domain',
  indicators: 'analysis.chart.axis.indicator',
};

function AreaChoice({ table }: { table: ScoreTable }) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const audience = useAnalysis((state) => state.audience);
  const selectedArea = useAnalysis((state) => state.selectedArea);
  const selectArea = useAnalysis((state) => state.selectArea);
  if (!selectedArea) return null;
  return (
    <div className="chart-panel__area">
      <SelectField
        label={t('analysis.chart.area')}
        value={selectedArea}
        options={sortAreas(table.areas, 'name', language).map((area) => ({
          value: area.code,
          label: isHidden(area, audience)
            ? t('analysis.chart.areaHidden', { area: areaLabel(area), ...suppressionWords(table, language) })
            : area.suppressed
              ? t('analysis.chart.areaSuppressed', { area: areaLabel(area) })
              : areaLabel(area),
        }))}
        onChange={selectArea}
      />
    </div>
  );
}

function CompareChoice({ table }: { table: ScoreTable }) {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const audience = useAnalysis((state) => state.audience);
  const compared = useAnalysis((state) => state.comparedAreas);
  const toggleCompared = useAnalysis((state) => state.toggleCompared);
  const full = compared.length >= MAX_SERIES;
  return (
    <fieldset className="compare-choice">
      <legend className="field__label">{t('analysis.chart.compareLegend', { max: MAX_SERIES })}</legend>
      <div className="compare-choice__options">
        {sortAreas(table.areas, 'name', language).map((area) => {
          const checked = compared.includes(area.code);
          const hidden = isHidden(area, audience);
          return (
            <label key={area.code} className={`compare-choice__option${checked ? ' is-checked' : ''}`}>
              <input
                type="checkbox"
                className="checkbox"
                checked={checked}
                disabled={hidden || (!checked && full)}
                onChange={() => toggleCompared(area.code)}
              />
              <span>
                {areaLabel(area)}
                {hidden && (
                  <span className="muted"> ({t('analysis.suppressed.short', suppressionWords(table, language))})</span>
                )}
                {!hidden && area.suppressed && (
                  <span className="badge badge--warning compare-choice__badge">{t('analysis.suppressed.badge')}</span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

const ALL_CONDITIONS = 'all';

function LevelChoice() {
  const t = useT(analysisTexts);
  const language = useLanguage();
  const level = useAnalysis((state) => state.level);
  const zoom = useAnalysis((state) => state.zoomCondition);
  const setLevel = useAnalysis((state) => state.setLevel);
  const setZoomCondition = useAnalysis((state) => state.setZoomCondition);
  return (
    <div className="level-choice">
      <SelectField<ChartLevel>
        label={t('analysis.chart.level')}
        value={level}
        options={[
          { value: 'conditions', label: t('analysis.chart.level.conditions') },
          { value: 'domains', label: t('analysis.chart.level.domains') },
          { value: 'indicators', label: t('analysis.chart.level.indicators') },
        ]}
        onChange={setLevel}
      />
      {level !== 'conditions' && (
        <SelectField<ConditionId | typeof ALL_CONDITIONS>
          label={t('analysis.chart.zoom')}
          value={zoom ?? ALL_CONDITIONS}
          options={[
            { value: ALL_CONDITIONS, label: t('analysis.chart.zoomAll') },
            ...conditionIds.map((id) => ({ value: id, label: conditionOf(id).label[language] })),
          ]}
          onChange={(value) => setZoomCondition(value === ALL_CONDITIONS ? null : value)}
        />
      )}
    </div>
  );
}
