import Database from 'better-sqlite3';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { contractError, WerkbankError } from '../../shared/contract/errors';
import type { ContractError } from '../../shared/contract/result';
import type { ColumnNote, ImportPlan } from '../../shared/import/import-plan';
import { storedAsNumber } from '../../shared/import/stored-as-number';
import { BatchStatistics } from './batch-statistics';
import { hashFile } from './hash-file';
import { countStoredColumn } from './stored-column-counts';
import { TextDictionary } from './text-codes';
import type { ColumnSummary } from './column-statistics';
import { isCancelled, Slot } from './import-control';
import type { AreaSums } from './area-accumulator';
import type {
  BatchMessage,
  InsertMessage,
  ParseEndMessage,
  ParseMessage,
  ReturnedNumbers,
} from './import-worker-protocol';
import { IDLE } from './import-workers';
import { quoteIdentifier } from '../db/quote-identifier';
import { storageName } from '../datasets/storage-names';

/**
 * The insert worker: owns the one transaction of an import. It creates the dataset's table, inserts
 * the parse worker's batches, gathers their per-area sums and counts (see BatchStatistics), and writes
 * the variables with their descriptives, the area statistics and the import log.
 * Only a complete import commits; an error, a cancel or a killed process leaves the project as it was.
 */
interface InsertWorkerData {
  projectPath: string;
  nativeBinding?: string;
  plan: ImportPlan;
  detected: unknown;
  fileSize: number;
  appVersion: string;
  control: Int32Array;
  port: MessagePort;
}

// The import this worker runs: one at a time, each given by a message (see ImportWorkers), which sets these.
let data: InsertWorkerData;
let plan: ImportPlan;
let control: Int32Array;
let port: MessagePort;
let startedAt: string;
let included: ImportPlan['columns'];
/** The stored columns' positions (storage names): number columns first, then the rest, as a batch holds them. */
let numberPositions: number[];
let textPositions: number[];
let width: number;
let statistics: BatchStatistics;
let dictionary: TextDictionary;
/** Rows per INSERT statement: fewer statement runs, within SQLite's limit of 32,766 parameters. */
let ROWS_PER_STATEMENT: number;
let db: Database.Database;
let parameters: (number | string | null)[];
let sha256: Promise<string>;
let stopHashing: AbortController;

function reply(message: InsertMessage): void {
  parentPort!.postMessage(message);
}

let finished = false;
let datasetId = 0;
let tableName = '';
let insertMany: Database.Statement;
let insertOne: Database.Statement;
let rows = 0;

function startJob(job: InsertWorkerData): void {
  data = job;
  ({ plan, control, port } = job);
  startedAt = new Date().toISOString();
  included = plan.columns.filter((c) => c.include);
  numberPositions = included.flatMap((c, i) => (storedAsNumber(c) ? [i] : []));
  textPositions = included.flatMap((c, i) => (storedAsNumber(c) ? [] : [i]));
  width = included.length;
  statistics = new BatchStatistics(included);
  dictionary = new TextDictionary();
  ROWS_PER_STATEMENT = Math.max(1, Math.min(64, Math.floor(32_000 / Math.max(1, width + 1))));
  parameters = new Array(ROWS_PER_STATEMENT * width);
  finished = false;
  datasetId = 0;
  tableName = '';
  rows = 0;
  db = new Database(data.projectPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // No checkpoint inside the import's COMMIT: it is run after the import has been reported (see finish).
  db.pragma('wal_autocheckpoint = 0');
  // The file's SHA-256 for the import log, read beside the batches: this thread waits for the parser at times.
  stopHashing = new AbortController();
  sha256 = hashFile(plan.file, stopHashing.signal);
  sha256.catch(() => undefined);
}

/** The import has ended: its connection is closed, and the worker can take the next. */
function endJob(): void {
  stopHashing.abort();
  port.close();
  parentPort!.postMessage(IDLE);
}

function begin(): void {
  if (db.prepare('SELECT 1 FROM dataset WHERE name = ?').get(plan.name))
    throw new WerkbankError(contractError('dataset_exists', { name: plan.name }));
  db.exec('BEGIN IMMEDIATE');
  datasetId = (db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM dataset').get() as { id: number }).id;
  tableName = `ds_${datasetId}`;
  db.prepare('INSERT INTO dataset (id, name, kind, table_name, row_count, created_at) VALUES (?, ?, ?, ?, 0, ?)').run(
    datasetId,
    plan.name,
    plan.kind,
    tableName,
    startedAt,
  );
  const columns = included.map((c, i) => `${quoteIdentifier(storageName(i))} ${storedAsNumber(c) ? 'REAL' : 'TEXT'}`);
  db.exec(`CREATE TABLE ${quoteIdentifier(tableName)} ("_row" INTEGER PRIMARY KEY, ${columns.join(', ')})`);
  const placeholders = `(${new Array(width).fill('?').join(', ')})`;
  const insert = `INSERT INTO ${quoteIdentifier(tableName)} (${[...numberPositions, ...textPositions].map((i) => quoteIdentifier(storageName(i))).join(', ')}) VALUES `;
  insertMany = db.prepare(insert + new Array(ROWS_PER_STATEMENT).fill(placeholders).join(', '));
  insertOne = db.prepare(insert + placeholders);
}

function insertBatch(batch: BatchMessage): void {
  const numbers = batch.numbers;
  const texts = dictionary.read(batch);
  const numberWidth = numberPositions.length;
  const textWidth = textPositions.length;
  for (let first = 0; first < batch.rows; first += ROWS_PER_STATEMENT) {
    const count = Math.min(ROWS_PER_STATEMENT, batch.rows - first);
    for (let k = 0; k < numberWidth; k++) {
      for (let r = 0, at = k * batch.rows + first; r < count; r++, at++) {
        const value = numbers[at]!;
        parameters[r * width + k] = value === value ? value : null;
      }
    }
    for (let r = 0; r < count; r++) {
      for (let k = 0, at = (first + r) * textWidth; k < textWidth; k++, at++)
        parameters[r * width + numberWidth + k] = texts[at]!;
    }
    // As separate arguments: better-sqlite3 reads those faster than the elements of one array.
    if (count === ROWS_PER_STATEMENT) insertMany.run(...parameters);
    else for (let r = 0; r < count; r++) insertOne.run(parameters.slice(r * width, (r + 1) * width));
  }
  rows += batch.rows;
  Atomics.store(control, Slot.RowsInserted, rows);
  Atomics.store(control, Slot.KibInserted, batch.kib);
  Atomics.add(control, Slot.BatchesInserted, 1);
  Atomics.notify(control, Slot.BatchesInserted);
  statistics.add(batch.rows, numbers, texts);
  port.postMessage({ type: 'numbers', numbers } satisfies ReturnedNumbers, [numbers.buffer as ArrayBuffer]);
}

function writeAreaCategoryCounts(variableIds: number[]): void {
  const categories = statistics.areaCategoryCounts();
  const areas = statistics.areaSums();
  if (!categories || !areas) return;
  const codes = areas.codes;
  const insert = db.prepare(
    'INSERT INTO area_category_count (variable_id, area_code, value, rows, usable, weight) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const column of categories.columns) {
    for (const entry of column.entries) {
      insert.run(
        variableIds[column.stored]!,
        entry.slot === 0 ? null : codes[entry.slot - 1]!,
        entry.value,
        entry.rows,
        entry.usable,
        entry.weight,
      );
    }
  }
}

function writeAreaStatistics(areas: AreaSums | null, variableIds: number[]): void {
  if (!areas) return;
  const insertArea = db.prepare('INSERT INTO dataset_area (dataset_id, code, name, rows) VALUES (?, ?, ?, ?)');
  const insertStatistic = db.prepare(
    'INSERT INTO area_statistic (variable_id, area_code, n, sum_w, sum_wx) VALUES (?, ?, ?, ?, ?)',
  );
  // An area dataset holds one row per area: rows of one code are never averaged (the preview offers
  // which to keep; this catches what its sample did not show).
  const repeated = plan.kind === 'area' ? areas.rows.flatMap((count, slot) => (count > 1 ? [slot] : [])) : [];
  if (repeated.length > 0) {
    const most = repeated.reduce((best, slot) => (areas.rows[slot]! > areas.rows[best]! ? slot : best));
    const where = {
      file: plan.file,
      areas: repeated.length,
      complete: true,
      code: areas.codes[most]!,
      rows: areas.rows[most]!,
      column: null,
      values: [],
    };
    throw new WerkbankError(contractError('import_repeated_areas', where));
  }
  areas.codes.forEach((code, slot) => {
    insertArea.run(datasetId, code, areas.names[slot] ?? null, areas.rows[slot]!);
    numberPositions.forEach((position, index) => {
      const at = slot * areas.columns + index;
      insertStatistic.run(variableIds[position]!, code, areas.n[at]!, areas.sumW[at]!, areas.sumWx[at]!);
    });
  });
}

function finish(end: ParseEndMessage, sha256: string): void {
  const insertVariable =
    db.prepare(`INSERT INTO variable (dataset_id, position, name, column_name, label, type, ordinal, role, decimal_mark, missing_codes, value_labels,
      n, missing, mean, min, max, distinct_count, top_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const summaries = statistics.summaries();
  const columnNotes: ColumnNote[] = [];
  const variableIds = included.map((column, position) => {
    let summary: ColumnSummary = end.summaries[position] ?? summaries[position]!;
    if (summary.distinct === null)
      summary = {
        ...summary,
        ...countStoredColumn(db, tableName, storageName(position), storedAsNumber(column) ? summary.n : null),
      };
    if (summary.n === 0) columnNotes.push({ column: column.name, kind: 'empty', value: null });
    // The column of `plan.keep` holds one value by the user's own choice.
    else if (summary.distinct === 1 && column.name !== plan.keep?.column)
      columnNotes.push({ column: column.name, kind: 'one_value', value: summary.top?.[0]?.value ?? null });
    return Number(
      insertVariable.run(
        datasetId,
        position,
        column.name,
        storageName(position),
        column.label,
        column.type,
        column.ordinal ? 1 : 0,
        column.role,
        storedAsNumber(column) ? column.decimalMark : null,
        JSON.stringify(column.missingCodes),
        JSON.stringify(column.valueLabels),
        summary.n,
        summary.missing,
        summary.mean,
        summary.min,
        summary.max,
        summary.distinct,
        JSON.stringify(summary.top ?? []),
      ).lastInsertRowid,
    );
  });
  writeAreaStatistics(statistics.areaSums(), variableIds);
  writeAreaCategoryCounts(variableIds);
  db.prepare('UPDATE dataset SET row_count = ?, source_sha256 = ? WHERE id = ?').run(rows, sha256, datasetId);
  db.prepare(
    `INSERT INTO import_log (dataset_id, file_name, file_path, file_size, file_sha256, detected, plan, skipped_lines, filtered_rows, warnings, rows, started_at, finished_at, app_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    datasetId,
    plan.file.split(/[\\/]/).pop() ?? plan.file,
    plan.file,
    data.fileSize,
    sha256,
    JSON.stringify(data.detected),
    JSON.stringify(plan),
    JSON.stringify(end.skippedLines),
    end.filteredRows,
    JSON.stringify(end.invalid),
    rows,
    startedAt,
    new Date().toISOString(),
    data.appVersion,
  );
  db.exec('COMMIT');
  finished = true;
  reply({
    type: 'done',
    summary: {
      datasetId,
      rows,
      skippedLines: end.skippedLines,
      filteredRows: end.filteredRows,
      duplicateLines: end.duplicateLines,
      invalid: end.invalid,
      columnNotes,
      sha256,
    },
  });
  // The import is committed (durable in the write-ahead log) and reported; copying the log into the
  // project file happens after that, so the user does not wait for it. Should the app close first,
  // SQLite finishes the copy when the project is next opened.
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    db.close();
  } finally {
    endJob();
  }
}

function finishWhenHashed(end: ParseEndMessage): void {
  sha256
    .then((hash) => {
      if (!finished) finish(end, hash);
    })
    .catch(fail);
}

function abandon(message: InsertMessage): void {
  if (finished) return;
  finished = true;
  if (db.inTransaction) db.exec('ROLLBACK');
  db.close();
  reply(message);
  endJob();
}

function fail(error: unknown): void {
  const reported: ContractError =
    error instanceof WerkbankError
      ? error.error
      : contractError('internal', { detail: error instanceof Error ? error.message : String(error) });
  abandon({ type: 'error', error: reported });
}

function runJob(job: InsertWorkerData): void {
  startJob(job);
  begin();
  port.on('message', (message: ParseMessage) => {
    if (finished) return;
    try {
      if (isCancelled(control)) return abandon({ type: 'cancelled' });
      if (message.type === 'batch') insertBatch(message);
      else if (message.type === 'error') abandon(message);
      else if (rows === 0 && message.filteredRows > 0)
        abandon({ type: 'error', error: contractError('import_no_rows_left', { file: plan.file }) });
      else if (rows === 0)
        abandon({
          type: 'error',
          error: contractError(
            'import_header_only',
            plan.source.format === 'xlsx' ? { file: plan.file, sheet: plan.source.sheet } : { file: plan.file },
          ),
        });
      else {
        Atomics.store(control, Slot.Finishing, 1);
        finishWhenHashed(message);
      }
    } catch (error) {
      fail(error);
    }
  });
}

parentPort!.on('message', (message: ({ type: 'job' } & InsertWorkerData) | { type: 'cancel' }) => {
  if (message.type === 'cancel') abandon({ type: 'cancelled' });
  else {
    try {
      runJob(message);
    } catch (error) {
      fail(error);
    }
  }
});
