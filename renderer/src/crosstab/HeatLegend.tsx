import { useId } from 'react';
import type { CrosstabFormat } from '../../../shared/crosstab/crosstab-format';
import {
  percentBands,
  residualBands,
  type HeatScale,
  type ResidualBandKey,
} from '../../../shared/crosstab/heat-colours';
import type { Translate } from './table-wording';
import type { CrosstabKey } from './crosstab-texts';

export interface HeatLegendEntry {
  label: string;
  fill: string;
  ink: string;
  glyph: string | null;
}

const residualLabels: Record<ResidualBandKey, CrosstabKey> = {
  muchFewer: 'crosstab.legend.muchFewer',
  fewer: 'crosstab.legend.fewer',
  asExpected: 'crosstab.legend.asExpected',
  more: 'crosstab.legend.more',
  muchMore: 'crosstab.legend.muchMore',
};

/** The legend's title and entries, for the screen and for image exports alike; null without colouring. */
export function heatLegend(
  scale: HeatScale,
  t: Translate,
  format: CrosstabFormat,
): { title: string; entries: HeatLegendEntry[] } | null {
  if (scale.mode === 'residual') {
    return {
      title: t('crosstab.legend.residual'),
      entries: residualBands.map((band) => ({
        label: t(residualLabels[band.key]),
        fill: band.fill,
        ink: band.ink,
        glyph: band.glyph,
      })),
    };
  }
  if (scale.mode === 'percent') {
    return {
      title: t('crosstab.legend.percent', { measure: t(`crosstab.percentOf.${scale.percentMeasure}`) }),
      entries: percentBands(scale.percentTop).map((band) => ({
        label: t('crosstab.legend.range', { from: format.plain(band.from), to: `${format.plain(band.to)}%` }),
        fill: band.fill,
        ink: band.ink,
        glyph: null,
      })),
    };
  }
  return null;
}

export function HeatLegend({ scale, t, format }: { scale: HeatScale; t: Translate; format: CrosstabFormat }) {
  const titleId = useId();
  const legend = heatLegend(scale, t, format);
  if (!legend) return null;
  return (
    <div className="ct-legend">
      <p id={titleId} className="ct-legend__title">
        {legend.title}
      </p>
      <ul className="ct-legend__list" aria-labelledby={titleId}>
        {legend.entries.map((entry) => (
          <li key={entry.label} className="ct-legend__item">
            <span
              className="ct-legend__swatch"
              style={{ backgroundColor: entry.fill, color: entry.ink }}
              aria-hidden="true"
            >
              {entry.glyph}
            </span>
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
