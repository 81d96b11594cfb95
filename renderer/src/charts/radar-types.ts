import type { SeriesStyle } from './series-styles';

export interface RadarAxis {
  id: string;
  label: string;
  /** Marks the axis end (a condition's colour); null for none. */
  color: string | null;
}

export interface RadarSeries {
  id: string;
  label: string;
  /** One value per axis, in the axes' order; null where there is none. */
  values: (number | null)[];
  style: SeriesStyle;
  /** How this series' values read, where they are on another scale than the chart's (drawn on its rings). */
  formatValue?: (value: number) => string;
}

export interface RadarTarget {
  series: number;
  axis: number;
}
