import type ExcelJS from 'exceljs';
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

/** A row's cells by column: an empty cell keeps its place, so later cells do not shift left. */
function rowFields(row: ExcelJS.Row, width: number): string[] {
  const fields = new Array<string>(Math.max(width, row.cellCount)).fill('');
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    fields[column - 1] = xlsxCellText(cell.value);
  });
  return fields;
}

/**
 * The whole workbook, read with exceljs's regular reader. Its streaming reader depends on the order
 * of the zip entries (exceljs issue #3064) and can emit unhandled errors; Excel sheets are small
 * enough to read whole. exceljs takes a quarter of a second to load, so only Excel files load it.
 */
async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, file: string, sheet: string): ExcelJS.Worksheet {
  return workbook.getWorksheet(sheet) ?? raise('import_sheet_not_found', { file, sheet, sheets: workbook.worksheets.map((w) => w.name).join(', ') });
}

/** The sheet names of a workbook, in order, and the first rows of one of them as text. */
export async function xlsxSample(file: string, sheet: string | undefined, maxRows: number): Promise<{ sheets: string[]; sheet: string; rows: string[][] }> {
  const workbook = await readWorkbook(file);
  const sheets = workbook.worksheets.map((w) => w.name);
  const chosen = sheet ?? sheets[0];
  if (chosen === undefined) raise('import_sheet_not_found', { file, sheet: '', sheets: '' });
  const worksheet = sheetOf(workbook, file, chosen);
  const width = worksheet.columnCount;
  const rows: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.length < maxRows) rows.push(rowFields(row, width));
  });
  return { sheets, sheet: chosen, rows };
}

/** Reads a sheet's rows into the same callbacks as the CSV reader; the line is the sheet's row number. */
export async function readXlsxRecords(file: string, source: { sheet: string; hasHeader: boolean }, width: number, on: RecordCallbacks): Promise<void> {
  const worksheet = sheetOf(await readWorkbook(file), file, source.sheet);
  let headerPending = source.hasHeader;
  let failure: ContractError | null = null;
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    if (failure || on.cancelled()) return;
    const fields = rowFields(row, width);
    if (fields.every((f) => f === '')) return;
    if (headerPending) {
      headerPending = false;
      return;
    }
    if (fields.length !== width) {
      failure = on.ragged(fields, row.number);
      return;
    }
    on.record(fields, row.number);
  });
  if (failure) throw failure;
}
