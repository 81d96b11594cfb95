import type Database from 'better-sqlite3';
import type { CodingPage, CodingPageRequest } from '../../shared/coding/coding-types';
import { findCoderId } from './coders';
import { codingDataset, idText, textColumnSql } from './coding-dataset';
import { disagreeingRecords } from './consensus';
import { codingProgress, readCodings } from './record-coding';

/** Lower case without diacritics, so that a search for "een" finds "één" (SQLite's lower() knows ASCII only). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The code and every code under it: filtering on a condition finds records coded with its sub-codes too. */
const codeAndDescendantsSql = `WITH RECURSIVE tree(guid) AS (SELECT ? UNION ALL SELECT c.guid FROM codebook_code c JOIN tree ON c.parent_guid = tree.guid) SELECT guid FROM tree`;

/**
 * One page of records with ONE coder's coding: coding is blind, so this never shows another coder's work.
 * The filter runs in SQL, so a page of 100,000 records costs a count and an indexed range.
 */
export function codingPage(db: Database.Database, request: CodingPageRequest): CodingPage {
  const dataset = codingDataset(db, request.dataset);
  const text = textColumnSql(dataset, request.textColumn);
  // A coder who has not coded yet has no codings to show (-1 matches none).
  const coder = findCoderId(db, request.coder) ?? -1;
  // Registering a function is cheap and keeps the search independent of how the connection was opened.
  db.function('werkbank_fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : null,
  );

  const where: string[] = [];
  const params: unknown[] = [];
  const coded = `EXISTS (SELECT 1 FROM coded_record r WHERE r.dataset_id = ${dataset.id} AND r.coder_id = ${coder} AND r.record = t."_row")`;
  if (request.filter.status === 'coded') where.push(coded);
  if (request.filter.status === 'uncoded') where.push(`NOT ${coded}`);
  if (request.filter.status === 'disagreement') {
    where.push(`t."_row" IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(disagreeingRecords(db, dataset)));
  }
  if (request.filter.code) {
    where.push(
      `EXISTS (SELECT 1 FROM coding c WHERE c.dataset_id = ${dataset.id} AND c.coder_id = ${coder} AND c.record = t."_row" AND c.code_guid IN (${codeAndDescendantsSql}))`,
    );
    params.push(request.filter.code);
  }
  if (request.filter.search) {
    where.push(`instr(werkbank_fold(t.${text}), ?) > 0`);
    params.push(foldText(request.filter.search));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const matching = db
    .prepare(`SELECT count(*) FROM ${dataset.table} t ${clause}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(
      `SELECT t."_row" AS record, ${idText(dataset, 't')} AS id, t.${text} AS text, ${dataset.areaSql ? `t.${dataset.areaSql}` : 'NULL'} AS area
                FROM ${dataset.table} t ${clause} ORDER BY t."_row" LIMIT ? OFFSET ?`,
    )
    .all(...params, request.limit, request.offset) as {
    record: number;
    id: string;
    text: string | null;
    area: string | null;
  }[];
  const codings = readCodings(
    db,
    dataset,
    coder,
    rows.map((row) => row.record),
  );
  return {
    total: dataset.rows,
    matching,
    offset: request.offset,
    rows: rows.map((row) => ({ ...row, text: row.text === '' ? null : row.text, ...codings.get(row.record)! })),
    progress: codingProgress(db, dataset, request.coder),
  };
}
