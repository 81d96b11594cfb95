import type { LocalizedText } from '../contract/result';

export interface PaletteColor {
  /** `#RRGGBB`, upper case: the form colours are stored and compared in. */
  hex: string;
  name: LocalizedText;
}

/**
 * The colours a code can be given: the eight Okabe–Ito colours, which stay apart for the common kinds of
 * colour blindness, and light tints of the four condition colours for sub-codes that should read as
 * belonging to their condition while standing out from it.
 */
export const palette: readonly PaletteColor[] = [
  { hex: '#E69F00', name: { nl: 'Oranje', en: 'Orange' } },
  { hex: '#56B4E9', name: { nl: 'Hemelsblauw', en: 'Sky blue' } },
  { hex: '#009E73', name: { nl: 'Blauwgroen', en: 'Bluish green' } },
  { hex: '#CC79A7', name: { nl: 'Roodpaars', en: 'Reddish purple' } },
  { hex: '#F0E442', name: { nl: 'Geel', en: 'Yellow' } },
  { hex: '#0072B2', name: { nl: 'Blauw', en: 'Blue' } },
  { hex: '#D55E00', name: { nl: 'Vermiljoen', en: 'Vermilion' } },
  { hex: '#000000', name: { nl: 'Zwart', en: 'Black' } },
  { hex: '#F3CF80', name: { nl: 'Licht oranje', en: 'Light orange' } },
  { hex: '#ABDAF4', name: { nl: 'Licht hemelsblauw', en: 'Light sky blue' } },
  { hex: '#80CFB9', name: { nl: 'Licht blauwgroen', en: 'Light bluish green' } },
  { hex: '#E6BCD3', name: { nl: 'Licht roodpaars', en: 'Light reddish purple' } },
];

/** `#rgb` and `#rrggbb` in any case, as REFI-QDA allows them, to `#RRGGBB`; null for anything else. */
export function normaliseColor(text: string): string | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return `#${digits.toUpperCase()}`;
}

export function paletteColor(hex: string): PaletteColor | undefined {
  const normal = normaliseColor(hex);
  return palette.find((color) => color.hex === normal);
}
