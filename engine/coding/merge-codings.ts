import type Database from 'better-sqlite3';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type {
  MergeCodeDifference,
  MergePreview,
  MergeResolution,
  MergeSummary,
} from '../../shared/coding/coding-types';
import type { LocalizedText } from '../../shared/contract/result';
import { inBothLanguages } from '../../shared/i18n/messages';
import { raise } from '../../shared/contract/errors';
import { addCode } from '../codebook/edit-codebook';
import { quoteIdentifier } from '../db/quote-identifier';
import { coderId } from './coders';
import { mergeCodingsTexts } from './merge-codings-texts';
import { asText, codingDataset, idText, type CodingDataset } from './coding-dataset';

/** The first project version with codings. */
const CODING_SCHEMA = 6;

interface OtherProject {
  path: string;
  db: Database.Database;
  version: number;
}

interface OtherDataset {
  id: number;
  table: string;
  idColumn: string | null;
  here: CodingDataset;
}

/** The dataset both files imported from the same source file, recognised by its SHA-256. */
function matchDataset(db: Database.Database, other: OtherProject, here: string): OtherDataset {
  if (realpathSync(other.path) === realpathSync(here)) raise('merge_same_project', { file: path.basename(other.path) });
  if (other.version < CODING_SCHEMA) raise('merge_no_matching_dataset', { file: path.basename(other.path) });
  const theirs = other.db
    .prepare(
      `SELECT d.id, d.table_name, d.source_sha256, (SELECT column_name FROM variable v WHERE v.dataset_id = d.id AND v.role = 'id') AS id_column
         FROM dataset d WHERE d.source_sha256 IS NOT NULL AND EXISTS (SELECT 1 FROM coded_record r WHERE r.dataset_id = d.id) ORDER BY d.id`,
    )
    .all() as { id: number; table_name: string; source_sha256: string; id_column: string | null }[];
  for (const candidate of theirs) {
    const name = db
      .prepare('SELECT name FROM dataset WHERE source_sha256 = ? ORDER BY id')
      .pluck()
      .get(candidate.source_sha256) as string | undefined;
    if (name)
      return {
        id: candidate.id,
        table: quoteIdentifier(candidate.table_name),
        idColumn: candidate.id_column,
        here: codingDataset(db, name),
      };
  }
  raise('merge_no_matching_dataset', { file: path.basename(other.path) });
}

function codeDifferences(db: Database.Database, other: OtherProject, dataset: OtherDataset) {
  const used = other.db
    .prepare(
      `SELECT c.code_guid AS guid, k.label_nl AS label, p.label_nl AS parent_label, count(*) AS codings
         FROM coding c JOIN codebook_code k ON k.guid = c.code_guid LEFT JOIN codebook_code p ON p.guid = k.parent_guid
        WHERE c.dataset_id = ? GROUP BY c.code_guid ORDER BY k.label_nl`,
    )
    .all(dataset.id) as { guid: string; label: string; parent_label: string | null; codings: number }[];
  const labelHere = db.prepare('SELECT label_nl FROM codebook_code WHERE guid = ?').pluck();
  const missingCodes: MergeCodeDifference[] = [];
  const renamedCodes: MergeCodeDifference[] = [];
  for (const code of used) {
    const here = labelHere.get(code.guid) as string | undefined;
    const difference = {
      guid: code.guid,
      label: code.label,
      labelHere: here ?? null,
      parentLabel: code.parent_label,
      codings: code.codings,
    };
    if (here === undefined) missingCodes.push(difference);
    else if (here !== code.label) renamedCodes.push(difference);
  }
  return { missingCodes, renamedCodes };
}

export function mergePreview(db: Database.Database, other: OtherProject, here: string): MergePreview {
  const dataset = matchDataset(db, other, here);
  const coders = other.db
    .prepare(
      `SELECT k.name, count(DISTINCT r.record) AS records, (SELECT count(*) FROM coding c WHERE c.dataset_id = ? AND c.coder_id = k.id) AS codings
         FROM coder k JOIN coded_record r ON r.coder_id = k.id AND r.dataset_id = ? GROUP BY k.id ORDER BY k.name COLLATE NOCASE`,
    )
    .all(dataset.id, dataset.id) as { name: string; records: number; codings: number }[];
  const exists = db.prepare('SELECT 1 FROM coder WHERE name = ?');
  return {
    path: other.path,
    dataset: dataset.here.name,
    coders: coders.map((coder) => ({ ...coder, existsHere: Boolean(exists.get(coder.name)) })),
    ...codeDifferences(db, other, dataset),
  };
}

/** Their record numbers as ours: through the id column where both have one, else the same row of the same file. */
function recordMap(db: Database.Database, other: OtherProject, dataset: OtherDataset): Map<number, number> {
  if (dataset.idColumn && dataset.here.idColumn) {
    const ours = new Map(
      (
        db
          .prepare(`SELECT ${idText(dataset.here, 't')} AS id, t."_row" AS record FROM ${dataset.here.table} t`)
          .all() as { id: string; record: number }[]
      ).map((row) => [row.id, row.record]),
    );
    const theirs = other.db
      .prepare(`SELECT "_row" AS record, ${asText(quoteIdentifier(dataset.idColumn))} AS id FROM ${dataset.table}`)
      .all() as { record: number; id: string }[];
    return new Map(theirs.flatMap((row) => (ours.has(row.id) ? [[row.record, ours.get(row.id)!]] : [])));
  }
  const rows = db.prepare(`SELECT "_row" FROM ${dataset.here.table}`).pluck().all() as number[];
  return new Map(rows.map((record) => [record, record]));
}

/**
 * Brings another coder's project file in: each of its coders' codings of the shared dataset are added under
 * their names. Where both files hold a coder's coding of the same record, the more recent one is kept.
 * Codes this codebook lacks are added, skipped or merged into a code here, as the user resolved. One transaction.
 */
export function mergeCodings(
  db: Database.Database,
  other: OtherProject,
  here: string,
  resolutions: Record<string, MergeResolution>,
): MergeSummary {
  const dataset = matchDataset(db, other, here);
  const { missingCodes } = codeDifferences(db, other, dataset);
  for (const code of missingCodes) if (!resolutions[code.guid]) raise('merge_unresolved_code', { label: code.label });
  const records = recordMap(db, other, dataset);
  const theirCodes = other.db
    .prepare('SELECT guid, parent_guid, label_nl, label_en, condition_id FROM codebook_code')
    .all() as {
    guid: string;
    parent_guid: string | null;
    label_nl: string;
    label_en: string | null;
    condition_id: string | null;
  }[];
  const theirCode = new Map(theirCodes.map((code) => [code.guid, code]));
  const codedRecords = other.db
    .prepare(
      'SELECT k.name AS coder, r.record, r.coded_at FROM coded_record r JOIN coder k ON k.id = r.coder_id WHERE r.dataset_id = ?',
    )
    .all(dataset.id) as { coder: string; record: number; coded_at: string }[];
  const codings = other.db
    .prepare(
      `SELECT k.name AS coder, c.record, c.code_guid, v.name AS variable, c.start, c."end" AS "end", c.coded_at
         FROM coding c JOIN coder k ON k.id = c.coder_id LEFT JOIN variable v ON v.id = c.variable_id WHERE c.dataset_id = ?`,
    )
    .all(dataset.id) as {
    coder: string;
    record: number;
    code_guid: string;
    variable: string | null;
    start: number | null;
    end: number | null;
    coded_at: string;
  }[];

  return db.transaction(() => {
    const warnings: LocalizedText[] = [];
    const target = new Map<string, string | null>();
    let codesAdded = 0;
    const here = (guid: string) => Boolean(db.prepare('SELECT 1 FROM codebook_code WHERE guid = ?').get(guid));
    /** Where their code lands here: itself, a code it was merged into, a newly added code, or nowhere. */
    const resolve = (guid: string): string | null => {
      if (target.has(guid)) return target.get(guid)!;
      let result: string | null = guid;
      if (!here(guid)) {
        const resolution = resolutions[guid];
        if (resolution === 'skip' || resolution === undefined) result = null;
        else if (typeof resolution === 'object') result = resolution.into;
        else {
          const code = theirCode.get(guid)!;
          const parent = code.parent_guid ? resolve(code.parent_guid) : null;
          if (parent === null) result = null;
          else {
            result = addCode(
              db,
              {
                parent,
                nl: code.label_nl,
                en: code.label_en,
                descriptionNl: null,
                descriptionEn: null,
                color: null,
                coder: null,
              },
              guid,
            );
            codesAdded++;
          }
        }
      }
      target.set(guid, result);
      return result;
    };

    const variables = new Map(dataset.here.columns.map((column) => [column.name, column.id]));
    const existing = db
      .prepare('SELECT coded_at FROM coded_record WHERE dataset_id = ? AND coder_id = ? AND record = ?')
      .pluck();
    const remove = db.prepare('DELETE FROM coded_record WHERE dataset_id = ? AND coder_id = ? AND record = ?');
    const mark = db.prepare('INSERT INTO coded_record (dataset_id, coder_id, record, coded_at) VALUES (?, ?, ?, ?)');
    const insert = db.prepare(
      'INSERT OR IGNORE INTO coding (dataset_id, coder_id, record, code_guid, variable_id, start, "end", coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const taken = new Set<string>();
    const coders = new Set<string>();
    let missingRecords = 0;
    for (const row of codedRecords) {
      const record = records.get(row.record);
      if (record === undefined) {
        missingRecords++;
        continue;
      }
      const coder = coderId(db, row.coder, true);
      const ours = existing.get(dataset.here.id, coder, record) as string | undefined;
      if (ours !== undefined && ours >= row.coded_at) continue;
      remove.run(dataset.here.id, coder, record);
      mark.run(dataset.here.id, coder, record, row.coded_at);
      taken.add(`${row.coder}\u0000${row.record}`);
      coders.add(row.coder);
    }
    let added = 0;
    let skipped = 0;
    for (const row of codings) {
      if (!taken.has(`${row.coder}\u0000${row.record}`)) continue;
      const code = resolve(row.code_guid);
      const variable = row.variable === null ? null : (variables.get(row.variable) ?? undefined);
      if (code === null || variable === undefined) {
        skipped++;
        continue;
      }
      insert.run(
        dataset.here.id,
        coderId(db, row.coder, false),
        records.get(row.record)!,
        code,
        variable,
        row.start,
        row.end,
        row.coded_at,
      );
      added++;
    }
    if (missingRecords > 0) {
      warnings.push(inBothLanguages(mergeCodingsTexts, 'recordsNotFound', { count: missingRecords }));
    }
    return {
      dataset: dataset.here.name,
      coders: [...coders].sort(),
      records: taken.size,
      codings: added,
      codesAdded,
      codingsSkipped: skipped,
      warnings,
    };
  })();
}
