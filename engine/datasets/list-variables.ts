import type Database from 'better-sqlite3';
import type { VariableSummary } from '../../shared/contract/channels';
import { raise } from '../../shared/contract/errors';

interface VariableRow {
  name: string;
  label: string | null;
  type: VariableSummary['type'];
  ordinal: number;
  role: VariableSummary['role'];
  n: number;
  missing: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  distinct_count: number | null;
  top_values: string;
  missing_codes: string;
  value_labels: string;
}

export function datasetId(db: Database.Database, name: string): number {
  const row = db.prepare('SELECT id FROM dataset WHERE name = ?').get(name) as { id: number } | undefined;
  return row?.id ?? raise('dataset_not_found', { name });
}

export function listVariables(db: Database.Database, dataset: string): VariableSummary[] {
  const rows = db
    .prepare(
      `SELECT name, label, type, ordinal, role, n, missing, mean, min, max, distinct_count, top_values, missing_codes, value_labels
         FROM variable WHERE dataset_id = ? ORDER BY position`,
    )
    .all(datasetId(db, dataset)) as VariableRow[];
  return rows.map((row) => ({
    name: row.name,
    label: row.label,
    type: row.type,
    ordinal: row.ordinal === 1,
    role: row.role,
    n: row.n,
    missing: row.missing,
    mean: row.mean,
    min: row.min,
    max: row.max,
    distinct: row.distinct_count,
    top: JSON.parse(row.top_values) as VariableSummary['top'],
    missingCodes: JSON.parse(row.missing_codes) as string[],
    valueLabels: JSON.parse(row.value_labels) as Record<string, string>,
  }));
}

export function updateVariable(
  db: Database.Database,
  edit: { dataset: string; variable: string; label?: string | null; valueLabels?: Record<string, string> },
): VariableSummary[] {
  const id = datasetId(db, edit.dataset);
  const exists = db.prepare('SELECT 1 FROM variable WHERE dataset_id = ? AND name = ?').get(id, edit.variable);
  if (!exists) raise('variable_not_found', { dataset: edit.dataset, variable: edit.variable });
  db.transaction(() => {
    if (edit.label !== undefined) db.prepare('UPDATE variable SET label = ? WHERE dataset_id = ? AND name = ?').run(edit.label || null, id, edit.variable);
    if (edit.valueLabels !== undefined) db.prepare('UPDATE variable SET value_labels = ? WHERE dataset_id = ? AND name = ?').run(JSON.stringify(edit.valueLabels), id, edit.variable);
  })();
  return listVariables(db, edit.dataset);
}
