import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';

/** The index of the reference set's average (docs/ARCHITECTURE.md §1): the ring every profile is read against. */
export const REFERENCE_INDEX = 100;
/** ±3 standard deviations: wide enough for nearly every area, fixed so that charts can be compared. */
const DEFAULT_DOMAIN: readonly [number, number] = [70, 130];
/** One ring per standard deviation of the index. */
export const RING_STEP = 10;

export type RadarDomain = readonly [number, number];

/**
 * Where a radar's rings lie and what they say: one every `step` up from the centre, the ring at
 * `reference` drawn as the dashed reference (none: null), each labelled by `format`.
 */
export interface RadarRings {
  step: number;
  reference: number | null;
  format: (value: number) => string;
}

/** The index scale's rings: one per standard deviation, the reference set's average at 100. */
export const indexRings: RadarRings = { step: RING_STEP, reference: REFERENCE_INDEX, format: String };

/**
 * The fixed domain, widened to the next ring where a value lies outside it, so a shape never leaves
 * the chart and charts of the same data share one scale.
 */
export function radarDomain(values: Iterable<number | null>): RadarDomain {
  let [low, high] = DEFAULT_DOMAIN;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (value < low) low = Math.floor(value / RING_STEP) * RING_STEP;
    if (value > high) high = Math.ceil(value / RING_STEP) * RING_STEP;
  }
  return [low, high];
}

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  axisCount: number;
  radius: number;
  domain: RadarDomain;
  /** From an index to the distance from the centre. */
  scale: ScaleLinear<number, number>;
  /** The rings of the grid, the reference among them. */
  rings: number[];
  /** The ring drawn as the reference; null for none. */
  reference: number | null;
  ringLabel: (value: number) => string;
  /** Radians, clockwise from twelve o'clock (d3-shape's convention). */
  angle(axis: number): number;
  /** Relative to the centre. */
  point(axis: number, value: number): Point;
}

export function radarGeometry(
  axisCount: number,
  radius: number,
  domain: RadarDomain,
  ringSpec: RadarRings = indexRings,
): RadarGeometry {
  const scale = scaleLinear().domain([domain[0], domain[1]]).range([0, radius]);
  const rings: number[] = [];
  for (let ring = domain[0] + ringSpec.step; ring <= domain[1]; ring += ringSpec.step) rings.push(ring);
  const angle = (axis: number) => (2 * Math.PI * axis) / axisCount;
  return {
    axisCount,
    radius,
    domain,
    scale,
    rings,
    reference: ringSpec.reference,
    ringLabel: ringSpec.format,
    angle,
    point(axis, value) {
      const r = scale(value);
      return { x: r * Math.sin(angle(axis)), y: -r * Math.cos(angle(axis)) };
    },
  };
}

/**
 * The outline of a series as an SVG path relative to the centre. A closed polygon when every axis has a
 * value; otherwise the pieces between neighbouring values, so a missing score shows as a gap instead of
 * a line drawn through it. Null when no axis has a value.
 */
export function radarPath(
  geometry: RadarGeometry,
  values: readonly (number | null)[],
): { d: string; closed: boolean } | null {
  const defined = values.filter((value): value is number => value !== null);
  if (defined.length === 0) return null;
  const closed = defined.length === values.length;
  const line = lineRadial<number | null>()
    .angle((_, index) => geometry.angle(index))
    .radius((value) => geometry.scale(value ?? geometry.domain[0]));
  if (closed) return { d: line.curve(curveLinearClosed)(values) ?? '', closed };
  // Back to the first axis at a full turn, so the piece between the last axis and the first is drawn too.
  const aroundOnce = [...values, values[0] ?? null];
  const open = line.curve(curveLinear).defined((value) => value !== null);
  return { d: open(aroundOnce) ?? '', closed };
}

/** The grid ring at `value` as a polygon through the axes (a linear grid, as nivo's `gridShape="linear"`). */
export function ringPath(geometry: RadarGeometry, value: number): string {
  return (
    radarPath(
      geometry,
      Array.from({ length: geometry.axisCount }, () => value),
    )?.d ?? ''
  );
}
