import type { MarkerShape } from './markers';

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; null for a solid line. */
  dash: string | null;
  marker: MarkerShape;
}

/**
 * Up to four areas at once. Colours from Okabe–Ito and Tol, kept apart from the four condition colours
 * that mark the axes; each series also has its own dash pattern and marker, so they stay apart in
 * greyscale and for every kind of colour-blindness.
 */
const seriesStyles: readonly SeriesStyle[] = [
  { color: '#0072B2', dash: null, marker: 'circle' },
  { color: '#D55E00', dash: '12 6', marker: 'square' },
  { color: '#1B1B1F', dash: '3 5', marker: 'triangle' },
  { color: '#882255', dash: '14 5 3 5', marker: 'diamond' },
];

export const MAX_SERIES = seriesStyles.length;

export function seriesStyle(index: number): SeriesStyle {
  return seriesStyles[index % seriesStyles.length]!;
}

/** The reference average (index 100 on every axis): grey and dashed, behind the areas. */
export const referenceStyle = { color: '#4A4F57', dash: '8 5' } as const;
