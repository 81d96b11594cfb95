import { markerPath, type MarkerShape } from './markers';

interface SeriesSwatchProps {
  color: string;
  dash: string | null;
  marker: MarkerShape | null;
  line?: boolean;
}

/** A short piece of a series' line with its marker, as the legend and the tables show it. */
export function SeriesSwatch({ color, dash, marker, line = true }: SeriesSwatchProps) {
  return (
    <svg className="series-swatch" width={44} height={18} viewBox="0 0 44 18" aria-hidden="true" focusable="false">
      {line && (
        <line
          x1={2}
          y1={9}
          x2={42}
          y2={9}
          stroke={color}
          strokeWidth={3.5}
          strokeDasharray={dash ?? undefined}
          strokeLinecap="round"
        />
      )}
      {marker && (
        <path
          d={markerPath(marker, line ? 11 : 13)}
          transform="translate(22,9)"
          fill={color}
          stroke={line ? '#ffffff' : '#1B1B1F'}
          strokeWidth={line ? 1.5 : 1}
        />
      )}
    </svg>
  );
}
