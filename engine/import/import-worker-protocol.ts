import type { ContractError } from '../../shared/contract/result';
import type { ImportSummary, InvalidCells } from '../../shared/import/import-plan';
import type { ColumnSummary } from './column-statistics';

/**
 * Messages between the parse worker and the insert worker. A batch carries its rows in flat arrays
 * that are moved without copying: the number columns in a Float64Array (NaN = missing), the other
 * columns as codes of text (see text-codes.ts).
 */
export interface BatchMessage {
  type: 'batch';
  rows: number;
  /** The number columns one after the other, `numbers[column × rows + row]` (NaN = missing): whoever reads a column reads it in order. */
  numbers: Float64Array;
  /** Per row and text column: a code of the import's text dictionary, MISSING_TEXT, or INLINE_TEXT (the next of `inline`). */
  texts: Int32Array;
  /** How far the file had been read (KiB) when the batch was sent: its rows lie before that. */
  kib: number;
  /** Values coded for the first time in this batch, in the order of their codes. */
  added: string[];
  /** The values of the cells coded INLINE_TEXT, in order. */
  inline: string[];
}

export interface ParseEndMessage {
  type: 'end';
  rowsRead: number;
  skippedLines: number[];
  filteredRows: number;
  duplicateLines: number[];
  invalid: InvalidCells[];
  /** Descriptives per stored column, in the plan's order; null for those the insert worker gathers (see BatchStatistics). */
  summaries: (ColumnSummary | null)[];
}

export interface FailureMessage {
  type: 'error';
  error: ContractError;
}

export type ParseMessage = BatchMessage | ParseEndMessage | FailureMessage;

/** From the insert worker back to the parse worker: a full batch's number array, done with, to fill again. */
export interface ReturnedNumbers {
  type: 'numbers';
  numbers: Float64Array;
}

export type InsertMessage = { type: 'done'; summary: ImportSummary } | FailureMessage | { type: 'cancelled' };
