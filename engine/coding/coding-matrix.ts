import type Database from 'better-sqlite3';
import { CONSENSUS_CODER, SUGGESTIONS_CODER } from '../../shared/coding/coding-types';
import { conditionIds, type ConditionId } from '../../shared/conditions';
import { raise } from '../../shared/contract/errors';
import type { CodingDataset } from './coding-dataset';

/** Each code's condition: the condition itself or the one at the top of its branch. */
export function conditionOfCode(db: Database.Database): Map<string, ConditionId> {
  const rows = db
    .prepare(
      `WITH RECURSIVE tree(guid, condition_id) AS (
         SELECT guid, condition_id FROM codebook_code WHERE condition_id IS NOT NULL
         UNION ALL SELECT c.guid, tree.condition_id FROM codebook_code c JOIN tree ON c.parent_guid = tree.guid)
       SELECT guid, condition_id FROM tree`,
    )
    .all() as { guid: string; condition_id: ConditionId }[];
  return new Map(rows.map((row) => [row.guid, row.condition_id]));
}

/** Each condition's code GUID in this project's codebook. */
export function conditionGuids(db: Database.Database): Map<ConditionId, string> {
  const rows = db.prepare('SELECT condition_id, guid FROM codebook_code WHERE condition_id IS NOT NULL').all() as {
    condition_id: ConditionId;
    guid: string;
  }[];
  return new Map(rows.map((row) => [row.condition_id, row.guid]));
}

/**
 * The coders to compare: the ones asked for, else every coder but the consensus and the auto-coder who
 * coded the dataset; fewer than two is an error unless `required` is false.
 */
export function comparedCoders(
  db: Database.Database,
  dataset: CodingDataset,
  asked: readonly string[] | undefined,
  required = true,
): { id: number; name: string }[] {
  if (asked) {
    return asked.map((name) => {
      const row = db.prepare('SELECT id, name FROM coder WHERE name = ?').get(name) as
        { id: number; name: string } | undefined;
      return row ?? raise('coder_not_found', { name });
    });
  }
  const coders = db
    .prepare(
      `SELECT k.id, k.name FROM coder k WHERE k.name NOT IN (?, ?)
         AND EXISTS (SELECT 1 FROM coded_record r WHERE r.dataset_id = ? AND r.coder_id = k.id) ORDER BY k.name COLLATE NOCASE`,
    )
    .all(CONSENSUS_CODER, SUGGESTIONS_CODER, dataset.id) as { id: number; name: string }[];
  if (coders.length < 2 && required) raise('agreement_too_few_coders', { dataset: dataset.name });
  return coders;
}

/** Per record, per coder (in the given order): the codes given (whole record and segments), or null if not coded. */
export function codingMatrix(
  db: Database.Database,
  dataset: CodingDataset,
  coders: readonly { id: number }[],
): Map<number, (Set<string> | null)[]> {
  const column = new Map(coders.map((coder, index) => [coder.id, index]));
  const ids = JSON.stringify(coders.map((coder) => coder.id));
  const matrix = new Map<number, (Set<string> | null)[]>();
  const coded = db
    .prepare(
      'SELECT record, coder_id FROM coded_record WHERE dataset_id = ? AND coder_id IN (SELECT value FROM json_each(?)) ORDER BY record',
    )
    .all(dataset.id, ids) as { record: number; coder_id: number }[];
  for (const row of coded) {
    let codings = matrix.get(row.record);
    if (!codings) matrix.set(row.record, (codings = coders.map(() => null)));
    codings[column.get(row.coder_id)!] = new Set();
  }
  const codes = db
    .prepare(
      'SELECT DISTINCT record, coder_id, code_guid FROM coding WHERE dataset_id = ? AND coder_id IN (SELECT value FROM json_each(?))',
    )
    .all(dataset.id, ids) as { record: number; coder_id: number; code_guid: string }[];
  for (const row of codes) matrix.get(row.record)![column.get(row.coder_id)!]!.add(row.code_guid);
  return matrix;
}

/** The conditions present in a set of codes. */
export function conditionsIn(
  codes: ReadonlySet<string>,
  conditionOf: ReadonlyMap<string, ConditionId>,
): Set<ConditionId> {
  const present = new Set<ConditionId>();
  for (const code of codes) {
    const condition = conditionOf.get(code);
    if (condition) present.add(condition);
  }
  return present;
}

/** Where the coders who coded the record differ: the conditions, and the sub-codes some gave and others not. */
export function differences(
  codings: readonly (Set<string> | null)[],
  conditionOf: ReadonlyMap<string, ConditionId>,
  conditionCodes: ReadonlySet<string>,
): { conditions: ConditionId[]; codes: string[] } {
  const coded = codings.filter((codes): codes is Set<string> => codes !== null);
  if (coded.length < 2) return { conditions: [], codes: [] };
  const present = coded.map((codes) => conditionsIn(codes, conditionOf));
  const given = new Set(coded.flatMap((codes) => [...codes]));
  return {
    conditions: conditionIds.filter((condition) =>
      present.some((set) => set.has(condition) !== present[0]!.has(condition)),
    ),
    codes: [...given].filter((code) => !conditionCodes.has(code) && coded.some((codes) => !codes.has(code))).sort(),
  };
}
