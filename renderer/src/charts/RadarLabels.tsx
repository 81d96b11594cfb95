import type { RadarGeometry } from './radar-geometry';
import { wrapLabel, type RadarLayout } from './radar-layout';
import type { RadarPalette } from './radar-palette';
import type { RadarAxis } from './radar-types';

interface RadarLabelsProps {
  geometry: RadarGeometry;
  layout: RadarLayout;
  axes: RadarAxis[];
  /** Per axis, a value printed under its label (a single area's profile); null for none. */
  values?: (string | null)[];
  palette: RadarPalette;
}

/** Labels per number of axes: fewer lines in a smaller size as the room between neighbours shrinks. */
function labelFit(axisCount: number, layout: RadarLayout) {
  if (axisCount <= 6) return { lines: 3, scale: 1, chars: layout.labelChars, values: true };
  if (axisCount <= 12) return { lines: 2, scale: 0.8, chars: Math.round(layout.labelChars * 1.25), values: false };
  return { lines: 1, scale: 0.75, chars: Math.round(layout.labelChars * 1.3), values: false };
}

/**
 * Axis labels outside the outer ring, anchored away from the chart: left of an axis pointing left,
 * above one pointing up, so long condition names never run into the shapes.
 */
export function RadarLabels({ geometry, layout, axes, values, palette }: RadarLabelsProps) {
  // With many axes the values stay off the chart: the table beside it has them all.
  const fit = labelFit(axes.length, layout);
  const fontSize = layout.fontSize * fit.scale;
  const lineHeight = layout.lineHeight * fit.scale;
  return (
    <g>
      {axes.map((axis, index) => {
        const angle = geometry.angle(index);
        const sin = Math.sin(angle);
        const cos = Math.cos(angle);
        const distance = geometry.radius + layout.labelOffset;
        const x = distance * sin;
        const y = -distance * cos;
        const anchor = Math.abs(sin) < 0.3 ? 'middle' : sin > 0 ? 'start' : 'end';
        const lines = wrapLabel(axis.label, fit.chars, fit.lines);
        const value = fit.values ? (values?.[index] ?? null) : null;
        const count = lines.length + (value === null ? 0 : 1);
        // Above the chart the block grows upwards, below it downwards, beside it around the axis.
        const firstBaseline =
          cos > 0.3
            ? y - (count - 1) * lineHeight
            : cos < -0.3
              ? y + fontSize * 0.8
              : y - ((count - 1) * lineHeight) / 2 + fontSize * 0.35;
        return (
          <text
            key={axis.id}
            className="radar-label"
            x={x}
            y={firstBaseline}
            textAnchor={anchor}
            fontSize={fontSize}
            fill={palette.label}
          >
            <title>{axis.label}</title>
            {lines.map((line, lineIndex) => (
              <tspan key={lineIndex} x={x} dy={lineIndex === 0 ? 0 : lineHeight} fontWeight={layout.labelWeight}>
                {line}
              </tspan>
            ))}
            {value !== null && (
              <tspan x={x} dy={lines.length === 0 ? 0 : lineHeight} fontWeight={700} fontSize={fontSize * 1.1}>
                {value}
              </tspan>
            )}
          </text>
        );
      })}
    </g>
  );
}
