import type { CrossTable, CrosstabResult } from '../../../shared/crosstab/crosstab-types';
import type { CrosstabFormat } from '../../../shared/crosstab/crosstab-format';
import type { CellMeasure } from '../../../shared/crosstab/table-figures';
import { heatFill, type HeatFill, type HeatScale } from '../../../shared/crosstab/heat-colours';
import { tableFigures, variableName } from '../../../shared/crosstab/table-figures';

const FONT_SIZE = 16;
const ROW_HEIGHT = 32;
const PAD = 12;
const TEXT = '#1B1B1F';
const RULE = '#1B1B1F';
const SUBTLE = '#C4C9D0';
/**
 * Glyph widths per unit of font size, on the wide side (DejaVu Sans): no font metrics outside a browser.
 * Figures are wider than the average letter, and a column of figures must not run into the next.
 */
const DIGIT = 0.64;
const SPACE = 0.32;
const LETTER = 0.56;
const BOLD = 1.08;

function width(text: string, bold = false): number {
  let units = 0;
  for (const character of text) units += /\d/.test(character) ? DIGIT : character === ' ' ? SPACE : LETTER;
  return units * FONT_SIZE * (bold ? BOLD : 1);
}

export interface TableSvgLayout {
  width: number;
  height: number;
}

interface CellSpec {
  text: string;
  bold?: boolean;
  fill?: HeatFill | null;
}

/**
 * The grid of one table for an image: header lines, body, totals, and for weighted tables the
 * respondents. Built from a partner-audience result, so hidden figures are already "<10" or "*".
 */
function tableGrid(
  result: CrosstabResult,
  table: CrossTable,
  measure: CellMeasure,
  scale: HeatScale,
  format: CrosstabFormat,
  labels: { total: string; n: string },
) {
  const figures = tableFigures(result, table, measure, format);
  const weighted = result.weight !== null;
  const header: CellSpec[] = [
    { text: variableName(result.rows), bold: true },
    ...table.colCategories.map((c) => ({ text: c.label, bold: true })),
    { text: labels.total, bold: true },
    ...(weighted ? [{ text: labels.n, bold: true }] : []),
  ];
  const body: CellSpec[][] = table.rowCategories.map((category, i) => [
    { text: category.label, bold: true },
    ...figures.cells[i]!.map((figure, j) => ({ text: figure.text, fill: heatFill(scale, table, i, j) })),
    { text: figures.rowTotals[i]!.text },
    ...(figures.rowN ? [{ text: figures.rowN[i]!.text }] : []),
  ]);
  const totals: CellSpec[][] = [
    [
      { text: labels.total, bold: true },
      ...figures.colTotals.map((figure) => ({ text: figure.text })),
      { text: figures.total.text },
      ...(figures.totalN ? [{ text: figures.totalN.text }] : []),
    ],
  ];
  if (figures.colN && figures.totalN) {
    totals.push([
      { text: labels.n, bold: true },
      ...figures.colN.map((figure) => ({ text: figure.text })),
      { text: figures.totalN.text },
      { text: '' },
    ]);
  }
  return { header, body, totals };
}

export function crossTableSvgLayout(
  result: CrosstabResult,
  table: CrossTable,
  measure: CellMeasure,
  scale: HeatScale,
  format: CrosstabFormat,
  labels: { total: string; n: string },
) {
  const grid = tableGrid(result, table, measure, scale, format, labels);
  const lines = [grid.header, ...grid.body, ...grid.totals];
  const widths = grid.header.map((_, column) =>
    Math.ceil(
      Math.max(...lines.map((line) => width(line[column]?.text ?? '', line[column]?.bold))) +
        2 * PAD +
        (column === 0 ? 0 : 14),
    ),
  );
  const categoriesWidth = widths.slice(1, 1 + table.colCategories.length).reduce((a, b) => a + b, 0);
  const colVariableWidth = width(variableName(result.cols), true) + 2 * PAD;
  // A long column variable name widens the category columns rather than run over the totals.
  if (colVariableWidth > categoriesWidth) {
    const extra = Math.ceil((colVariableWidth - categoriesWidth) / table.colCategories.length);
    for (let j = 1; j <= table.colCategories.length; j++) widths[j]! += extra;
  }
  const rows = 2 + grid.body.length + grid.totals.length;
  return { grid, widths, layout: { width: widths.reduce((a, b) => a + b, 0), height: rows * ROW_HEIGHT + 4 } };
}

interface CrossTableSvgProps {
  result: CrosstabResult;
  table: CrossTable;
  measure: CellMeasure;
  scale: HeatScale;
  format: CrosstabFormat;
  labels: { total: string; n: string };
  title: string;
}

/** A cross-table drawn in SVG for SVG and PNG exports; the screen shows the HTML table. */
export function CrossTableSvg({ result, table, measure, scale, format, labels, title }: CrossTableSvgProps) {
  const { grid, widths, layout } = crossTableSvgLayout(result, table, measure, scale, format, labels);
  const left = (column: number) => widths.slice(0, column).reduce((a, b) => a + b, 0);
  const categories = table.colCategories.length;
  const baseline = (row: number) => row * ROW_HEIGHT + ROW_HEIGHT / 2 + FONT_SIZE * 0.35;

  const line = (cells: CellSpec[], row: number) =>
    cells.map((cell, column) => {
      const x = left(column);
      const w = widths[column]!;
      const first = column === 0;
      return (
        <g key={column}>
          {cell.fill && (
            <rect x={x + 1} y={row * ROW_HEIGHT + 1} width={w - 2} height={ROW_HEIGHT - 2} fill={cell.fill.fill} />
          )}
          <text
            x={first ? x + PAD / 2 : x + w - PAD}
            y={baseline(row)}
            fontSize={FONT_SIZE}
            fontWeight={cell.bold ? 700 : 400}
            textAnchor={first ? 'start' : 'end'}
            fill={cell.fill?.ink ?? TEXT}
          >
            {cell.fill?.glyph ? `${cell.fill.glyph} ${cell.text}` : cell.text}
          </text>
        </g>
      );
    });

  const bodyStart = 2;
  const totalsStart = bodyStart + grid.body.length;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <text
        x={left(1) + (left(1 + categories) - left(1)) / 2}
        y={baseline(0)}
        fontSize={FONT_SIZE}
        fontWeight={700}
        textAnchor="middle"
        fill={TEXT}
      >
        {variableName(result.cols)}
      </text>
      <line
        x1={left(1) + PAD / 2}
        x2={left(1 + categories) - PAD / 2}
        y1={ROW_HEIGHT - 2}
        y2={ROW_HEIGHT - 2}
        stroke={SUBTLE}
        strokeWidth={1}
      />
      {line(grid.header, 1)}
      <line x1={0} x2={layout.width} y1={2 * ROW_HEIGHT} y2={2 * ROW_HEIGHT} stroke={RULE} strokeWidth={2} />
      {grid.body.map((cells, i) => (
        <g key={i}>
          {line(cells, bodyStart + i)}
          <line
            x1={0}
            x2={layout.width}
            y1={(bodyStart + i + 1) * ROW_HEIGHT}
            y2={(bodyStart + i + 1) * ROW_HEIGHT}
            stroke={SUBTLE}
            strokeWidth={1}
          />
        </g>
      ))}
      <line
        x1={0}
        x2={layout.width}
        y1={totalsStart * ROW_HEIGHT}
        y2={totalsStart * ROW_HEIGHT}
        stroke={RULE}
        strokeWidth={2}
      />
      {grid.totals.map((cells, i) => (
        <g key={i}>{line(cells, totalsStart + i)}</g>
      ))}
      <line
        x1={left(widths.length - (result.weight !== null ? 2 : 1))}
        x2={left(widths.length - (result.weight !== null ? 2 : 1))}
        y1={ROW_HEIGHT}
        y2={layout.height - 4}
        stroke={SUBTLE}
        strokeWidth={1}
      />
      <line x1={0} x2={layout.width} y1={layout.height - 2} y2={layout.height - 2} stroke={RULE} strokeWidth={2} />
    </svg>
  );
}
