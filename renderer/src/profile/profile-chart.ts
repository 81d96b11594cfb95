import { useMemo } from 'react';
import type { ConditionId } from '../../../shared/conditions';
import type { AreaScores, ScoreTable } from '../../../shared/scores/score-types';
import { radarDomain, type RadarDomain } from '../charts/radar-geometry';
import type { RadarSeries } from '../charts/radar-types';
import { seriesStyle } from '../charts/series-styles';
import { useLanguage, useT } from '../i18n/hooks';
import { profileTexts, type ProfileKey } from './profile-texts';
import type { ChartLevel } from '../../../shared/scores/profile-data';
import {
  areaLabel,
  profileAxes,
  profileValues,
  type AxisTexts,
  type ConditionPaint,
  type ProfileAxis,
} from '../../../shared/scores/profile-data';

export interface ProfileChart {
  axes: ProfileAxis[];
  series: RadarSeries[];
  domain: RadarDomain;
}

export interface ProfileChartInput {
  table: ScoreTable;
  /** The areas drawn, in the order of their series styles. */
  areas: AreaScores[];
  /** The areas the scale must fit: all that may be shown, so switching areas never rescales the chart. */
  scaleAreas: AreaScores[];
  level: ChartLevel;
  zoom: ConditionId | null;
  texts: AxisTexts;
  paint: ConditionPaint;
  seriesLabel?: (area: AreaScores) => string;
}

export function buildProfileChart({
  table,
  areas,
  scaleAreas,
  level,
  zoom,
  texts,
  paint,
  seriesLabel = areaLabel,
}: ProfileChartInput): ProfileChart {
  const axes = profileAxes(table, level, zoom, texts, paint);
  const series = areas.map((area, index) => ({
    id: area.code,
    label: seriesLabel(area),
    values: profileValues(table, area, level, axes),
    style: seriesStyle(index),
  }));
  const domain = radarDomain(scaleAreas.flatMap((area) => profileValues(table, area, level, axes)));
  return { axes, series, domain };
}

const shortNames: Record<ConditionId, ProfileKey> = {
  security: 'analysis.conditionShort.security',
  inclusion: 'analysis.conditionShort.inclusion',
  cohesion: 'analysis.conditionShort.cohesion',
  empowerment: 'analysis.conditionShort.empowerment',
};

export function useConditionShortName(): (condition: ConditionId) => string {
  const t = useT(profileTexts);
  return (condition) => t(shortNames[condition]);
}

export function useAxisTexts(): AxisTexts {
  const t = useT(profileTexts);
  const language = useLanguage();
  return useMemo(
    () => ({
      language,
      shortName: (condition: ConditionId) => t(shortNames[condition]),
      noDomain: (condition: ConditionId) => t('analysis.chart.noDomain', { condition: t(shortNames[condition]) }),
    }),
    [language, t],
  );
}
