import type { ContractError } from '../../shared/contract/result';
import type { ImportSummary, InvalidCells } from '../../shared/import/import-plan';
import type { AreaSums } from './area-accumulator';
import type { AreaCategoryCounts } from './area-category-counter';
import type { ColumnSummary } from './column-statistics';

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
  /** Descriptives per stored column, in the plan's order (text too varied to count: distinct null). */
  summaries: ColumnSummary[];
  /** Sums per area of every number column, when the plan has an area code column. */
  areas: AreaSums | null;
  /** Rows per area and category of every category column (slot 0: no area code). */
  categories: AreaCategoryCounts | null;
}

export interface FailureMessage {
  type: 'error';
  error: ContractError;
}

export type ParseMessage = BatchMessage | ParseEndMessage | FailureMessage;

export type InsertMessage = { type: 'done'; summary: ImportSummary } | FailureMessage | { type: 'cancelled' };
