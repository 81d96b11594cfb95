import { useId } from 'react';
import { radarGeometry, type RadarDomain, type RadarRings } from './radar-geometry';
import type { RadarLayout } from './radar-layout';
import { lightPalette, type RadarPalette } from './radar-palette';
import type { RadarAxis, RadarSeries, RadarTarget } from './radar-types';
import { RadarDots } from './RadarDots';
import { RadarGrid, RadarRingLabels } from './RadarGrid';
import { RadarLabels } from './RadarLabels';
import { RadarShapes } from './RadarShapes';

/** Every system's own sans-serif: an exported file shows in the reader's font, the app works offline. */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

export interface RadarSvgProps {
  axes: RadarAxis[];
  series: RadarSeries[];
  domain: RadarDomain;
  /** Default: the index scale's rings, with the reference at 100. */
  rings?: RadarRings;
  layout: RadarLayout;
  /** The accessible name of the image (and its title in an exported file). */
  title: string;
  formatValue: (value: number) => string;
  /** Print the first series' values under the axis labels (one area alone, or an area against a reference shape). */
  showValues?: boolean;
  fillOpacity?: number;
  /** Default: on white (the app, exports); the projector's is on black. */
  palette?: RadarPalette;
  highlighted?: RadarTarget | null;
  onHover?: (target: RadarTarget | null) => void;
}

/**
 * The radar as plain SVG with every style in attributes, so the same markup reads the same in the app,
 * in an exported file and on a canvas. Scales and paths come from d3; React draws them.
 */
export function RadarSvg({
  axes,
  series,
  domain,
  rings,
  layout,
  title,
  formatValue,
  showValues = false,
  fillOpacity = 0.16,
  palette = lightPalette,
  highlighted = null,
  onHover,
}: RadarSvgProps) {
  const titleId = useId();
  const geometry = radarGeometry(axes.length, layout.radius, domain, rings);
  const first = series[0];
  const values =
    showValues && first ? first.values.map((value) => (value === null ? '–' : formatValue(value))) : undefined;
  return (
    <svg
      className="radar-svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      fontFamily={CHART_FONT}
      // A label in a wider font than measured for spills over the edge instead of being cut off.
      overflow="visible"
    >
      <title id={titleId}>{title}</title>
      <g transform={`translate(${layout.width / 2},${layout.height / 2})`}>
        <RadarGrid geometry={geometry} layout={layout} axes={axes} palette={palette} />
        <RadarShapes
          geometry={geometry}
          layout={layout}
          series={series}
          fillOpacity={fillOpacity}
          highlighted={highlighted?.series ?? null}
        />
        <RadarRingLabels geometry={geometry} layout={layout} palette={palette} />
        <RadarDots
          geometry={geometry}
          layout={layout}
          axes={axes}
          series={series}
          formatValue={formatValue}
          palette={palette}
          onHover={onHover}
        />
        <RadarLabels geometry={geometry} layout={layout} axes={axes} values={values} palette={palette} />
      </g>
    </svg>
  );
}
