import { ringPath, type RadarGeometry } from './radar-geometry';
import type { RadarLayout } from './radar-layout';
import type { RadarPalette } from './radar-palette';
import type { RadarAxis } from './radar-types';
import { referenceStyle } from './series-styles';

interface RadarGridProps {
  geometry: RadarGeometry;
  layout: RadarLayout;
  axes: RadarAxis[];
  palette: RadarPalette;
}

/** The rings (on the index scale one per standard deviation), the reference ring drawn strongest, and a spoke per axis. */
export function RadarGrid({ geometry, layout, axes, palette }: RadarGridProps) {
  const outer = geometry.domain[1];
  const reference =
    geometry.reference !== null && geometry.rings.includes(geometry.reference) ? geometry.reference : null;
  return (
    <g>
      {geometry.rings
        .filter((ring) => ring !== reference)
        .map((ring) => (
          <path
            key={ring}
            d={ringPath(geometry, ring)}
            fill="none"
            stroke={ring === outer ? palette.outer : palette.grid}
            strokeWidth={ring === outer ? 1.5 : 1}
          />
        ))}
      {axes.map((axis, index) => {
        const end = geometry.point(index, outer);
        return <line key={axis.id} x1={0} y1={0} x2={end.x} y2={end.y} stroke={palette.grid} strokeWidth={1} />;
      })}
      {reference !== null && (
        <path
          d={ringPath(geometry, reference)}
          fill="none"
          stroke={palette.reference}
          strokeWidth={layout.strokeWidth * 0.75}
          strokeDasharray={referenceStyle.dash}
        />
      )}
      {axes.map((axis, index) => {
        if (!axis.color) return null;
        const end = geometry.point(index, outer);
        return (
          <circle
            key={axis.id}
            cx={end.x}
            cy={end.y}
            r={layout.markerSize * 0.55}
            fill={axis.color}
            stroke={palette.markEdge}
            strokeWidth={1}
          />
        );
      })}
    </g>
  );
}

/** The rings' values up the first axis, drawn after the shapes with a halo, so a shape never hides them. */
export function RadarRingLabels({
  geometry,
  layout,
  palette,
}: {
  geometry: RadarGeometry;
  layout: RadarLayout;
  palette: RadarPalette;
}) {
  if (layout.ringFontSize === 0) return null;
  return (
    <g>
      {geometry.rings.map((ring) => {
        const emphasised = ring === geometry.reference;
        return (
          <text
            key={ring}
            x={5}
            y={-geometry.scale(ring) - 4}
            fontSize={emphasised ? layout.ringFontSize + 1 : layout.ringFontSize}
            fontWeight={emphasised ? 700 : 400}
            fill={palette.ringText}
            stroke={palette.halo}
            strokeWidth={4}
            paintOrder="stroke"
          >
            {geometry.ringLabel(ring)}
          </text>
        );
      })}
    </g>
  );
}
