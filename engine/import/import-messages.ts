import type { ContractError } from '../../shared/contract/result';
import type { ImportSummary, InvalidCells } from '../../shared/import/import-plan';

/**
 * Messages between the parse worker and the insert worker. A batch carries its rows column-wise in
 * two flat arrays: the number columns in a Float64Array (NaN = missing), moved without copying, and
 * the other columns as strings or null.
 */
export interface BatchMessage {
  type: 'batch';
  rows: number;
  numbers: Float64Array;
  texts: (string | null)[];
}

export interface ParseEndMessage {
  type: 'end';
  sha256: string;
  rowsRead: number;
  skippedLines: number[];
  filteredRows: number;
  invalid: InvalidCells[];
}

export interface FailureMessage {
  type: 'error';
  error: ContractError;
}

export type ParseMessage = BatchMessage | ParseEndMessage | FailureMessage;

export type InsertMessage = { type: 'done'; summary: ImportSummary } | FailureMessage | { type: 'cancelled' };
