import type { CodingProfileArea } from '../../../shared/coding/coding-types';
import type { Language } from '../../../shared/contract/channels';
import { conditionIds, conditions, type ConditionId } from '../../../shared/conditions';
import type { RadarDomain, RadarRings } from '../charts/radar-geometry';
import type { RadarAxis, RadarSeries } from '../charts/radar-types';
import { referenceStyle, seriesStyle, type SeriesStyle } from '../charts/series-styles';
import type { ConditionPaint } from '../analysis/profile-data';

/** Shares in percent, always the whole range: a fixed scale keeps areas and coders comparable. */
export const SHARE_DOMAIN: RadarDomain = [0, 100];

/** A ring every 20%; no ring is a reference here, the reference is all records' shape. */
export function shareRings(formatPercent: (value: number) => string): RadarRings {
  return { step: 20, reference: null, format: formatPercent };
}

/** All coded records: grey and dashed like the index charts' reference, with a marker of its own. */
export const overallStyle: SeriesStyle = { color: referenceStyle.color, dash: referenceStyle.dash, marker: 'square' };

export interface ShareChart {
  axes: RadarAxis[];
  /** The area first (drawn on top), then all coded records. */
  series: RadarSeries[];
}

export interface ShareChartInput {
  area: Pick<CodingProfileArea, 'code' | 'shares'>;
  overall: { shares: Record<ConditionId, number | null> };
  areaLabel: string;
  overallLabel: string;
  language: Language;
  paint: ConditionPaint;
}

const percents = (shares: Record<ConditionId, number | null>) => conditionIds.map((id) => (shares[id] === null ? null : shares[id] * 100));

/** The radar of where the words point: the four conditions, the area's share of records against all records. */
export function buildShareChart({ area, overall, areaLabel, overallLabel, language, paint }: ShareChartInput): ShareChart {
  return {
    axes: conditions.map((condition) => ({ id: condition.id, label: condition.label[language], color: paint(condition.id) })),
    series: [
      { id: area.code, label: areaLabel, values: percents(area.shares), style: seriesStyle(0) },
      { id: 'overall', label: overallLabel, values: percents(overall.shares), style: overallStyle },
    ],
  };
}
