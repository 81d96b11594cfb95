/** The colours of a radar's grid and text: on white in the app and in exports, on black on the projector. */
export interface RadarPalette {
  grid: string;
  outer: string;
  ringText: string;
  /** Around ring values and markers, so a shape never hides them: the background's colour. */
  halo: string;
  label: string;
  /** The edge of a condition's mark at an axis end. */
  markEdge: string;
  reference: string;
}

export const lightPalette: RadarPalette = {
  grid: '#C4C9D0',
  outer: '#8A9099',
  ringText: '#4A4F57',
  halo: '#ffffff',
  label: '#1B1B1F',
  markEdge: '#1B1B1F',
  reference: '#4A4F57',
};

/** For the projector's black: text far above WCAG AA (white 21:1, ring values 13:1), lines at least 3:1. */
export const darkPalette: RadarPalette = {
  grid: '#5F6670',
  outer: '#9AA1AB',
  ringText: '#D3D7DD',
  halo: '#000000',
  label: '#ffffff',
  markEdge: '#ffffff',
  reference: '#C4C9D0',
};
