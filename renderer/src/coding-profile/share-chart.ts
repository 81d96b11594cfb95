import type { CodingProfileArea } from '../../../shared/coding/coding-types';
import type { Language } from '../../../shared/contract/channels';
import { conditionIds, conditions, type ConditionId } from '../../../shared/conditions';
import type { RadarDomain, RadarRings } from '../charts/radar-geometry';
import type { RadarAxis, RadarSeries } from '../charts/radar-types';
import { referenceStyle, seriesStyle, type SeriesStyle } from '../charts/series-styles';
import type { ConditionPaint } from '../../../shared/scores/profile-data';

/** A ring every 20%. */
const SHARE_STEP = 20;

/** No ring is a reference here: the reference is all records' shape. */
export function shareRings(formatPercent: (value: number) => string): RadarRings {
  return { step: SHARE_STEP, reference: null, format: formatPercent };
}

/**
 * From 0% to the ring above the highest share (at least 20%, at most 100%). Fitted to every area that
 * may be shown, so switching areas never rescales the chart; the outer ring carries its value.
 */
function shareDomain(shares: Iterable<number | null>): RadarDomain {
  let high = SHARE_STEP;
  for (const share of shares) {
    // A share a float's hair above a ring (0.4 × 100 = 40.000000000000006) stays on that ring.
    if (share !== null) high = Math.max(high, Math.ceil((share * 100) / SHARE_STEP - 1e-9) * SHARE_STEP);
  }
  return [0, Math.min(100, high)];
}

/** All coded records: grey and dashed like the index charts' reference, with a marker of its own. */
const overallStyle: SeriesStyle = { color: referenceStyle.color, dash: referenceStyle.dash, marker: 'square' };

export interface ShareChart {
  axes: RadarAxis[];
  /** The area first (drawn on top), then all coded records. */
  series: RadarSeries[];
  domain: RadarDomain;
}

export interface ShareChartInput {
  area: Pick<CodingProfileArea, 'code' | 'shares'>;
  overall: { shares: Record<ConditionId, number | null> };
  /** The areas the scale must fit. */
  scaleAreas: Pick<CodingProfileArea, 'shares'>[];
  areaLabel: string;
  overallLabel: string;
  language: Language;
  paint: ConditionPaint;
}

const percents = (shares: Record<ConditionId, number | null>) =>
  conditionIds.map((id) => (shares[id] === null ? null : shares[id] * 100));

/** The radar of where the words point: the four conditions, the area's share of records against all records. */
export function buildShareChart({
  area,
  overall,
  scaleAreas,
  areaLabel,
  overallLabel,
  language,
  paint,
}: ShareChartInput): ShareChart {
  return {
    axes: conditions.map((condition) => ({
      id: condition.id,
      label: condition.label[language],
      color: paint(condition.id),
    })),
    series: [
      { id: area.code, label: areaLabel, values: percents(area.shares), style: seriesStyle(0) },
      { id: 'overall', label: overallLabel, values: percents(overall.shares), style: overallStyle },
    ],
    domain: shareDomain([overall, ...scaleAreas].flatMap((shown) => conditionIds.map((id) => shown.shares[id]))),
  };
}
