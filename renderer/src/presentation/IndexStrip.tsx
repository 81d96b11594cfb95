import { markerPath } from '../charts/markers';
import type { SeriesStyle } from '../charts/series-styles';

export interface StripMark {
  id: string;
  value: number;
  style: SeriesStyle;
  /** Read aloud and shown on hover: what the mark is and its value. */
  label: string;
}

interface IndexStripProps {
  domain: readonly [number, number];
  marks: StripMark[];
  /** A band behind the marks (the spread between the partners). */
  band?: readonly [number, number] | null;
  /** A line across the strip (the index's average). */
  reference?: number | null;
}

const MARK_SIZE = 26;

function share(domain: readonly [number, number], value: number): string {
  return `${(((value - domain[0]) / (domain[1] - domain[0])) * 100).toFixed(3)}%`;
}

/**
 * One row of a dot chart in HTML: marks placed in percentages of the row, so the text around it keeps its
 * CSS size at any screen size (an SVG scaled to the screen would shrink its labels with it).
 */
export function IndexStrip({ domain, marks, band = null, reference = null }: IndexStripProps) {
  return (
    <div className="index-strip">
      <div className="index-strip__track" />
      {band && (
        <div
          className="index-strip__band"
          style={{ left: share(domain, band[0]), width: `calc(${share(domain, band[1])} - ${share(domain, band[0])})` }}
        />
      )}
      {reference !== null && <div className="index-strip__reference" style={{ left: share(domain, reference) }} />}
      {marks.map((mark) => (
        <MarkSymbol
          key={mark.id}
          style={mark.style}
          label={mark.label}
          className="index-strip__mark"
          left={share(domain, mark.value)}
        />
      ))}
    </div>
  );
}

/** A mark's symbol: on the strip, and beside an organisation's why so its dot can be found. */
export function MarkSymbol({
  style,
  label,
  className,
  left,
}: {
  style: SeriesStyle;
  label?: string;
  className: string;
  left?: string;
}) {
  return (
    <svg
      className={className}
      style={left === undefined ? undefined : { left }}
      width={MARK_SIZE}
      height={MARK_SIZE}
      viewBox={`${-MARK_SIZE / 2} ${-MARK_SIZE / 2} ${MARK_SIZE} ${MARK_SIZE}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      {label && <title>{label}</title>}
      <path d={markerPath(style.marker, MARK_SIZE * 0.8)} fill={style.color} stroke="#000000" strokeWidth={2} />
    </svg>
  );
}

/** The strip's scale under the last row, in the same grid as the rows' strips and values, so its ticks line up. */
export function StripAxis({
  domain,
  ticks,
  format,
}: {
  domain: readonly [number, number];
  ticks: number[];
  format: (value: number) => string;
}) {
  return (
    <div className="strip-with-values" aria-hidden="true">
      <div className="index-strip__axis">
        {ticks.map((tick) => (
          <span key={tick} className="index-strip__tick" style={{ left: share(domain, tick) }}>
            {format(tick)}
          </span>
        ))}
      </div>
      <span />
    </div>
  );
}
