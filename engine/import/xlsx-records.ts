import ExcelJS from 'exceljs';
import { raise } from '../../shared/contract/errors';
import type { ContractError } from '../../shared/contract/result';
import type { RecordCallbacks } from './csv-records';

/** A cell as text, the way the CSV path sees it: numbers with a decimal point, dates as ISO. */
export function xlsxCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return xlsxCellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

function rowFields(row: ExcelJS.Row, width: number): string[] {
  const fields = new Array<string>(width).fill('');
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (column <= width) fields[column - 1] = xlsxCellText(cell.value);
    else fields.push(xlsxCellText(cell.value));
  });
  return fields;
}

function openReader(file: string) {
  return new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
}

/** The sheet names of a workbook, in order. */
export async function xlsxSheetNames(file: string): Promise<string[]> {
  const names: string[] = [];
  for await (const sheet of openReader(file)) names.push((sheet as unknown as { name: string }).name);
  return names;
}

/** The first rows of a sheet as text, for detection and the preview. */
export async function xlsxSample(file: string, sheet: string, maxRows: number): Promise<string[][]> {
  const rows: string[][] = [];
  const sheets: string[] = [];
  for await (const worksheet of openReader(file)) {
    const name = (worksheet as unknown as { name: string }).name;
    sheets.push(name);
    if (name !== sheet) continue;
    for await (const row of worksheet) {
      rows.push(rowFields(row as ExcelJS.Row, 0));
      if (rows.length >= maxRows) return rows;
    }
    return rows;
  }
  raise('import_sheet_not_found', { file, sheet, sheets: sheets.join(', ') });
}

/** Streams a sheet's rows to the same callbacks as the CSV reader; the line is the sheet's row number. */
export async function readXlsxRecords(
  file: string,
  source: { sheet: string; hasHeader: boolean },
  width: number,
  on: RecordCallbacks,
): Promise<void> {
  let headerPending = source.hasHeader;
  for await (const worksheet of openReader(file)) {
    if ((worksheet as unknown as { name: string }).name !== source.sheet) continue;
    for await (const item of worksheet) {
      const row = item as ExcelJS.Row;
      if (on.cancelled()) return;
      const fields = rowFields(row, width);
      if (fields.every((f) => f === '')) continue;
      if (headerPending) {
        headerPending = false;
        continue;
      }
      if (fields.length !== width) {
        const error: ContractError | null = on.ragged(fields, row.number);
        if (error) throw error;
        continue;
      }
      on.record(fields, row.number);
    }
    return;
  }
  raise('import_sheet_not_found', { file, sheet: source.sheet, sheets: '' });
}
