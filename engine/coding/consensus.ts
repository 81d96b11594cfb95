import type Database from 'better-sqlite3';
import { CONSENSUS_CODER, type DisagreementPage } from '../../shared/coding/coding-types';
import { coderId, findCoderId } from './coders';
import { codingDataset, idText, textColumnSql, type CodingDataset } from './coding-dataset';
import { codingMatrix, comparedCoders, conditionGuids, conditionOfCode, differences } from './coding-matrix';
import { readCodings, writeRecordCodes } from './record-coding';

type Found = { record: number; codings: (Set<string> | null)[] } & ReturnType<typeof differences>;

/** Every record on which the coders who coded it did not give the same codes (conditions or sub-codes). */
function findDisagreements(db: Database.Database, dataset: CodingDataset, coders: readonly { id: number }[]): Found[] {
  const conditionOf = conditionOfCode(db);
  const conditionCodes = new Set(conditionGuids(db).values());
  const found: Found[] = [];
  for (const [record, codings] of codingMatrix(db, dataset, coders)) {
    const differ = differences(codings, conditionOf, conditionCodes);
    if (differ.conditions.length + differ.codes.length > 0) found.push({ record, codings, ...differ });
  }
  return found;
}

/** The records in disagreement among the people who coded (for the grid's filter); none while fewer than two have. */
export function disagreeingRecords(db: Database.Database, dataset: CodingDataset): number[] {
  const coders = comparedCoders(db, dataset, undefined, false);
  return coders.length < 2 ? [] : findDisagreements(db, dataset, coders).map((found) => found.record);
}

/** Records on which the compared coders did not give the same codes, with the consensus so far. */
export function disagreements(
  db: Database.Database,
  request: {
    dataset: string;
    textColumn: string;
    coders?: string[];
    unresolvedOnly: boolean;
    offset: number;
    limit: number;
  },
): DisagreementPage {
  const dataset = codingDataset(db, request.dataset);
  const text = textColumnSql(dataset, request.textColumn);
  const coders = comparedCoders(db, dataset, request.coders);
  const consensus = findCoderId(db, CONSENSUS_CODER) ?? -1;
  const resolved = new Set(
    db
      .prepare('SELECT record FROM coded_record WHERE dataset_id = ? AND coder_id = ?')
      .pluck()
      .all(dataset.id, consensus) as number[],
  );
  const found = findDisagreements(db, dataset, coders).filter(
    (row) => !(request.unresolvedOnly && resolved.has(row.record)),
  );
  const page = found.slice(request.offset, request.offset + request.limit);
  const details = db.prepare(
    `SELECT ${idText(dataset, 't')} AS id, t.${text} AS text FROM ${dataset.table} t WHERE t."_row" = ?`,
  );
  const agreed = readCodings(
    db,
    dataset,
    consensus,
    page.map((row) => row.record),
  );
  return {
    coders: coders.map((coder) => coder.name),
    matching: found.length,
    offset: request.offset,
    rows: page.map(({ record, codings, conditions, codes }) => {
      const row = details.get(record) as { id: string; text: string | null };
      const consensusCoding = agreed.get(record)!;
      return {
        record,
        id: row.id,
        text: row.text || null,
        codings: Object.fromEntries(
          coders.flatMap((coder, index) => (codings[index] ? [[coder.name, [...codings[index]!].sort()]] : [])),
        ),
        conditions,
        codes,
        consensus: consensusCoding.coded ? consensusCoding.codes : null,
      };
    }),
  };
}

/**
 * Takes every record that all compared coders coded with the same codes into the consensus, unless the
 * consensus already has it. One transaction.
 */
export function acceptAgreements(
  db: Database.Database,
  request: { dataset: string; coders?: string[] },
): { records: number } {
  const dataset = codingDataset(db, request.dataset);
  const coders = comparedCoders(db, dataset, request.coders);
  return db.transaction(() => {
    const consensus = coderId(db, CONSENSUS_CODER, true);
    const resolved = new Set(
      db
        .prepare('SELECT record FROM coded_record WHERE dataset_id = ? AND coder_id = ?')
        .pluck()
        .all(dataset.id, consensus) as number[],
    );
    let records = 0;
    for (const [record, codings] of codingMatrix(db, dataset, coders)) {
      if (resolved.has(record) || codings.some((codes) => codes === null)) continue;
      const first = [...codings[0]!].sort().join(' ');
      if (codings.some((codes) => [...codes!].sort().join(' ') !== first)) continue;
      writeRecordCodes(db, dataset, consensus, record, [...codings[0]!], true);
      records++;
    }
    return { records };
  })();
}
