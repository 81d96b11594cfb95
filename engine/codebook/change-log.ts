import type Database from 'better-sqlite3';
import type { CodebookChange } from '../../shared/codebook/codebook-types';

type NewChange = Omit<CodebookChange, 'version' | 'changedAt'>;

interface ChangeRow {
  version: number;
  changed_at: string;
  coder: string | null;
  kind: CodebookChange['kind'];
  code_guid: string | null;
  label: string | null;
  before: string | null;
  after: string | null;
}

/** Records a change as the next version; called inside the change's own transaction. */
export function recordChange(db: Database.Database, change: NewChange): number {
  const { version } = db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS version FROM codebook_change').get() as {
    version: number;
  };
  db.prepare(
    'INSERT INTO codebook_change (version, changed_at, coder, kind, code_guid, label, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    version,
    new Date().toISOString(),
    change.coder,
    change.kind,
    change.guid,
    change.label,
    change.before === null ? null : JSON.stringify(change.before),
    JSON.stringify(change.after),
  );
  return version;
}

export function currentVersion(db: Database.Database): number {
  return (db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM codebook_change').get() as { version: number })
    .version;
}

/** Every change, newest first. */
export function codebookHistory(db: Database.Database): CodebookChange[] {
  const rows = db.prepare('SELECT * FROM codebook_change ORDER BY version DESC').all() as ChangeRow[];
  return rows.map(
    (row) =>
      ({
        version: row.version,
        changedAt: row.changed_at,
        coder: row.coder,
        kind: row.kind,
        guid: row.code_guid,
        label: row.label,
        before: row.before === null ? null : JSON.parse(row.before),
        after: row.after === null ? null : JSON.parse(row.after),
        // The log is written only by recordChange, from the same union type.
      }) as CodebookChange,
  );
}
