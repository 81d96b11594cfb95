import type Database from 'better-sqlite3';
import type { DatasetSummary } from '../../shared/contract/channels';

export function listDatasets(db: Database.Database): DatasetSummary[] {
  return db
    .prepare(
      `SELECT d.name, d.kind, d.row_count AS rows,
              (SELECT COUNT(*) FROM variable v WHERE v.dataset_id = d.id) AS columns
         FROM dataset d
        ORDER BY d.name COLLATE NOCASE`,
    )
    .all() as DatasetSummary[];
}
