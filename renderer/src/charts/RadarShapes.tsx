import { radarPath, type RadarGeometry } from './radar-geometry';
import type { RadarLayout } from './radar-layout';
import type { RadarSeries } from './radar-types';

interface RadarShapesProps {
  geometry: RadarGeometry;
  layout: RadarLayout;
  series: RadarSeries[];
  /** How opaque a closed shape's fill is; one area alone is filled more than overlaid ones. */
  fillOpacity: number;
  /** The series under the pointer is drawn on top and thicker. */
  highlighted: number | null;
}

export function RadarShapes({ geometry, layout, series, fillOpacity, highlighted }: RadarShapesProps) {
  // Drawn in reverse, so the first series (the one chosen first) lies on top.
  const order = series.map((_, index) => index).reverse();
  if (highlighted !== null) order.push(...order.splice(order.indexOf(highlighted), 1));
  return (
    <g>
      {order.map((index) => {
        const item = series[index]!;
        const path = radarPath(geometry, item.values);
        if (!path) return null;
        return (
          <path
            key={item.id}
            className="radar-shape"
            data-series={item.id}
            d={path.d}
            fill={path.closed ? item.style.color : 'none'}
            fillOpacity={path.closed ? fillOpacity : undefined}
            stroke={item.style.color}
            strokeWidth={index === highlighted ? layout.strokeWidth * 1.4 : layout.strokeWidth}
            strokeDasharray={item.style.dash ?? undefined}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        );
      })}
    </g>
  );
}
