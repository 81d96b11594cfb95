/** Marker shapes tell series apart without colour (in greyscale print and for colour-blind readers). */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** A marker centred on (0, 0) as an SVG path, `size` its width. */
export function markerPath(shape: MarkerShape, size: number): string {
  const h = size / 2;
  switch (shape) {
    case 'circle':
      return `M${-h},0a${h},${h} 0 1,0 ${size},0a${h},${h} 0 1,0 ${-size},0Z`;
    case 'square': {
      const s = h * 0.9;
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    }
    case 'triangle': {
      const t = h * 1.15;
      return `M0,${-t}L${t * 0.95},${t * 0.7}H${-t * 0.95}Z`;
    }
    case 'diamond': {
      const d = h * 1.25;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
  }
}
