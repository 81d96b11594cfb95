import type Database from 'better-sqlite3';
import type { CodingSetup } from '../../shared/coding/coding-types';
import { raise } from '../../shared/contract/errors';
import { quoteIdentifier } from '../db/quote-identifier';
import { datasetId } from '../datasets/list-variables';

interface ColumnRow {
  id: number;
  name: string;
  column_name: string;
  type: string;
  role: string | null;
}

/** A dataset as coding sees it: its table and the columns that identify, place and hold the text of a record. */
export interface CodingDataset {
  id: number;
  name: string;
  table: string;
  rows: number;
  /** Quoted SQL columns: the record's id (its row number when the dataset has no id column) and area code. */
  idSql: string;
  areaSql: string | null;
  idColumn: string | null;
  areaColumn: string | null;
  columns: ColumnRow[];
  textColumns: string[];
}

export function codingDataset(db: Database.Database, name: string): CodingDataset {
  const id = datasetId(db, name);
  const dataset = db.prepare('SELECT table_name, row_count FROM dataset WHERE id = ?').get(id) as {
    table_name: string;
    row_count: number;
  };
  const columns = db
    .prepare('SELECT id, name, column_name, type, role FROM variable WHERE dataset_id = ? ORDER BY position')
    .all(id) as ColumnRow[];
  const idColumn = columns.find((column) => column.role === 'id') ?? null;
  const areaColumn = columns.find((column) => column.role === 'area_code') ?? null;
  return {
    id,
    name,
    table: quoteIdentifier(dataset.table_name),
    rows: dataset.row_count,
    idSql: idColumn ? quoteIdentifier(idColumn.column_name) : '"_row"',
    areaSql: areaColumn ? quoteIdentifier(areaColumn.column_name) : null,
    idColumn: idColumn?.name ?? null,
    areaColumn: areaColumn?.name ?? null,
    columns,
    // Area codes and names are text too, but nothing to code.
    textColumns: columns
      .filter((column) => column.type === 'text' && column.role === null)
      .map((column) => column.name),
  };
}

export function codingSetup(db: Database.Database, name: string): CodingSetup {
  const dataset = codingDataset(db, name);
  return {
    dataset: name,
    idColumn: dataset.idColumn,
    areaColumn: dataset.areaColumn,
    textColumns: dataset.textColumns,
  };
}

/** The record's id as text, as the user wrote it: a whole number stored as a real reads "12", not "12.0". */
export function idText(dataset: CodingDataset, alias: string): string {
  return asText(`${alias}.${dataset.idSql}`);
}

/** A stored value as text; whole numbers stored as reals lose their ".0". */
export function asText(column: string): string {
  return `CASE WHEN typeof(${column}) = 'real' AND ${column} = CAST(${column} AS INTEGER) THEN CAST(CAST(${column} AS INTEGER) AS TEXT) ELSE CAST(${column} AS TEXT) END`;
}

/** The quoted SQL column of a text column; a column that is missing or not text is the user's error. */
export function textColumnSql(dataset: CodingDataset, variable: string): string {
  const column = dataset.columns.find((candidate) => candidate.name === variable);
  if (!column) raise('variable_not_found', { dataset: dataset.name, variable });
  if (column.type !== 'text') raise('not_a_text_column', { dataset: dataset.name, variable });
  return quoteIdentifier(column.column_name);
}

export function variableIdOf(dataset: CodingDataset, variable: string): number {
  const column = dataset.columns.find((candidate) => candidate.name === variable);
  return column?.id ?? raise('variable_not_found', { dataset: dataset.name, variable });
}

export function assertRecord(db: Database.Database, dataset: CodingDataset, record: number): void {
  if (!db.prepare(`SELECT 1 FROM ${dataset.table} WHERE "_row" = ?`).get(record))
    raise('record_not_found', { dataset: dataset.name, record });
}
