import type ExcelJS from 'exceljs';
import type { GridCell, GridLine, GridSheet, NumberKind } from './crosstab-grid';
import { neutraliseFormula } from './neutralise-formula';

/** Excel number formats; percentages are stored as fractions so Excel computes with them as such. */
const numberFormats: Record<Exclude<NumberKind, 'p'>, string> = {
  integer: '0',
  weighted: '0.00',
  percent: '0.0%',
  decimal: '0.00',
  coefficient: '0.000',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const TOTAL_BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' } };

function writeCell(target: ExcelJS.Cell, cell: GridCell): void {
  switch (cell.kind) {
    case 'empty':
      return;
    case 'number':
      if (cell.format === 'p') {
        if (cell.value === 0) {
          target.value = '< 1e-300';
          return;
        }
        target.value = cell.value;
        target.numFmt = cell.value < 1e-4 ? '0.00E+00' : '0.0000';
        return;
      }
      target.value = cell.format === 'percent' ? cell.value / 100 : cell.value;
      target.numFmt = numberFormats[cell.format];
      return;
    case 'hidden':
      target.value = cell.text;
      target.alignment = { horizontal: 'right' };
      return;
    case 'text':
      target.value = neutraliseFormula(cell.text);
  }
}

function styleLine(row: ExcelJS.Row, line: GridLine): void {
  if (line.role === 'title') row.font = { bold: true, size: 13 };
  if (line.role === 'note') row.font = { italic: true, color: { argb: 'FF555555' } };
  row.eachCell((cell, column) => {
    if (line.role === 'header') {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { horizontal: column === 1 ? 'left' : 'center', vertical: 'middle', wrapText: true };
    }
    if (line.role === 'total') {
      cell.font = { bold: true };
      cell.border = TOTAL_BORDER;
    }
    if ((line.role === 'body' || line.role === 'statistic') && column === 1) cell.font = { bold: line.role === 'body' };
  });
}

/** A workbook with a sheet per table (per layer): header shaded, totals ruled off, numbers formatted. */
export async function crosstabWorkbook(sheets: GridSheet[]): Promise<Buffer> {
  // exceljs takes almost half a second to load: only an Excel export pays for it, not every command's start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Werkbank Sociale Kwaliteit';
  for (const sheet of sheets) {
    const header = sheet.lines.findIndex((line) => line.role === 'header');
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: header + 1 }],
    });
    for (const line of sheet.lines) {
      const row = worksheet.addRow([]);
      line.cells.forEach((cell, c) => writeCell(row.getCell(c + 1), cell));
      styleLine(row, line);
    }
    const widest = Math.max(
      ...sheet.lines
        .filter((line) => line.role === 'body' || line.role === 'total')
        .map((line) => textLength(line.cells[0])),
      12,
    );
    worksheet.getColumn(1).width = Math.min(48, widest + 2);
    const columns = Math.max(
      ...sheet.lines.filter((line) => line.role !== 'note' && line.role !== 'title').map((line) => line.cells.length),
      1,
    );
    for (let c = 2; c <= columns; c++) worksheet.getColumn(c).width = 14;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function textLength(cell: GridCell | undefined): number {
  return cell?.kind === 'text' ? cell.text.length : 0;
}
