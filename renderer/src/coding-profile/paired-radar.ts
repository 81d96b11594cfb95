import type { RadarLayout } from '../charts/radar-layout';

/**
 * A radar for two side by side: less room around the rings than `largeRadar`, so that at half the page's
 * width its labels are still as large as a single radar's and readable on a projector.
 */
export const pairedRadar: RadarLayout = {
  width: 600,
  height: 470,
  radius: 146,
  labelOffset: 22,
  fontSize: 18,
  labelWeight: 600,
  lineHeight: 22,
  ringFontSize: 14,
  markerSize: 13,
  strokeWidth: 3.5,
  labelChars: 13,
};
