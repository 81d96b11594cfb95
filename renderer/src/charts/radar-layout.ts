/** Sizes of a radar in SVG units; the chart scales to its box, the proportions stay. */
export interface RadarLayout {
  width: number;
  height: number;
  radius: number;
  /** Between the outer ring and an axis label. */
  labelOffset: number;
  fontSize: number;
  /** Bold where there is room; regular in small multiples, where narrower text keeps labels inside. */
  labelWeight: number;
  lineHeight: number;
  /** 0: no ring values (small multiples, where the legend explains the rings). */
  ringFontSize: number;
  markerSize: number;
  strokeWidth: number;
  /** Axis labels wrap at this many characters, up to three lines. */
  labelChars: number;
}

/** Large enough to read from the back of a meeting room on a projector. */
export const largeRadar: RadarLayout = {
  width: 720,
  height: 600,
  radius: 180,
  labelOffset: 20,
  fontSize: 18,
  labelWeight: 600,
  lineHeight: 22,
  ringFontSize: 14,
  markerSize: 13,
  strokeWidth: 3.5,
  labelChars: 13,
};

export const smallRadar: RadarLayout = {
  width: 340,
  height: 232,
  radius: 72,
  labelOffset: 8,
  fontSize: 14,
  labelWeight: 400,
  lineHeight: 16,
  ringFontSize: 0,
  markerSize: 8,
  strokeWidth: 2.5,
  labelChars: 12,
};

/** Greedy word wrap; a longer label ends in an ellipsis (the full text is in the table beside the chart). */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}
