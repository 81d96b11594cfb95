import { markerPath, type MarkerShape } from './markers';
import { wrapLabel } from './radar-layout';
import { CHART_FONT } from './RadarSvg';

/** One chart in an export: its SVG markup (with width and height) and a caption above it. */
export interface ExportPanel {
  markup: string;
  width: number;
  height: number;
  caption: string | null;
}

export interface ExportLegendItem {
  label: string;
  color: string;
  dash: string | null;
  marker: MarkerShape | null;
  /** False for a marker alone (an axis's condition colour), without a line. */
  line?: boolean;
}

/** Everything a chart needs to stand on its own outside the app: in a report, on a slide, printed. */
export interface ChartExportSpec {
  title: string;
  subtitle: string | null;
  panels: ExportPanel[];
  /** Panels per row (small multiples); 1 for a single chart. */
  columns: number;
  legend: ExportLegendItem[];
  /** Why something is missing, e.g. areas under the publication threshold. */
  notes: string[];
  /** "Bron: <dataset>, Werkbank Sociale Kwaliteit". */
  source: string;
  /** The export date, already formatted for the UI language. */
  date: string;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 32;
const GAP = 20;
const TITLE_SIZE = 28;
const SUBTITLE_SIZE = 17;
const CAPTION_SIZE = 19;
const LEGEND_SIZE = 17;
const NOTE_SIZE = 15;
const FOOTER_SIZE = 15;
const TEXT = '#1B1B1F';
const MUTED = '#4A4F57';
/**
 * No font metrics outside a browser: average glyph widths per unit of font size, on the wide side
 * (DejaVu Sans) so that text wraps a little early rather than running off the image. The legend places
 * items side by side, where an underestimate would make them overlap: it reckons wider still.
 */
const GLYPH_WIDTH = 0.52;
const BOLD_GLYPH_WIDTH = 0.6;
const LEGEND_GLYPH_WIDTH = 0.58;

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character]!,
  );
}

function textWidth(text: string, size: number, glyphWidth = GLYPH_WIDTH): number {
  return text.length * size * glyphWidth;
}

function textLines(
  lines: string[],
  x: number,
  top: number,
  size: number,
  lineHeight: number,
  attributes: string,
): { markup: string; height: number } {
  const markup = lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${round(top + size + index * lineHeight)}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`,
    )
    .join('');
  return { markup, height: lines.length * lineHeight };
}

function legendSwatch(item: ExportLegendItem, x: number, y: number): string {
  const dash = item.dash ? ` stroke-dasharray="${item.dash}"` : '';
  const line =
    item.line === false
      ? ''
      : `<line x1="${x}" y1="${y}" x2="${x + 40}" y2="${y}" stroke="${item.color}" stroke-width="3.5" stroke-linecap="round"${dash}/>`;
  const outline = item.line === false ? 'stroke="#1B1B1F" stroke-width="1"' : 'stroke="#ffffff" stroke-width="1.5"';
  const marker = item.marker
    ? `<path d="${markerPath(item.marker, item.line === false ? 14 : 12)}" transform="translate(${x + 20},${y})" fill="${item.color}" ${outline}/>`
    : '';
  return line + marker;
}

/**
 * A standalone SVG document: title and subtitle, the chart panels in a grid with their captions, the
 * legend, notes, and the source with the date, all drawn in the image so that it keeps them wherever it
 * is pasted. Pure string building, so it can be tested and reused without a DOM.
 */
export function composeChartSvg(spec: ChartExportSpec): ComposedSvg {
  const columns = Math.max(1, Math.min(spec.columns, spec.panels.length || 1));
  const cellWidth = Math.max(0, ...spec.panels.map((panel) => panel.width));
  const captionHeight = spec.panels.some((panel) => panel.caption) ? CAPTION_SIZE * 1.6 : 0;
  const cellHeight = Math.max(0, ...spec.panels.map((panel) => panel.height)) + captionHeight;
  const gridWidth = columns * cellWidth + (columns - 1) * GAP;
  const width = Math.round(Math.max(gridWidth + 2 * MARGIN, 880));
  const contentWidth = width - 2 * MARGIN;
  const charsPerLine = (size: number, glyphWidth = GLYPH_WIDTH) =>
    Math.max(20, Math.floor(contentWidth / (size * glyphWidth)));

  const parts: string[] = [];
  let y = MARGIN;

  const title = textLines(
    wrapLabel(spec.title, charsPerLine(TITLE_SIZE, BOLD_GLYPH_WIDTH), 3),
    MARGIN,
    y,
    TITLE_SIZE,
    TITLE_SIZE * 1.25,
    `font-weight="700" fill="${TEXT}"`,
  );
  parts.push(title.markup);
  y += title.height;
  if (spec.subtitle) {
    const subtitle = textLines(
      wrapLabel(spec.subtitle, charsPerLine(SUBTITLE_SIZE), 4),
      MARGIN,
      y + 6,
      SUBTITLE_SIZE,
      SUBTITLE_SIZE * 1.4,
      `fill="${MUTED}"`,
    );
    parts.push(subtitle.markup);
    y += subtitle.height + 6;
  }
  y += GAP;

  const gridLeft = MARGIN + (contentWidth - gridWidth) / 2;
  spec.panels.forEach((panel, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x = gridLeft + column * (cellWidth + GAP);
    const top = y + row * (cellHeight + GAP);
    if (panel.caption) {
      parts.push(
        `<text x="${round(x + cellWidth / 2)}" y="${round(top + CAPTION_SIZE)}" font-size="${CAPTION_SIZE}" font-weight="700" text-anchor="middle" fill="${TEXT}">${escapeXml(panel.caption)}</text>`,
      );
    }
    const left = x + (cellWidth - panel.width) / 2;
    parts.push(`<g transform="translate(${round(left)},${round(top + captionHeight)})">${panel.markup}</g>`);
  });
  const rows = Math.ceil(spec.panels.length / columns);
  y += rows * cellHeight + Math.max(0, rows - 1) * GAP + GAP;

  if (spec.legend.length > 0) {
    const rowHeight = LEGEND_SIZE * 1.8;
    let x = MARGIN;
    let legendTop = y;
    for (const item of spec.legend) {
      const itemWidth = 48 + textWidth(item.label, LEGEND_SIZE, LEGEND_GLYPH_WIDTH) + 28;
      if (x > MARGIN && x + itemWidth > width - MARGIN) {
        x = MARGIN;
        legendTop += rowHeight;
      }
      const middle = legendTop + rowHeight / 2;
      parts.push(legendSwatch(item, x, round(middle)));
      parts.push(
        `<text x="${round(x + 48)}" y="${round(middle + LEGEND_SIZE * 0.35)}" font-size="${LEGEND_SIZE}" fill="${TEXT}">${escapeXml(item.label)}</text>`,
      );
      x += itemWidth;
    }
    y = legendTop + rowHeight + GAP / 2;
  }

  for (const note of spec.notes) {
    const lines = textLines(
      wrapLabel(note, charsPerLine(NOTE_SIZE), 4),
      MARGIN,
      y,
      NOTE_SIZE,
      NOTE_SIZE * 1.4,
      `fill="${TEXT}"`,
    );
    parts.push(lines.markup);
    y += lines.height + 4;
  }

  y += GAP / 2;
  parts.push(
    `<line x1="${MARGIN}" y1="${round(y)}" x2="${width - MARGIN}" y2="${round(y)}" stroke="#C4C9D0" stroke-width="1"/>`,
  );
  y += 6;
  // The source on the left, the date on the right of the same line: a long dataset name wraps, the date stays put.
  const dateWidth = textWidth(spec.date, FOOTER_SIZE);
  const sourceChars = Math.max(20, Math.floor((contentWidth - dateWidth - GAP) / (FOOTER_SIZE * GLYPH_WIDTH)));
  const footer = textLines(
    wrapLabel(spec.source, sourceChars, 3),
    MARGIN,
    y,
    FOOTER_SIZE,
    FOOTER_SIZE * 1.4,
    `fill="${MUTED}"`,
  );
  parts.push(footer.markup);
  parts.push(
    `<text x="${width - MARGIN}" y="${round(y + FOOTER_SIZE)}" font-size="${FOOTER_SIZE}" text-anchor="end" fill="${MUTED}">${escapeXml(spec.date)}</text>`,
  );
  y += footer.height + MARGIN * 0.75;

  const height = Math.round(y);
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT)}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<desc>${escapeXml(`${spec.source}, ${spec.date}`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
