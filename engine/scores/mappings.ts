import type Database from 'better-sqlite3';
import { raise } from '../../shared/contract/errors';
import type { IndicatorMapping, MappedIndicator } from '../../shared/scores/score-types';
import { datasetId } from '../datasets/list-variables';

interface MappingRow {
  dataset: string;
  variable: string;
  label: string | null;
  condition: MappedIndicator['condition'];
  domain: string | null;
  polarity: MappedIndicator['polarity'];
  weight: number;
  reverse: number;
  value_labels: string;
  min: number | null;
  max: number | null;
}

/** The scale a reversed Likert item flips on: its numeric value labels (1…5), else its observed range. */
function scaleOf(row: Pick<MappingRow, 'value_labels' | 'min' | 'max'>): { min: number; max: number } | null {
  const labelled = Object.keys(JSON.parse(row.value_labels) as Record<string, string>)
    .map(Number)
    .filter(Number.isFinite);
  if (labelled.length >= 2) return { min: Math.min(...labelled), max: Math.max(...labelled) };
  return row.min !== null && row.max !== null ? { min: row.min, max: row.max } : null;
}

const SELECT_MAPPINGS = `
  SELECT d.name AS dataset, v.name AS variable, v.label, m.condition, m.domain, m.polarity, m.weight, m.reverse,
         v.value_labels, v.min, v.max
    FROM indicator_mapping m
    JOIN variable v ON v.id = m.variable_id
    JOIN dataset d ON d.id = v.dataset_id`;

function toMapped(row: MappingRow): MappedIndicator {
  return {
    dataset: row.dataset,
    variable: row.variable,
    label: row.label,
    condition: row.condition,
    domain: row.domain,
    polarity: row.polarity,
    weight: row.weight,
    reverse: row.reverse === 1,
    scale: scaleOf(row),
  };
}

const CONDITION_ORDER =
  "CASE m.condition WHEN 'security' THEN 1 WHEN 'inclusion' THEN 2 WHEN 'cohesion' THEN 3 ELSE 4 END";

export function listMappings(db: Database.Database, dataset?: string): MappedIndicator[] {
  const rows = dataset
    ? (db
        .prepare(`${SELECT_MAPPINGS} WHERE d.id = ? ORDER BY ${CONDITION_ORDER}, v.position`)
        .all(datasetId(db, dataset)) as MappingRow[])
    : (db
        .prepare(`${SELECT_MAPPINGS} ORDER BY d.name COLLATE NOCASE, ${CONDITION_ORDER}, v.position`)
        .all() as MappingRow[]);
  return rows.map(toMapped);
}

function numericVariable(db: Database.Database, dataset: string, variable: string): number {
  const row = db
    .prepare('SELECT id, type, ordinal, role FROM variable WHERE dataset_id = ? AND name = ?')
    .get(datasetId(db, dataset), variable) as
    { id: number; type: string; ordinal: number; role: string | null } | undefined;
  if (!row) raise('variable_not_found', { dataset, variable });
  if (row.type !== 'number' && !(row.type === 'category' && row.ordinal === 1))
    raise('variable_not_numeric', { dataset, variable });
  // An id, a weight or an area code describes the rows, not the neighbourhood.
  if (row.role !== null) raise('variable_has_role', { dataset, variable, role: row.role });
  return row.id;
}

export function setMapping(db: Database.Database, mapping: IndicatorMapping): MappedIndicator[] {
  const id = numericVariable(db, mapping.dataset, mapping.variable);
  db.prepare(
    `INSERT INTO indicator_mapping (variable_id, condition, domain, polarity, weight, reverse, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (variable_id) DO UPDATE SET condition = excluded.condition, domain = excluded.domain, polarity = excluded.polarity,
       weight = excluded.weight, reverse = excluded.reverse, updated_at = excluded.updated_at`,
  ).run(
    id,
    mapping.condition,
    mapping.domain,
    mapping.polarity,
    mapping.weight,
    mapping.reverse ? 1 : 0,
    new Date().toISOString(),
  );
  return listMappings(db);
}

export function removeMapping(db: Database.Database, dataset: string, variable: string): MappedIndicator[] {
  const row = db
    .prepare('SELECT id FROM variable WHERE dataset_id = ? AND name = ?')
    .get(datasetId(db, dataset), variable) as { id: number } | undefined;
  if (!row) raise('variable_not_found', { dataset, variable });
  db.prepare('DELETE FROM indicator_mapping WHERE variable_id = ?').run(row.id);
  return listMappings(db);
}
