import type { RadarLayout } from './radar-layout';
import { CHART_FONT } from './RadarSvg';

/**
 * Stands where an area's radar would be when its figures may not be shown: same size, so a grid of
 * small multiples keeps its rhythm, and says why instead of leaving a gap.
 */
export function RadarPlaceholder({ layout, lines, title }: { layout: RadarLayout; lines: string[]; title: string }) {
  const cx = layout.width / 2;
  const cy = layout.height / 2;
  return (
    <svg
      className="radar-svg radar-svg--placeholder"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={title}
      fontFamily={CHART_FONT}
    >
      <circle
        cx={cx}
        cy={cy}
        r={layout.radius}
        fill="#F1F3F6"
        stroke="#8A9099"
        strokeWidth={1.5}
        strokeDasharray="6 5"
      />
      <text
        x={cx}
        y={cy - ((lines.length - 1) * layout.lineHeight) / 2 + layout.fontSize * 0.35}
        textAnchor="middle"
        fontSize={layout.fontSize}
        fill="#1B1B1F"
      >
        {lines.map((line, index) => (
          <tspan key={index} x={cx} dy={index === 0 ? 0 : layout.lineHeight} fontWeight={index === 0 ? 700 : 400}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
