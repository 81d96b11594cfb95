import { markerPath } from './markers';
import type { RadarGeometry } from './radar-geometry';
import type { RadarLayout } from './radar-layout';
import type { RadarPalette } from './radar-palette';
import type { RadarAxis, RadarSeries, RadarTarget } from './radar-types';

interface RadarDotsProps {
  geometry: RadarGeometry;
  layout: RadarLayout;
  axes: RadarAxis[];
  series: RadarSeries[];
  formatValue: (value: number) => string;
  palette: RadarPalette;
  onHover?: (target: RadarTarget | null) => void;
}

/** A marker per value, with the value in an SVG title (read by browsers as a tooltip, and kept in exports). */
export function RadarDots({ geometry, layout, axes, series, formatValue, palette, onHover }: RadarDotsProps) {
  const hitRadius = Math.max(layout.markerSize, 14);
  return (
    <g>
      {series.map((item, seriesIndex) => (
        <g key={item.id} data-series={item.id}>
          {item.values.map((value, axisIndex) => {
            if (value === null) return null;
            const { x, y } = geometry.point(axisIndex, value);
            const axis = axes[axisIndex]!;
            return (
              <g
                key={axis.id}
                className="radar-dot"
                transform={`translate(${round(x)},${round(y)})`}
                data-axis={axis.id}
                data-value={value}
                onPointerEnter={onHover && (() => onHover({ series: seriesIndex, axis: axisIndex }))}
                onPointerLeave={onHover && (() => onHover(null))}
              >
                <title>{`${item.label} – ${axis.label}: ${(item.formatValue ?? formatValue)(value)}`}</title>
                {onHover && <circle r={hitRadius} fill="transparent" />}
                <path
                  d={markerPath(item.style.marker, layout.markerSize)}
                  fill={item.style.color}
                  stroke={palette.halo}
                  strokeWidth={1.5}
                />
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
