import type Database from 'better-sqlite3';
import type { CodingChange, CodingProgress, RecordCoding, Segment } from '../../shared/coding/coding-types';
import { codePointLength, codePointSlice } from '../../shared/coding/keyword-match';
import { raise } from '../../shared/contract/errors';
import { quoteIdentifier } from '../db/quote-identifier';
import { coderId } from './coders';
import { assertRecord, codingDataset, textColumnSql, variableIdOf, type CodingDataset } from './coding-dataset';

interface CodingRow {
  id: number;
  record: number;
  code_guid: string;
  variable: string | null;
  start: number | null;
  end: number | null;
}

/** Codings of one coder for a set of records, as the grid and the focus view show them. */
export function readCodings(
  db: Database.Database,
  dataset: CodingDataset,
  coder: number,
  records: readonly number[],
): Map<number, RecordCoding> {
  const result = new Map<number, RecordCoding>();
  if (records.length === 0) return result;
  const list = JSON.stringify(records);
  const coded = db
    .prepare(
      `SELECT record FROM coded_record WHERE dataset_id = ? AND coder_id = ? AND record IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(dataset.id, coder, list) as number[];
  for (const record of records) result.set(record, { record, coded: false, codes: [], segments: [] });
  for (const record of coded) result.get(record)!.coded = true;
  const rows = db
    .prepare(
      `SELECT c.id, c.record, c.code_guid, v.name AS variable, c.start, c."end" AS "end"
         FROM coding c LEFT JOIN variable v ON v.id = c.variable_id
        WHERE c.dataset_id = ? AND c.coder_id = ? AND c.record IN (SELECT value FROM json_each(?))
        ORDER BY c.record, c.start, c.id`,
    )
    .all(dataset.id, coder, list) as CodingRow[];
  const texts = new Map<string, string>();
  for (const row of rows) {
    const coding = result.get(row.record)!;
    if (row.variable === null) {
      coding.codes.push(row.code_guid);
      continue;
    }
    const key = `${row.record}\u0000${row.variable}`;
    if (!texts.has(key)) texts.set(key, segmentSource(db, dataset, row.record, row.variable));
    coding.segments.push({
      id: row.id,
      code: row.code_guid,
      variable: row.variable,
      start: row.start!,
      end: row.end!,
      text: codePointSlice(texts.get(key)!, row.start!, row.end!),
    });
  }
  return result;
}

function segmentSource(db: Database.Database, dataset: CodingDataset, record: number, variable: string): string {
  const value = db
    .prepare(`SELECT ${textColumnSql(dataset, variable)} FROM ${dataset.table} WHERE "_row" = ?`)
    .pluck()
    .get(record) as string | null;
  return value ?? '';
}

export function codingProgress(db: Database.Database, dataset: CodingDataset, coderName: string): CodingProgress {
  const coder = db.prepare('SELECT id, name FROM coder WHERE name = ?').get(coderName) as
    { id: number; name: string } | undefined;
  const coded = coder
    ? (db
        .prepare('SELECT count(*) FROM coded_record WHERE dataset_id = ? AND coder_id = ?')
        .pluck()
        .get(dataset.id, coder.id) as number)
    : 0;
  return { coder: coder?.name ?? coderName, coded, total: dataset.rows };
}

export function allProgress(db: Database.Database, datasetName: string): CodingProgress[] {
  const dataset = codingDataset(db, datasetName);
  const rows = db
    .prepare(
      `SELECT k.name AS coder, count(r.record) AS coded FROM coder k
         LEFT JOIN coded_record r ON r.coder_id = k.id AND r.dataset_id = ?
        GROUP BY k.id ORDER BY k.kind, k.name COLLATE NOCASE`,
    )
    .all(dataset.id) as { coder: string; coded: number }[];
  return rows.map((row) => ({ ...row, total: dataset.rows }));
}

/** Refuses codes that are not in the codebook, archived, or not codable. */
export function assertCodable(db: Database.Database, codes: readonly string[]): void {
  const check = db.prepare('SELECT label_nl, codable, archived FROM codebook_code WHERE guid = ?');
  for (const guid of codes) {
    const code = check.get(guid) as { label_nl: string; codable: number; archived: number } | undefined;
    if (!code) raise('codebook_code_not_found', { guid });
    if (code.codable !== 1 || code.archived === 1) raise('code_not_codable', { label: code.label_nl });
  }
}

function markCoded(db: Database.Database, dataset: CodingDataset, coder: number, record: number, now: string): void {
  db.prepare(
    'INSERT INTO coded_record (dataset_id, coder_id, record, coded_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET coded_at = excluded.coded_at',
  ).run(dataset.id, coder, record, now);
}

/** Writes one coder's whole-record codes (segments stay); one transaction. */
export function writeRecordCodes(
  db: Database.Database,
  dataset: CodingDataset,
  coder: number,
  record: number,
  codes: readonly string[],
  coded: boolean,
): void {
  const now = new Date().toISOString();
  db.prepare('DELETE FROM coding WHERE dataset_id = ? AND coder_id = ? AND record = ? AND variable_id IS NULL').run(
    dataset.id,
    coder,
    record,
  );
  const hasSegments = db
    .prepare('SELECT 1 FROM coding WHERE dataset_id = ? AND coder_id = ? AND record = ?')
    .get(dataset.id, coder, record);
  if (!coded && codes.length === 0 && !hasSegments) {
    db.prepare('DELETE FROM coded_record WHERE dataset_id = ? AND coder_id = ? AND record = ?').run(
      dataset.id,
      coder,
      record,
    );
    return;
  }
  markCoded(db, dataset, coder, record, now);
  const insert = db.prepare(
    'INSERT INTO coding (dataset_id, coder_id, record, code_guid, coded_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const code of new Set(codes)) insert.run(dataset.id, coder, record, code, now);
}

function change(
  db: Database.Database,
  dataset: CodingDataset,
  coder: number,
  coderName: string,
  record: number,
  before: RecordCoding,
): CodingChange {
  return {
    before,
    after: readCodings(db, dataset, coder, [record]).get(record)!,
    progress: codingProgress(db, dataset, coderName),
  };
}

export function setRecordCoding(
  db: Database.Database,
  request: { dataset: string; coder: string; record: number; codes: string[]; coded: boolean },
): CodingChange {
  const dataset = codingDataset(db, request.dataset);
  assertRecord(db, dataset, request.record);
  assertCodable(db, request.codes);
  return db.transaction(() => {
    const coder = coderId(db, request.coder, true);
    const before = readCodings(db, dataset, coder, [request.record]).get(request.record)!;
    writeRecordCodes(db, dataset, coder, request.record, request.codes, request.coded);
    return change(db, dataset, coder, request.coder, request.record, before);
  })();
}

export function addSegment(
  db: Database.Database,
  request: {
    dataset: string;
    coder: string;
    record: number;
    variable: string;
    code: string;
    start: number;
    end: number;
  },
): { segment: Segment; change: CodingChange } {
  const dataset = codingDataset(db, request.dataset);
  assertRecord(db, dataset, request.record);
  assertCodable(db, [request.code]);
  const length = codePointLength(segmentSource(db, dataset, request.record, request.variable));
  if (request.end > length) raise('segment_out_of_range', { start: request.start, end: request.end, length });
  return db.transaction(() => {
    const coder = coderId(db, request.coder, true);
    const before = readCodings(db, dataset, coder, [request.record]).get(request.record)!;
    const now = new Date().toISOString();
    markCoded(db, dataset, coder, request.record, now);
    db.prepare(
      `INSERT INTO coding (dataset_id, coder_id, record, code_guid, variable_id, start, "end", coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ).run(
      dataset.id,
      coder,
      request.record,
      request.code,
      variableIdOf(dataset, request.variable),
      request.start,
      request.end,
      now,
    );
    const result = change(db, dataset, coder, request.coder, request.record, before);
    const segment = result.after.segments.find(
      (candidate) =>
        candidate.code === request.code &&
        candidate.variable === request.variable &&
        candidate.start === request.start &&
        candidate.end === request.end,
    )!;
    return { segment, change: result };
  })();
}

export function removeSegment(
  db: Database.Database,
  request: { dataset: string; coder: string; id: number },
): { segment: Segment; change: CodingChange } {
  const dataset = codingDataset(db, request.dataset);
  return db.transaction(() => {
    const coder = coderId(db, request.coder, false);
    const row = db
      .prepare('SELECT record FROM coding WHERE id = ? AND dataset_id = ? AND coder_id = ? AND variable_id IS NOT NULL')
      .get(request.id, dataset.id, coder) as { record: number } | undefined;
    if (!row) raise('segment_not_found', { id: request.id });
    const before = readCodings(db, dataset, coder, [row.record]).get(row.record)!;
    db.prepare('DELETE FROM coding WHERE id = ?').run(request.id);
    return {
      segment: before.segments.find((segment) => segment.id === request.id)!,
      change: change(db, dataset, coder, request.coder, row.record, before),
    };
  })();
}

export function recordDetail(db: Database.Database, datasetName: string, record: number) {
  const dataset = codingDataset(db, datasetName);
  assertRecord(db, dataset, record);
  const labels = new Map(
    (
      db.prepare('SELECT name, label, value_labels FROM variable WHERE dataset_id = ?').all(dataset.id) as {
        name: string;
        label: string | null;
        value_labels: string;
      }[]
    ).map((row) => [row.name, { label: row.label, values: JSON.parse(row.value_labels) as Record<string, string> }]),
  );
  // Numbers as numbers, so the UI writes them in its language (0,945 in Dutch).
  const select = dataset.columns.map((column) => quoteIdentifier(column.column_name)).join(', ');
  const row = db.prepare(`SELECT ${select} FROM ${dataset.table} WHERE "_row" = ?`).raw().get(record) as (
    string | number | null
  )[];
  return {
    record,
    values: dataset.columns.map((column, index) => {
      const value = row[index] ?? null;
      const labelled = labels.get(column.name);
      return {
        variable: column.name,
        label: labelled?.label ?? null,
        value,
        valueLabel: value === null ? null : (labelled?.values[String(value)] ?? null),
      };
    }),
  };
}
