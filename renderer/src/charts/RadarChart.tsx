import { useState } from 'react';
import './charts.css';
import { radarGeometry } from './radar-geometry';
import type { RadarTarget } from './radar-types';
import { RadarSvg, type RadarSvgProps } from './RadarSvg';

export type RadarChartProps = Omit<RadarSvgProps, 'highlighted' | 'onHover'>;

/**
 * The radar in the app: the SVG with a visible tooltip for the value under the pointer. The tooltip is
 * HTML over the chart (larger and clearer than an SVG title), placed in percentages of the chart's box
 * so it follows the chart as it scales.
 */
export function RadarChart(props: RadarChartProps) {
  const [hovered, setHovered] = useState<RadarTarget | null>(null);
  const { axes, series, layout, domain, formatValue } = props;
  const target = hovered && series[hovered.series] && axes[hovered.axis] ? hovered : null;
  let tooltip = null;
  if (target) {
    const item = series[target.series]!;
    const value = item.values[target.axis];
    if (value !== null && value !== undefined) {
      const point = radarGeometry(axes.length, layout.radius, domain).point(target.axis, value);
      const left = ((layout.width / 2 + point.x) / layout.width) * 100;
      const top = ((layout.height / 2 + point.y) / layout.height) * 100;
      tooltip = (
        <div
          className={`chart-tooltip${point.x > 1 ? ' chart-tooltip--left' : ''}`}
          role="presentation"
          style={{ left: `${left}%`, top: `${top}%` }}
        >
          <span className="chart-tooltip__series">
            <span className="chart-tooltip__swatch" style={{ backgroundColor: item.style.color }} />
            {item.label}
          </span>
          <span className="chart-tooltip__axis">{axes[target.axis]!.label}</span>
          <strong className="chart-tooltip__value">{(item.formatValue ?? formatValue)(value)}</strong>
        </div>
      );
    }
  }
  return (
    <div className="radar-chart">
      <RadarSvg {...props} highlighted={target} onHover={setHovered} />
      {tooltip}
    </div>
  );
}
