import type ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { raise, WerkbankError } from '../../shared/contract/errors';
import type { ContractError } from '../../shared/contract/result';
import type { RecordCallbacks } from './csv-records';
import { checkEntries, sheetsLast, UnreadableZip } from './xlsx-zip';

/** A cell as text, the way the CSV path sees it: numbers with a decimal point, dates as ISO. */
export function xlsxCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  // A date cell whose stored value is no number (a damaged or hand-made file) reads as empty, as an error cell does.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
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

/** The workbook read by exceljs's streaming reader, from its zip with the sheets last (see xlsx-zip.ts). */
async function openWorkbook(file: string): Promise<ExcelJS.stream.xlsx.WorkbookReader> {
  // exceljs takes a quarter of a second to load, so only Excel files load it.
  const { default: Excel } = await import('exceljs');
  let zip: Buffer;
  try {
    zip = sheetsLast(readFileSync(file));
    await checkEntries(zip);
  } catch (error) {
    if (error instanceof UnreadableZip) raise('import_xlsx_unreadable', { file });
    throw error;
  }
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([zip]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  // A workbook with its text in the cells has no shared strings part; the reader would then park every
  // sheet in a temporary file, waiting for one. An empty list is what that part would have given.
  (reader as unknown as { sharedStrings: unknown[] }).sharedStrings = [];
  return reader;
}

/** The sheet names in the workbook's order, known once its workbook part has been read. */
function sheetNames(reader: ExcelJS.stream.xlsx.WorkbookReader): string[] {
  const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
  return (model?.sheets ?? []).map((sheet) => sheet.name);
}

/**
 * The items of one of exceljs's streams, where a failure to read them (a damaged zip entry, XML that is
 * not well-formed) is a workbook that cannot be read; `read`'s own errors pass through as they are.
 */
async function* readable<T>(items: AsyncIterable<T>, file: string): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let next: IteratorResult<T>;
      try {
        next = await iterator.next();
      } catch (error) {
        finished = true;
        if (error instanceof WerkbankError) throw error;
        raise('import_xlsx_unreadable', { file });
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Left early (the caller has the rows it wants): the stream is closed as a plain `break` would.
    if (!finished) await iterator.return?.();
  }
}

/**
 * Calls `read` with the rows of the chosen sheet (the first when none is chosen) as the streaming reader
 * yields them, one at a time; `read` returns false to stop. Returns the sheet names and the sheet read.
 */
async function eachRowOf(
  file: string,
  sheet: string | undefined,
  read: (row: ExcelJS.Row) => boolean,
): Promise<{ sheets: string[]; sheet: string }> {
  const reader = await openWorkbook(file);
  let chosen = sheet;
  for await (const worksheet of readable(reader, file)) {
    chosen ??= sheetNames(reader)[0];
    // Sheets without names: the workbook part or its relations are missing.
    if (chosen === undefined) raise('import_xlsx_unreadable', { file });
    if ((worksheet as unknown as { name: string }).name !== chosen) continue;
    for await (const row of readable(worksheet as unknown as AsyncIterable<ExcelJS.Row>, file)) if (!read(row)) break;
    return { sheets: sheetNames(reader), sheet: chosen };
  }
  const sheets = sheetNames(reader);
  // No sheet at all, or one the workbook names without its part: damaged, not a wrong choice.
  if (chosen === undefined || sheets.includes(chosen)) raise('import_xlsx_unreadable', { file });
  return raise('import_sheet_not_found', { file, sheet: chosen, sheets: sheets.join(', ') });
}

/** The sheet names of a workbook, in order, and the first rows of one of them as text, all as wide as the widest. */
export async function xlsxSample(
  file: string,
  sheet: string | undefined,
  maxRows: number,
): Promise<{ sheets: string[]; sheet: string; rows: string[][] }> {
  const rows: string[][] = [];
  const found = await eachRowOf(file, sheet, (row) => {
    rows.push(rowFields(row, 0));
    return rows.length < maxRows;
  });
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (const row of rows) while (row.length < width) row.push('');
  return { ...found, rows };
}

/** Reads a sheet's rows into the same callbacks as the CSV reader; the line is the sheet's row number. */
export async function readXlsxRecords(
  file: string,
  source: { sheet: string; hasHeader: boolean },
  width: number,
  on: RecordCallbacks,
): Promise<void> {
  let headerPending = source.hasHeader;
  let failure: ContractError | null = null;
  await eachRowOf(file, source.sheet, (row) => {
    if (on.cancelled()) return false;
    const fields = rowFields(row, width);
    if (fields.every((f) => f === '')) return true;
    if (headerPending) {
      headerPending = false;
      return true;
    }
    if (fields.length !== width) {
      failure = on.ragged(fields, row.number);
      return failure === null;
    }
    on.record(fields, row.number);
    return true;
  });
  if (failure) throw failure;
}
