import type { CrossTable } from './crosstab-types';
import type { CellMeasure } from './table-figures';

/** Heat-map colouring: none, diverging by standardised residual, or sequential by percentage. */
export type HeatMode = 'none' | 'residual' | 'percent';

/** A cell's colouring: fill, a text colour readable on it (WCAG AA), and a mark that says the same without colour. */
export interface HeatFill {
  fill: string;
  ink: string;
  glyph: '▲' | '▼' | null;
}

export type ResidualBandKey = 'muchFewer' | 'fewer' | 'asExpected' | 'more' | 'muchMore';

/**
 * ColorBrewer RdBu (colour-blind safe): red for fewer than expected, blue for more, as mosaic plots shade
 * them. Bands at |r| = 2 and 4, the usual cut-offs for a residual worth a look and one that stands out.
 */
export const residualBands: { key: ResidualBandKey; fill: string; ink: string; glyph: HeatFill['glyph'] }[] = [
  { key: 'muchFewer', fill: '#b2182b', ink: '#ffffff', glyph: '▼' },
  { key: 'fewer', fill: '#f4a582', ink: '#1b1b1f', glyph: '▼' },
  { key: 'asExpected', fill: '#ffffff', ink: '#1b1b1f', glyph: null },
  { key: 'more', fill: '#92c5de', ink: '#1b1b1f', glyph: '▲' },
  { key: 'muchMore', fill: '#2166ac', ink: '#ffffff', glyph: '▲' },
];

function residualBand(residual: number): HeatFill {
  const index = residual <= -4 ? 0 : residual <= -2 ? 1 : residual < 2 ? 2 : residual < 4 ? 3 : 4;
  const { fill, ink, glyph } = residualBands[index]!;
  return { fill, ink, glyph };
}

/** ColorBrewer Blues, light to dark; white text on the two darkest. */
const percentFills = [
  { fill: '#eff3ff', ink: '#1b1b1f' },
  { fill: '#bdd7e7', ink: '#1b1b1f' },
  { fill: '#6baed6', ink: '#1b1b1f' },
  { fill: '#2171b5', ink: '#ffffff' },
  { fill: '#08306b', ink: '#ffffff' },
];

export type PercentMeasure = Extract<CellMeasure, 'rowPercent' | 'colPercent' | 'totalPercent'>;

/** The percentage a sequential colouring follows: the one shown, else the share of the total. */
export function percentMeasureFor(measure: CellMeasure): PercentMeasure {
  return measure === 'rowPercent' || measure === 'colPercent' ? measure : 'totalPercent';
}

const percentMatrix = (table: CrossTable, measure: PercentMeasure) =>
  measure === 'rowPercent' ? table.rowPercent : measure === 'colPercent' ? table.colPercent : table.totalPercent;

/** The top of the percentage scale: a round number just above the largest percentage of all tables. */
export function percentScaleTop(tables: CrossTable[], measure: PercentMeasure): number {
  const largest = Math.max(
    0,
    ...tables.flatMap((table) =>
      percentMatrix(table, measure)
        .flat()
        .filter((v): v is number => v !== null),
    ),
  );
  return [5, 10, 20, 25, 40, 50, 60, 80, 100].find((top) => largest <= top) ?? 100;
}

/** The bands of the percentage scale, for its legend. */
export function percentBands(top: number): { from: number; to: number; fill: string; ink: string }[] {
  const step = top / percentFills.length;
  return percentFills.map((band, index) => ({ ...band, from: index * step, to: (index + 1) * step }));
}

export interface HeatScale {
  mode: HeatMode;
  percentMeasure: PercentMeasure;
  percentTop: number;
}

export function heatScale(mode: HeatMode, measure: CellMeasure, tables: CrossTable[]): HeatScale {
  const percentMeasure = percentMeasureFor(measure);
  return { mode, percentMeasure, percentTop: percentScaleTop(tables, percentMeasure) };
}

/** The colouring of one inner cell; null when off or the figure is hidden. */
export function heatFill(scale: HeatScale, table: CrossTable, i: number, j: number): HeatFill | null {
  if (scale.mode === 'residual') {
    const residual = table.residuals[i]?.[j];
    return residual === null || residual === undefined ? null : residualBand(residual);
  }
  if (scale.mode === 'percent') {
    const value = percentMatrix(table, scale.percentMeasure)[i]?.[j];
    if (value === null || value === undefined) return null;
    const step = scale.percentTop / percentFills.length;
    const band = percentFills[Math.min(percentFills.length - 1, Math.floor(value / step))]!;
    return { ...band, glyph: null };
  }
  return null;
}
