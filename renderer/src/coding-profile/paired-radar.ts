import { largeRadar, type RadarLayout } from '../charts/radar-layout';

/**
 * A radar for two side by side: less room around the rings than `largeRadar`, so that at half the page's
 * width its labels are still as large as a single radar's and readable on a projector; its text and
 * lines are `largeRadar`'s, and follow them.
 */
export const pairedRadar: RadarLayout = {
  ...largeRadar,
  width: 600,
  height: 470,
  radius: 146,
  labelOffset: 22,
};
