import type Database from 'better-sqlite3';
import { SUGGESTIONS_CODER, type AutocodeSummary } from '../../shared/coding/coding-types';
import { compileKeywords } from '../../shared/coding/keyword-match';
import { coderId } from './coders';
import { codingDataset, textColumnSql } from './coding-dataset';
import { keywordList } from './keyword-dictionary';
import { conditionGuids, conditionOfCode } from './coding-matrix';

/**
 * Codes every record of a text column by the keyword dictionary, as the coder `suggesties`: each hit gives
 * its code and that code's condition, so its agreement with people is measured like anyone's. A record
 * without text stays uncoded (there was nothing to read). Replaces the auto-coder's earlier codings of the
 * dataset; one transaction.
 */
export function autocode(db: Database.Database, request: { dataset: string; textColumn: string }): AutocodeSummary {
  const dataset = codingDataset(db, request.dataset);
  const text = textColumnSql(dataset, request.textColumn);
  const matcher = compileKeywords(keywordList(db));
  const conditionOf = conditionOfCode(db);
  const conditionGuid = conditionGuids(db);
  return db.transaction(() => {
    const coder = coderId(db, SUGGESTIONS_CODER, true);
    db.prepare('DELETE FROM coded_record WHERE dataset_id = ? AND coder_id = ?').run(dataset.id, coder);
    const now = new Date().toISOString();
    const mark = db.prepare('INSERT INTO coded_record (dataset_id, coder_id, record, coded_at) VALUES (?, ?, ?, ?)');
    const insert = db.prepare(
      'INSERT INTO coding (dataset_id, coder_id, record, code_guid, coded_at) VALUES (?, ?, ?, ?, ?)',
    );
    let records = 0;
    let suggested = 0;
    let codings = 0;
    const withText = db
      .prepare(`SELECT "_row" AS record, ${text} AS text FROM ${dataset.table} WHERE trim(${text}) <> ''`)
      .all() as { record: number; text: string }[];
    for (const row of withText) {
      records++;
      mark.run(dataset.id, coder, row.record, now);
      const codes = new Set<string>();
      for (const hit of matcher.match(row.text)) {
        codes.add(hit.codeGuid);
        const condition = conditionOf.get(hit.codeGuid);
        if (condition) codes.add(conditionGuid.get(condition)!);
      }
      if (codes.size > 0) suggested++;
      for (const code of codes) insert.run(dataset.id, coder, row.record, code, now);
      codings += codes.size;
    }
    return { coder: SUGGESTIONS_CODER, records, withoutText: dataset.rows - records, suggested, codings };
  })();
}
