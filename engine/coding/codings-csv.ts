import type Database from 'better-sqlite3';
import path from 'node:path';
import type { CodingsFileResult } from '../../shared/coding/coding-types';
import { contractError, raise } from '../../shared/contract/errors';
import { quoteIdentifier } from '../db/quote-identifier';
import { neutraliseFormula } from '../export/neutralise-formula';
import { writeExportFile } from '../export/write-export-file';
import { readCsvFile, readCsvRows } from '../import/read-csv-file';
import { coderId } from './coders';
import { asText, codingDataset, idText } from './coding-dataset';
import { codingMatrix, conditionGuids } from './coding-matrix';
import { assertCodable, writeRecordCodes } from './record-coding';

/**
 * The codebook as CSV columns: each condition by its id, each code under it as `condition.label`
 * (lower case, accents and spaces folded: `security.financiele_middelen`), deeper codes with their path.
 */
export function codeColumns(db: Database.Database): { column: string; guid: string }[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE tree(guid, name, position_path) AS (
         SELECT guid, condition_id, printf('%04d', position) FROM codebook_code WHERE condition_id IS NOT NULL
         UNION ALL SELECT c.guid, tree.name || '.' || c.label_nl, tree.position_path || printf('.%04d', c.position)
           FROM codebook_code c JOIN tree ON c.parent_guid = tree.guid WHERE c.archived = 0)
       SELECT guid, name FROM tree ORDER BY position_path`,
    )
    .all() as { guid: string; name: string }[];
  const used = new Set<string>();
  return rows.map((row) => {
    let column = row.name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '_')
      .replace(/_+(\.|$)/g, '$1');
    // Two sub-codes that fold to the same name keep apart by the start of their GUID.
    if (used.has(column)) column = `${column}_${row.guid.slice(0, 8)}`;
    used.add(column);
    return { column, guid: row.guid };
  });
}

const csvLine = (fields: readonly string[]) =>
  fields.map((field) => (/[";\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(';');

/**
 * Codings as CSV for Dutch Excel, SPSS and R (`read.csv2`): `;`, UTF-8 with BOM, `id`, the dataset's text
 * columns for reading, then 0/1 per condition and code. Uncoded records have empty cells (missing).
 * Without a coder there is one row per record and coder, with a `coder` column.
 */
export function exportCodings(
  db: Database.Database,
  request: { dataset: string; coder?: string; path: string; overwrite: boolean },
): CodingsFileResult {
  const dataset = codingDataset(db, request.dataset);
  const coders = request.coder
    ? [
        {
          id: coderId(db, request.coder, false),
          name: (db.prepare('SELECT name FROM coder WHERE name = ?').get(request.coder) as { name: string }).name,
        },
      ]
    : (db.prepare('SELECT id, name FROM coder ORDER BY kind, name COLLATE NOCASE').all() as {
        id: number;
        name: string;
      }[]);
  const columns = codeColumns(db);
  const texts = dataset.columns.filter((column) => dataset.textColumns.includes(column.name));
  const select = [
    idText(dataset, 't'),
    ...texts.map((column) => asText(`t.${quoteIdentifier(column.column_name)}`)),
  ].join(', ');
  const rows = db.prepare(`SELECT t."_row", ${select} FROM ${dataset.table} t ORDER BY t."_row"`).raw().all() as (
    string | number | null
  )[][];
  const matrix = codingMatrix(db, dataset, coders);
  const lines = [
    csvLine([
      'id',
      ...(request.coder ? [] : ['coder']),
      ...texts.map((column) => column.name),
      ...columns.map((column) => column.column),
    ]),
  ];
  let codings = 0;
  for (const [index, coder] of coders.entries()) {
    for (const [record, id, ...values] of rows) {
      const codes = matrix.get(record as number)?.[index] ?? null;
      if (!request.coder && codes === null) continue;
      codings += codes?.size ?? 0;
      const cells = columns.map((column) => (codes === null ? '' : codes.has(column.guid) ? '1' : '0'));
      lines.push(
        csvLine([
          String(id),
          ...(request.coder ? [] : [coder.name]),
          ...values.map((value) => neutraliseFormula(String(value ?? ''))),
          ...cells,
        ]),
      );
    }
  }
  const written = writeExportFile(request.path, `\uFEFF${lines.join('\r\n')}\r\n`, '.csv', request.overwrite);
  return { path: written, records: lines.length - 1, codings };
}

/**
 * Reads a coder's codings from CSV (`id` and 0/1 columns as `exportCodings` writes them; the dataset's
 * own columns are there for reading and ignored). A row with only empty code cells leaves the record as
 * it is; any other row replaces the coder's whole-record codes of that record. All or nothing.
 */
export async function importCodings(
  db: Database.Database,
  request: { dataset: string; coder: string; path: string },
): Promise<CodingsFileResult> {
  const file = path.resolve(request.path);
  const dataset = codingDataset(db, request.dataset);
  const { header, name, text, dialect } = readCsvFile(file);
  const codeColumnsByName = new Map(codeColumns(db).map((column) => [column.column, column.guid]));
  for (const [condition, guid] of conditionGuids(db)) codeColumnsByName.set(condition, guid);
  const ignored = new Set(['coder', ...dataset.columns.map((column) => column.name)]);
  const idIndex = header.findIndex((column) => column.toLowerCase() === 'id');
  if (idIndex < 0) raise('codings_no_id_column', { file: name });
  const codeIndexes: { index: number; column: string; guid: string }[] = [];
  header.forEach((column, index) => {
    if (index === idIndex || ignored.has(column)) return;
    const guid =
      codeColumnsByName.get(column.toLowerCase()) ??
      (/^[0-9a-f-]{36}$/i.test(column) ? column.toLowerCase() : undefined);
    if (!guid) raise('codings_unknown_column', { file: name, column, position: index + 1 });
    codeIndexes.push({ index, column, guid });
  });
  assertCodable(
    db,
    codeIndexes.map((column) => column.guid),
  );

  const records = new Map(
    (
      db.prepare(`SELECT ${idText(dataset, 't')} AS id, t."_row" AS record FROM ${dataset.table} t`).all() as {
        id: string;
        record: number;
      }[]
    ).map((row) => [row.id, row.record]),
  );
  const parsed: { record: number; codes: string[] }[] = [];
  const seen = new Set<string>();
  await readCsvRows(
    name,
    (async function* () {
      yield text;
    })(),
    { delimiter: dialect.delimiter, quote: dialect.quote, hasHeader: true },
    header.length,
    {
      record: (fields, line) => {
        const id = fields[idIndex]!.trim();
        const record = records.get(id);
        if (record === undefined) raise('codings_unknown_id', { file: name, line, id, dataset: dataset.name });
        if (seen.has(id)) raise('codings_duplicate_id', { file: name, line, id });
        seen.add(id);
        const cells = codeIndexes.map((column) => ({ ...column, value: fields[column.index]!.trim() }));
        for (const cell of cells)
          if (!['', '0', '1'].includes(cell.value))
            raise('codings_bad_value', { file: name, line, column: cell.column, value: cell.value });
        if (cells.every((cell) => cell.value === '')) return;
        parsed.push({ record, codes: cells.filter((cell) => cell.value === '1').map((cell) => cell.guid) });
      },
      ragged: (fields, line) =>
        contractError('codings_ragged_row', { file: name, line, found: fields.length, expected: header.length }),
      cancelled: () => false,
    },
  );
  return db.transaction(() => {
    const coder = coderId(db, request.coder, true);
    for (const row of parsed) writeRecordCodes(db, dataset, coder, row.record, row.codes, true);
    return {
      path: file,
      records: parsed.length,
      codings: parsed.reduce((sum, row) => sum + new Set(row.codes).size, 0),
    };
  })();
}
